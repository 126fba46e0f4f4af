import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { activateMarginalia, poll } from './support';

const TEXT = 'Police said 1,200 people marched through the city. Organisers said 9,000 people marched.\n\nOfficials said 40 people were arrested. Activists said 95 people were arrested.\n\nThe march ended at the river bank near the old bridge.\n';
const mine = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Marginalia');
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

describe('Quick fixes on Marginalia\'s diagnostics', function () {
  let api: MarginaliaApi;
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;
  const actionsAt = async (d: vscode.Diagnostic) =>
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, d.range, vscode.CodeActionKind.QuickFix.value))
      // The workbench lists the preferred fix first.
      .filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value);
  const run = (a: vscode.CodeAction | undefined, ...extra: unknown[]) => {
    assert.ok(a?.command, 'the quick fix has a command');
    return vscode.commands.executeCommand(a.command.command, ...(a.command.arguments ?? []), ...extra);
  };
  const disputed = () => mine(document.uri).filter((d) => codeOf(d) === 'disputed-figure');

  before(async function () {
    api = await activateMarginalia();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const uri = vscode.Uri.joinPath(folder.uri, 'quickfixes.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(TEXT));
    document = await vscode.workspace.openTextDocument(uri);
    editor = await vscode.window.showTextDocument(document);
    await poll(() => disputed().length === 4, 'the four disputed figures', 15_000);
  });

  after(async function () {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('offers four fixes on a disputed figure; "Set who claims" and "Not a dispute" write annotations the model applies', async function () {
    const d = disputed().find((x) => document.getText(x.range) === '9,000');
    assert.ok(d);
    const actions = await actionsAt(d);
    assert.deepEqual(actions.map((a) => a.title), ['Show rival claims', 'Confirm dispute', 'Not a dispute (for the team)', 'Set who claims this figure…']);
    assert.deepEqual(actions.map((a) => a.isPreferred ?? false), [true, false, false, false]);
    // Show rival claims: a peek at the other figure, from the diagnostic's related information.
    const rivals = actions[0].command?.arguments?.[2] as vscode.Location[];
    assert.deepEqual(rivals.map((l) => document.getText(l.range)), ['1,200']);
    await run(actions[0]);
    await vscode.commands.executeCommand('closeReferenceSearch');

    const before = api.annotations.forDocument(document.uri).length;
    const other = disputed().find((x) => document.getText(x.range) === '1,200');
    assert.ok(other);
    await run((await actionsAt(other)).find((a) => a.title === 'Confirm dispute'));
    await poll(() => api.annotations.forDocument(document.uri).some((a) => a.body.kind === 'dispute-review'), 'the review written', 15_000);
    const confirmed = api.annotations.forDocument(document.uri).find((a) => a.body.kind === 'dispute-review');
    assert.deepEqual([confirmed?.body.fields?.status, confirmed?.target.selector[0].exact], ['confirmed', '1,200']);
    assert.equal(disputed().length, 4, 'a confirmed dispute stays');

    const police = (await api.models.get(document)).model.actors.find((a) => a.name === 'Police');
    assert.ok(police);
    await run(actions[3], police.id);
    await poll(async () => (await api.models.get(document)).model.figures.find((f) => f.text === '9,000')?.claimant === police.id, 'the claimant corrected', 15_000);
    const claim = api.annotations.forDocument(document.uri).find((a) => a.body.kind === 'claim');
    assert.deepEqual([claim?.body.value, claim?.body.fields, claim?.target.selector[0].exact], ['Claimed by Police', { claimant: police.id }, '9,000']);
    // One source's two figures are no dispute between sources.
    await poll(() => disputed().map((x) => document.getText(x.range)).join() === '40,95', 'only the arrests still disputed', 15_000);

    const arrests = disputed().find((x) => document.getText(x.range) === '95');
    assert.ok(arrests);
    await run((await actionsAt(arrests)).find((a) => a.title === 'Not a dispute (for the team)'));
    await poll(() => disputed().length === 0, 'no dispute left once a figure is out of the comparison', 15_000);
    const review = api.annotations.forDocument(document.uri).find((a) => a.body.kind === 'dispute-review' && a.body.fields?.status === 'not-a-dispute');
    assert.equal(review?.target.selector[0].exact, '95');
    assert.equal(api.annotations.forDocument(document.uri).length, before + 3);
  });

  it('offers "Re-attach to selection…" and "Delete annotation…" on an orphan, acting on that annotation', async function () {
    const at = document.getText().indexOf('the old bridge');
    editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at + 14));
    const written = await vscode.commands.executeCommand<vscode.Uri>('marginalia.annotateSelection', { kind: 'note', value: 'Which bridge?' });
    assert.ok(written);
    const note = api.annotations.forDocument(document.uri).find((a) => a.body.value === 'Which bridge?');
    assert.ok(note);
    await editor.edit((e) => e.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 14)), 'a ferry landing'));
    await poll(() => mine(document.uri).some((d) => codeOf(d) === 'orphaned-annotation'), 'the orphan diagnostic', 15_000);
    const d = mine(document.uri).find((x) => codeOf(x) === 'orphaned-annotation');
    assert.ok(d);
    const actions = await actionsAt(d);
    assert.deepEqual(actions.map((a) => [a.title, a.command?.command, a.command?.arguments]), [
      ['Re-attach to selection…', 'marginalia.reattachAnnotation', [note.id]],
      ['Delete annotation…', 'marginalia.deleteAnnotation', [note.id]],
    ]);
    const landing = document.getText().indexOf('a ferry landing');
    editor.selection = new vscode.Selection(document.positionAt(landing), document.positionAt(landing + 15));
    assert.equal(await run(actions[0]), true);
    await poll(() => !mine(document.uri).some((x) => codeOf(x) === 'orphaned-annotation'), 'the orphan re-attached', 15_000);
    assert.equal(api.annotations.find(note.id, document.uri)?.annotation.target.selector[0].exact, 'a ferry landing');
    // The delete fix asks first; confirmed, it removes exactly that file.
    const file = api.annotations.find(note.id, document.uri)?.uri;
    assert.ok(file);
    assert.equal(await run(actions[1], { confirmed: true }), true);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(file)));
  });

  it('warns on the document when one of its annotation files does not load, and "Open the file at the error" opens it there', async function () {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    assert.ok(folder);
    // A teammate's note about this document with a comma missing after "kind" (line 7): it cannot load.
    const bad = vscode.Uri.joinPath(folder.uri, '.marginalia', 'broken-note.json');
    const text = '{\n  "id": "broken-note",\n  "type": "Annotation",\n  "creator": { "type": "Person", "name": "Grace" },\n  "body": {\n    "type": "TextualBody",\n    "kind": "note"\n    "value": "Check the river count."\n  },\n  "target": { "source": "quickfixes.md" }\n}\n';
    await vscode.workspace.fs.writeFile(bad, Buffer.from(text));
    try {
      await poll(() => mine(document.uri).some((d) => codeOf(d) === 'annotation-file-does-not-load'), 'the warning on the document', 15_000);
      const d = mine(document.uri).find((x) => codeOf(x) === 'annotation-file-does-not-load');
      assert.ok(d);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(d.message, 'An annotation file for this document does not load, so its note is not shown: .marginalia/broken-note.json (line 8): Not valid JSON: a comma is expected. Nothing is rewritten until you fix it.');
      assert.equal(d.relatedInformation?.[0]?.location.uri.toString(), bad.toString());
      const actions = await actionsAt(d);
      assert.deepEqual(actions.map((a) => [a.title, a.isPreferred, a.command?.command]), [['Open the file at the error', true, 'marginalia.quickFix.openAtError']]);
      await run(actions[0]);
      await poll(() => vscode.window.activeTextEditor?.document.uri.toString() === bad.toString(), 'the broken file opened', 10_000);
      const at = vscode.window.activeTextEditor?.selection.active;
      assert.deepEqual([at?.line, at?.character], [7, 4]);
      // The file is never rewritten by being reported or opened.
      assert.equal(Buffer.from(await vscode.workspace.fs.readFile(bad)).toString('utf8'), text);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(bad);
      await vscode.window.showTextDocument(document);
    }
    await poll(() => !mine(document.uri).some((d) => codeOf(d) === 'annotation-file-does-not-load'), 'the warning gone with the file', 15_000);
  });
});
