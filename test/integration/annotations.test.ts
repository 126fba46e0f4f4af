import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';

/** Resolves when `accept` holds, checked now and on every event of `event`. */
function when<T>(event: vscode.Event<T>, accept: () => boolean, what: string, ms = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (accept()) return resolve();
    const sub = event(() => {
      if (accept()) {
        sub.dispose();
        clearTimeout(timer);
        resolve();
      }
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
  });
}

const marginalia = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Marginalia');

async function hoverAt(document: vscode.TextDocument, needle: string): Promise<string> {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, needle);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(at + 2));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

describe('Workspace annotations in a real VS Code', function () {
  let api: MarginaliaApi;
  let document: vscode.TextDocument;
  let folder: vscode.WorkspaceFolder;
  let editor: vscode.TextEditor;

  before(async function () {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'marginalia');
    assert.ok(ext);
    api = (await ext.activate()) as MarginaliaApi;
    await api.annotations.ready;
    const f = vscode.workspace.workspaceFolders?.[0];
    assert.ok(f);
    folder = f;
    const sample = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'north-korean-troops.md'));
    const uri = vscode.Uri.joinPath(folder.uri, 'notes.md');
    await vscode.workspace.fs.writeFile(uri, sample);
    document = await vscode.workspace.openTextDocument(uri);
    editor = await vscode.window.showTextDocument(document);
    await when(vscode.languages.onDidChangeDiagnostics, () => marginalia(uri).length === 3, 'the three disputed figures');
  });

  after(async function () {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  const select = (needle: string) => {
    const at = document.getText().indexOf(needle);
    editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at + needle.length));
  };

  it('saves a note on the selection as one pretty-printed file and shows it in the hover', async function () {
    select('oil and food');
    const file = await vscode.commands.executeCommand<vscode.Uri>('marginalia.annotateSelection', { kind: 'note', value: 'Which reports? Check the <b>source</b>.' });
    assert.ok(file, 'a file was written');
    assert.ok(file.path.includes('/.marginalia/'), file.path);
    const saved = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8'));
    assert.deepEqual([saved.type, saved.body.kind, saved.body.value, saved.target.source, saved.target.selector[0].exact],
      ['Annotation', 'note', 'Which reports? Check the <b>source</b>.', 'notes.md', 'oil and food']);
    const hover = await hoverAt(document, 'oil and food');
    assert.match(hover, /note: Which reports\? Check the \\<b\\>source\\<\/b\\>\\\./);
  });

  it('follows its text when a paragraph is inserted above it', async function () {
    await editor.edit((e) => e.insert(new vscode.Position(7, 0), 'A paragraph the writer added.\n\n'));
    assert.match(await hoverAt(document, 'oil and food'), /note: Which reports/);
  });

  it('becomes an orphan, kept on disk, when its text is deleted', async function () {
    const at = document.getText().indexOf('oil and food');
    await editor.edit((e) => e.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 12)), 'supplies'));
    await when(vscode.languages.onDidChangeDiagnostics, () => marginalia(document.uri).some((d) => d.code === 'orphaned-annotation'), 'an orphan diagnostic');
    const orphan = marginalia(document.uri).find((d) => d.code === 'orphaned-annotation');
    assert.equal(orphan?.severity, vscode.DiagnosticSeverity.Information);
    assert.match(orphan?.message ?? '', /^Orphaned annotation \(note by .+\): “oil and food” — the quoted text is no longer in the document\./);
    assert.equal(api.annotations.forDocument(document.uri).length, 1);
  });

  it('silences a disputed figure for the team when a reviewer marks it "not a dispute"', async function () {
    select('6,000');
    await vscode.commands.executeCommand('marginalia.annotateSelection', { kind: 'dispute-review', value: 'Different quantities.', status: 'not-a-dispute' });
    await when(vscode.languages.onDidChangeDiagnostics, () => marginalia(document.uri).filter((d) => d.code && (d.code as { value?: string }).value === 'disputed-figure').length === 2, 'two disputed figures left');
  });

  it('picks up a file a teammate added on disk', async function () {
    const at = document.getText().indexOf('Kim Jong Un');
    const quote = document.getText().slice(at, at + 11);
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'teammate-1', type: 'Annotation', creator: { type: 'Person', name: 'Grace' },
      created: '2026-11-26T12:00:00.000Z', modified: '2026-11-26T12:00:00.000Z',
      body: { type: 'TextualBody', purpose: 'commenting', kind: 'note', value: 'Pulled from the team.' },
      target: { source: 'notes.md', selector: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: at, end: at + 11 }] },
    };
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder.uri, '.marginalia', 'teammate-1.json'), Buffer.from(JSON.stringify(annotation)));
    await when(api.annotations.onDidChange, () => api.annotations.forDocument(document.uri).some((a) => a.id === 'teammate-1'), 'the teammate\'s annotation');
    assert.match(await hoverAt(document, 'Kim Jong Un'), /note: Pulled from the team\\\. — \*Grace\*/);
  });

  it('reports a malformed file at the error and keeps loading the others', async function () {
    const bad = vscode.Uri.joinPath(folder.uri, '.marginalia', 'broken.json');
    await vscode.workspace.fs.writeFile(bad, Buffer.from('{\n  "id": "broken",\n  "type": \n}\n'));
    await when(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(bad).length === 1, 'a diagnostic in the broken file');
    const [d] = vscode.languages.getDiagnostics(bad);
    assert.equal(d.code, 'malformed-annotation-file');
    assert.equal(d.range.start.line, 3);
    assert.equal(Buffer.from(await vscode.workspace.fs.readFile(bad)).toString('utf8'), '{\n  "id": "broken",\n  "type": \n}\n');
    assert.equal(api.annotations.forDocument(document.uri).length, 3);
  });

  it('re-attaches an orphan to the selection, and deletes an annotation only when asked', async function () {
    const orphan = api.annotations.forDocument(document.uri).find((a) => a.body.kind === 'note' && a.target.selector[0].exact === 'oil and food');
    assert.ok(orphan, 'the orphaned note');
    select('supplies');
    assert.equal(await vscode.commands.executeCommand('marginalia.reattachAnnotation', orphan.id), true);
    await when(vscode.languages.onDidChangeDiagnostics, () => !marginalia(document.uri).some((d) => d.code === 'orphaned-annotation'), 'the orphan re-attached');
    assert.match(await hoverAt(document, 'supplies'), /note: Which reports/);
    const teammate = api.annotations.find('teammate-1');
    assert.ok(teammate);
    assert.equal(await vscode.commands.executeCommand('marginalia.deleteAnnotation', 'teammate-1', { confirmed: true }), true);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(teammate.uri)));
    assert.equal(api.annotations.forDocument(document.uri).some((a) => a.id === 'teammate-1'), false);
  });
});
