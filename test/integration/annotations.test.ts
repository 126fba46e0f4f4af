import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { activateMarginalia, poll } from './support';

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

const isDisputed = (d: vscode.Diagnostic) => typeof d.code === 'object' && d.code.value === 'disputed-figure';
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
    api = await activateMarginalia();
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

  const disputed = () => marginalia(document.uri).filter(isDisputed);
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

  it('shows the note as a comment thread on its span, moved with the text', async function () {
    const note = api.annotations.forDocument(document.uri).find((a) => a.body.kind === 'note');
    assert.ok(note);
    const range = () => api.notes.threadsOf(document.uri).get(note.id);
    const at = document.getText().indexOf('oil and food');
    const expected = new vscode.Range(document.positionAt(at), document.positionAt(at + 12));
    // The thread follows edits after the quiet period.
    await poll(() => range()?.isEqual(expected) === true, 'the thread on "oil and food"', 10_000);
    assert.deepEqual([range()?.start.line, range()?.start.character], [expected.start.line, expected.start.character]);
  });

  it('takes a reply typed into the note\'s thread: its own W3C file, shown in the thread and the hover, edited and deleted like a note', async function () {
    const note = api.annotations.forDocument(document.uri).find((a) => a.body.kind === 'note');
    assert.ok(note);
    const thread = api.notes.threadOf(document.uri, note.id);
    assert.ok(thread);
    assert.equal(thread.canReply, true, 'a trusted workspace can reply');
    // What VS Code passes when Reply is pressed under the thread's text box.
    const file = await vscode.commands.executeCommand<vscode.Uri>('marginalia.replyToAnnotation', { thread, text: 'Reuters, citing <i>two</i> officials.' });
    assert.ok(file, 'a file was written');
    const saved = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8'));
    assert.deepEqual([saved.type, saved.motivation, saved.body.purpose, saved.body.value, saved.target], ['Annotation', 'replying', 'replying', 'Reuters, citing <i>two</i> officials.', note.id]);
    assert.match(saved.id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(file.path.slice(file.path.lastIndexOf('/') + 1), `${saved.id.slice(9)}.json`);
    await poll(() => thread.comments.length === 2, 'the reply under the note in its thread', 10_000);
    const [first, second] = thread.comments;
    assert.equal((first.body as vscode.MarkdownString).value, note.body.value);
    assert.equal((second.body as vscode.MarkdownString).value, 'Reuters, citing <i>two</i> officials.');
    assert.equal((second.body as vscode.MarkdownString).supportHtml, false);
    assert.equal(second.contextValue, 'marginalia-reply');
    assert.match(await hoverAt(document, 'oil and food'), /\$\(reply\) Reuters, citing \\<i\\>two\\<\/i\\> officials\\\./);
    // The sidebar's snapshot lists the thread too.
    assert.equal(await vscode.commands.executeCommand('marginalia.editAnnotation', saved.id, { value: 'Reuters, citing two officials.' }), true);
    await poll(() => (thread.comments[1]?.body as vscode.MarkdownString | undefined)?.value === 'Reuters, citing two officials.', 'the edited reply in the thread', 10_000);
    assert.equal(JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8')).body.value, 'Reuters, citing two officials.');
    assert.equal(await vscode.commands.executeCommand('marginalia.deleteAnnotation', saved.id, { confirmed: true }), true);
    await poll(() => thread.comments.length === 1, 'the thread back to the note alone', 10_000);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(file)), 'the reply\'s file is gone');
    assert.ok(api.annotations.find(note.id), 'the note stays');
  });

  it('becomes an orphan, kept on disk, when its text is deleted', async function () {
    const at = document.getText().indexOf('oil and food');
    await editor.edit((e) => e.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 12)), 'supplies'));
    await when(vscode.languages.onDidChangeDiagnostics, () => marginalia(document.uri).some((d) => d.code === 'orphaned-annotation'), 'an orphan diagnostic');
    const orphan = marginalia(document.uri).find((d) => d.code === 'orphaned-annotation');
    assert.equal(orphan?.severity, vscode.DiagnosticSeverity.Information);
    assert.match(orphan?.message ?? '', /^Orphaned annotation \(note by .+\): “oil and food” — the quoted text is no longer in the document\./);
    assert.equal(api.annotations.forDocument(document.uri).length, 1);
    await poll(() => api.notes.threadsOf(document.uri).size === 0, 'the thread removed: an orphan has no span', 10_000);
  });

  it('takes a figure a reviewer marks "not a dispute" out of the comparison, for the whole team', async function () {
    select('6,000');
    await vscode.commands.executeCommand('marginalia.annotateSelection', { kind: 'dispute-review', value: 'Different quantities.', status: 'not-a-dispute' });
    // Without Russia's 6,000 only Ukraine's two figures are left, and they agree: no dispute remains.
    await when(vscode.languages.onDidChangeDiagnostics, () => disputed().length === 0, 'no disputed figure left');
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

  it('adds an alias and dismisses an actor through the command; the hover and the sidebar show it', async function () {
    const posted = () => api.sidebar.lastPosted?.type === 'snapshot' ? api.sidebar.lastPosted.snapshot : undefined;
    await vscode.commands.executeCommand('marginalia.showSidebar');
    await vscode.window.showTextDocument(document);
    select('a Russian minister');
    await vscode.commands.executeCommand('marginalia.annotateSelection', { kind: 'actor', value: 'Another name for Olga Lyubimova', fields: { action: 'alias', actor: 'olga-lyubimova' } });
    const hover = await hoverAt(document, 'a Russian minister');
    assert.match(hover, /\*\*Olga Lyubimova\*\* — person/);
    assert.match(hover, /Also called: \*a Russian minister\*/);
    assert.match(hover, /Annotated by \*/);
    await when(api.sidebar.onDidPost, () => posted()?.actors.find((a) => a.id === 'olga-lyubimova')?.aliases.includes('a Russian minister') === true, 'the alias in the sidebar');
    assert.equal(posted()?.actors.find((a) => a.id === 'olga-lyubimova')?.authors.length, 1);

    select('South Korea');
    await vscode.commands.executeCommand('marginalia.annotateSelection', { kind: 'actor', value: 'A source, not a party', fields: { action: 'not-an-actor' } });
    await when(api.sidebar.onDidPost, () => posted()?.actors.some((a) => a.id === 'south-korea') === false, 'South Korea gone from the sidebar');
    assert.doesNotMatch(await hoverAt(document, 'South Korea'), /\*\*South Korea\*\*/);
  });

  it('adds a claimed interest and corrects a claimant; the disputes are decided again', async function () {
    select('clearing mines and restoring damaged infrastructure in Kursk');
    await vscode.commands.executeCommand('marginalia.annotateSelection', { kind: 'interest', value: 'mine clearing in Kursk', fields: { actor: 'russia', claimedBy: 'russia' } });
    assert.match(await hoverAt(document, 'Moscow says'), /\[mine clearing in Kursk\]\(command:marginalia\.revealRange[^)]*\) — claimed by Russia · \$\(account\) added by \*/);
    select('about 10,000-15,000');
    await vscode.commands.executeCommand('marginalia.annotateSelection', { kind: 'claim', value: 'Claimed by Russia', fields: { claimant: 'russia' } });
    await when(vscode.languages.onDidChangeDiagnostics, () => disputed().length === 3, 'Russia\'s estimate against Ukraine\'s figures');
    assert.equal(disputed()[0].message, 'Disputed: Ukraine says 25,000–30,000; Russia says about 10,000–15,000');
    assert.match(await hoverAt(document, '10,000-15,000'), /Corrected by \*/);
  });

  it('edits an annotation: its file changes, with a new modified time, and the hover follows', async function () {
    const note = api.annotations.forDocument(document.uri).find((a) => a.body.kind === 'note' && a.body.value.startsWith('Which reports?'));
    assert.ok(note);
    assert.equal(await vscode.commands.executeCommand('marginalia.editAnnotation', note.id, { value: 'Reports from whom?' }), true);
    const found = api.annotations.find(note.id);
    assert.ok(found);
    const saved = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(found.uri)).toString('utf8'));
    assert.equal(saved.body.value, 'Reports from whom?');
    assert.equal(saved.created, note.created);
    assert.ok(saved.modified > note.modified, 'modified moves on');
    assert.match(await hoverAt(document, 'supplies'), /note: Reports from whom\?/);
  });

  it('rewrites no annotation file when the document is saved; the note follows in memory and its file moves on only when edited', async function () {
    const note = api.annotations.forDocument(document.uri).find((a) => a.body.kind === 'note' && a.body.value === 'Reports from whom?');
    assert.ok(note);
    const dir = vscode.Uri.joinPath(folder.uri, '.marginalia');
    const snapshot = async () => {
      const out: Record<string, string> = {};
      for (const [name] of await vscode.workspace.fs.readDirectory(dir)) out[name] = Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name))).toString('utf8');
      return out;
    };
    const before = await snapshot();
    await editor.edit((e) => e.insert(new vscode.Position(7, 0), 'Another paragraph, typed before saving.\n\n'));
    assert.ok(await document.save());
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(await snapshot(), before, 'every annotation file byte for byte as it was');
    const at = document.getText().indexOf('supplies');
    const placed = api.models && (await api.models.get(document)).anchored.find((a) => a.annotation.id === note.id);
    assert.deepEqual(placed?.anchor, { status: 'anchored', start: at, end: at + 8, confidence: 1, method: 'exact', needsReview: false });
    // A person's edit writes where the note stands now.
    assert.equal(await vscode.commands.executeCommand('marginalia.editAnnotation', note.id, { value: 'Reports from whom, exactly?' }), true);
    const found = api.annotations.find(note.id);
    assert.ok(found);
    const saved = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(found.uri)).toString('utf8'));
    assert.deepEqual(saved.target.selector[1], { type: 'TextPositionSelector', start: at, end: at + 8 });
    assert.equal(saved.target.selector[0].prefix, document.getText().slice(at - 32, at));
    assert.equal(saved.body.value, 'Reports from whom, exactly?');
  });

  it('exports the document\'s annotations as a W3C AnnotationCollection and imports them into another document', async function () {
    const out = vscode.Uri.joinPath(folder.uri, 'notes.annotations.jsonld');
    const written = await vscode.commands.executeCommand<vscode.Uri>('marginalia.exportAnnotations', out);
    assert.equal(written?.toString(), out.toString());
    const collection = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(out)).toString('utf8'));
    const count = api.annotations.forDocument(document.uri).length;
    // The W3C context, then Marginalia's own terms (so a JSON-LD processor keeps kind and fields).
    const context = ['http://www.w3.org/ns/anno.jsonld', { '@version': 1.1, marginalia: 'urn:marginalia:', kind: 'marginalia:kind', fields: { '@id': 'marginalia:fields', '@type': '@json' }, assessing: 'http://www.w3.org/ns/oa#assessing' }];
    assert.deepEqual([collection['@context'], collection.type, collection.total, collection.first.items.length], [context, 'AnnotationCollection', count, count]);

    const copy = vscode.Uri.joinPath(folder.uri, 'notes-copy.md');
    await vscode.workspace.fs.writeFile(copy, Buffer.from(document.getText()));
    const other = await vscode.workspace.openTextDocument(copy);
    await vscode.window.showTextDocument(other);
    assert.equal(await vscode.commands.executeCommand('marginalia.importAnnotations', out), count);
    const imported = api.annotations.forDocument(copy);
    assert.equal(imported.length, count);
    assert.ok(imported.every((a) => a.target.source === 'notes-copy.md' && !api.annotations.forDocument(document.uri).some((b) => b.id === a.id)), 'new ids, new source');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
