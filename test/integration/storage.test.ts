import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { activateMarginalia, poll } from './support';

const TEXT = 'Police said 1,200 people marched. Organisers said 9,000 people marched on Saturday.\n\nA second paragraph about the march.\n';

function note(id: string, needle: string, value: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const at = TEXT.indexOf(needle);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'Annotation', creator: { type: 'Person', name: 'Grace' },
    created: '2026-11-30T12:00:00.000Z', modified: '2026-11-30T12:00:00.000Z',
    body: { type: 'TextualBody', purpose: 'commenting', kind: 'note', value },
    target: {
      source: 'storage.md',
      selector: [{ type: 'TextQuoteSelector', exact: needle, prefix: TEXT.slice(Math.max(0, at - 32), at), suffix: TEXT.slice(at + needle.length, at + needle.length + 32) },
        { type: 'TextPositionSelector', start: at, end: at + needle.length }],
    },
    ...extra,
  };
}

const read = async (uri: vscode.Uri) => Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
const codes = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Marginalia').map((d) => d.code);

describe('Annotation files are never overwritten, misplaced or lost', function () {
  let api: MarginaliaApi;
  let folder: vscode.WorkspaceFolder;
  let dir: vscode.Uri;
  let document: vscode.TextDocument;
  const file = (name: string) => vscode.Uri.joinPath(dir, name);
  const put = async (name: string, content: unknown) => {
    const text = typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`;
    await vscode.workspace.fs.writeFile(file(name), Buffer.from(text));
    return text;
  };
  /** Every file under the annotations folder, by path, with its text. */
  const snapshot = async (at = dir, prefix = ''): Promise<Record<string, string>> => {
    const out: Record<string, string> = {};
    for (const [name, type] of await vscode.workspace.fs.readDirectory(at)) {
      if (type & vscode.FileType.Directory) Object.assign(out, await snapshot(vscode.Uri.joinPath(at, name), `${prefix}${name}/`));
      else out[`${prefix}${name}`] = await read(vscode.Uri.joinPath(at, name));
    }
    return out;
  };

  before(async function () {
    api = await activateMarginalia();
    const f = vscode.workspace.workspaceFolders?.[0];
    assert.ok(f);
    folder = f;
    dir = vscode.Uri.joinPath(folder.uri, '.marginalia');
    const uri = vscode.Uri.joinPath(folder.uri, 'storage.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(TEXT));
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
  });

  after(async function () {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports two files with one id on both, uses neither, and rewrites neither when the document is saved', async function () {
    await vscode.workspace.fs.createDirectory(file('team-a'));
    await vscode.workspace.fs.createDirectory(file('team-b'));
    const a = await put('team-a/twin.json', note('twin', '1,200', 'From team A.'));
    const b = await put('team-b/twin.json', note('twin', '9,000', 'From team B.'));
    await poll(() => codes(file('team-a/twin.json')).includes('duplicate-annotation-id') && codes(file('team-b/twin.json')).includes('duplicate-annotation-id'), 'a diagnostic on both files', 15_000);
    assert.match(vscode.languages.getDiagnostics(file('team-a/twin.json'))[0].message, /its id "twin" is also the id of .*team-b\/twin\.json; neither is used/);
    assert.equal(api.annotations.forDocument(document.uri).some((x) => x.id === 'twin'), false, 'neither file is picked');
    assert.equal(api.annotations.find('twin'), undefined);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'New lead sentence. '));
    assert.ok(await document.save());
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(await read(file('team-a/twin.json')), a);
    assert.equal(await read(file('team-b/twin.json')), b);
    assert.equal(await vscode.commands.executeCommand('marginalia.deleteAnnotation', 'twin', { confirmed: true }), false, 'delete finds nothing to pick');
    assert.equal(await read(file('team-a/twin.json')), a);
    assert.equal(await read(file('team-b/twin.json')), b);
    await vscode.workspace.fs.delete(file('team-b'), { recursive: true });
    await poll(() => api.annotations.find('twin') !== undefined, 'the remaining twin in use once the other is gone', 15_000);
  });

  it('does not use a file whose name is not its id, and says why', async function () {
    const text = await put('renamed-by-hand.json', note('original-id', 'Saturday', 'Moved by hand.'));
    await poll(() => codes(file('renamed-by-hand.json')).includes('annotation-file-name'), 'the file-name diagnostic', 15_000);
    assert.match(vscode.languages.getDiagnostics(file('renamed-by-hand.json'))[0].message, /its id "original-id" does not match its file name renamed-by-hand\.json/);
    assert.equal(api.annotations.find('original-id'), undefined);
    assert.equal(await read(file('renamed-by-hand.json')), text);
  });

  it('two writers: an edit based on a file someone else changed meanwhile keeps both versions', async function () {
    const original = await put('shared-note.json', note('shared-note', '9,000', 'Organisers count.'));
    await poll(() => api.annotations.find('shared-note')?.annotation.body.value === 'Organisers count.', 'the note loaded', 15_000);
    // Another window (or a pull) changes the file, and this window's edit lands before its watcher reports it.
    const theirs = original.replace('Organisers count.', 'Organisers count, per the union.');
    writeFileSync(file('shared-note.json').fsPath, theirs);
    assert.equal(api.annotations.find('shared-note')?.text, original, 'this window still holds the old version');
    assert.equal(await vscode.commands.executeCommand('marginalia.editAnnotation', 'shared-note', { value: 'Organisers count: check it.' }), false);
    assert.equal(await read(file('shared-note.json')), theirs, 'their version is on disk, whole');
    assert.equal(api.annotations.find('shared-note')?.annotation.body.value, 'Organisers count, per the union.', 'and loaded');
    const copies = api.annotations.forDocument(document.uri).filter((a) => a.body.value === 'Organisers count: check it.');
    assert.equal(copies.length, 1, 'my edit kept as a note of its own');
    assert.notEqual(copies[0].id, 'shared-note');
    // A delete based on an old version deletes nothing.
    const stale = api.annotations.find('shared-note');
    writeFileSync(file('shared-note.json').fsPath, theirs.replace('per the union', 'per the union (updated)'));
    assert.equal(api.annotations.find('shared-note'), stale);
    assert.equal(await vscode.commands.executeCommand('marginalia.deleteAnnotation', 'shared-note', { confirmed: true }), false);
    assert.match(await read(file('shared-note.json')), /per the union \(updated\)/);
  });

  it('imports a hostile collection without replacing or deleting any file, and asks before replacing', async function () {
    const decoy = await put('decoy.json', note('not-decoy', 'march', 'A file named decoy holding another id.'));
    const mine = await put('mine-1.json', note('mine-1', '1,200', 'My own note.'));
    await poll(() => api.annotations.find('mine-1') !== undefined, 'my note loaded', 15_000);
    const before = await snapshot();
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 5,
      first: {
        type: 'AnnotationPage', items: [
          note('decoy', 'marched', 'Would overwrite decoy.json.'),
          note('..', 'Police', 'Dot id.'),
          note('CON', 'people', 'Reserved id.'),
          note('mine-1', '1,200', 'An imported version of my note.', { modified: '2099-01-01T00:00:00.000Z' }),
          note('fresh-1', 'second paragraph', 'A new one.', { modified: '2099-01-01T00:00:00.000Z' }),
        ],
      },
    };
    const source = vscode.Uri.joinPath(folder.uri, 'hostile.jsonld');
    await vscode.workspace.fs.writeFile(source, Buffer.from(JSON.stringify(collection)));
    await vscode.window.showTextDocument(document);
    assert.equal(await vscode.commands.executeCommand('marginalia.importAnnotations', source, { onExisting: 'copy' }), 5);
    const after = await snapshot();
    for (const [name, text] of Object.entries(before)) assert.equal(after[name], text, `${name} untouched`);
    assert.equal(after['decoy.json'], decoy);
    assert.equal(after['mine-1.json'], mine);
    assert.equal(after['..json'] ?? after['CON.json'] ?? after['fresh-1.json.json'], undefined, 'no dot or device name');
    const fresh = JSON.parse(after['fresh-1.json']);
    assert.ok(fresh.modified <= new Date().toISOString(), 'a date in 2099 is taken as now');
    const imported = api.annotations.forDocument(document.uri).filter((a) => /Would overwrite|Dot id|Reserved id|imported version/.test(a.body.value));
    assert.equal(imported.length, 4);
    assert.ok(imported.every((a) => !['decoy', '..', 'CON', 'mine-1'].includes(a.id)), 'each under a new id');
    // Asked to replace, the same-id item replaces only its own file.
    assert.equal(await vscode.commands.executeCommand('marginalia.importAnnotations', source, { onExisting: 'replace' }), 5);
    assert.match(await read(file('mine-1.json')), /An imported version of my note\./);
    assert.equal(await read(file('decoy.json')), decoy);
  });

  it('settles an annotation file git left with conflict markers through its quick fixes', async function () {
    const base = note('conflicted', 'Saturday', 'Base.');
    const ours = `${JSON.stringify({ ...base, body: { ...(base.body as object), value: 'Mine.' } }, null, 2)}\n`.split('\n');
    const theirs = `${JSON.stringify({ ...base, body: { ...(base.body as object), value: 'Theirs.' } }, null, 2)}\n`.split('\n');
    const at = ours.findIndex((l, i) => l !== theirs[i]);
    const text = [...ours.slice(0, at), '<<<<<<< HEAD', ours[at], '=======', theirs[at], '>>>>>>> feature', ...ours.slice(at + 1)].join('\n');
    await put('conflicted.json', text);
    await poll(() => codes(file('conflicted.json')).includes('annotation-merge-conflict'), 'the conflict diagnostic', 15_000);
    const d = vscode.languages.getDiagnostics(file('conflicted.json'))[0];
    assert.equal(d.range.start.line, at);
    const fileDoc = await vscode.workspace.openTextDocument(file('conflicted.json'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', fileDoc.uri, d.range);
    const titles = actions.map((a) => a.title).filter((t) => t.startsWith('Keep'));
    assert.deepEqual(titles, ['Keep mine (the current side)', 'Keep theirs (the incoming side)', 'Keep both (the incoming side under a new id)']);
    const both = actions.find((a) => a.title.startsWith('Keep both'));
    assert.ok(both?.command);
    assert.equal(await vscode.commands.executeCommand(both.command.command, ...(both.command.arguments ?? [])), true);
    assert.equal(JSON.parse(await read(file('conflicted.json'))).body.value, 'Mine.');
    await poll(() => api.annotations.forDocument(document.uri).some((a) => a.body.value === 'Theirs.' && a.id !== 'conflicted'), 'their side kept under a new id', 15_000);
    assert.deepEqual(codes(file('conflicted.json')), []);
  });
});
