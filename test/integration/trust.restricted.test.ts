import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { activateMarginalia, poll } from './support';

// Runs with workspace trust on and the sample folder untrusted (scripts/run-integration.mjs restricted).
describe('Marginalia in Restricted Mode', function () {
  let api: MarginaliaApi;
  let document: vscode.TextDocument;

  before(async function () {
    api = await activateMarginalia();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'north-korean-troops.md'));
    await vscode.window.showTextDocument(document);
  });

  it('runs untrusted: the analysis, its diagnostics and the team\'s annotations show', async function () {
    assert.equal(vscode.workspace.isTrusted, false, 'the folder is in Restricted Mode');
    await poll(() => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Marginalia' && typeof d.code === 'object').length === 3, 'the three disputed figures');
    assert.equal(api.annotations.forDocument(document.uri).length, 7, 'annotation files are read');
    const at = document.getText().indexOf('Kim Jong Un');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(at + 2));
    assert.ok(hovers.length > 0, 'a hover');
  });

  it('writes no annotation file until the workspace is trusted', async function () {
    const dir = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.marginalia');
    const before = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n).sort();
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const at = document.getText().indexOf('Pyongyang');
    editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at + 9));
    assert.equal(await vscode.commands.executeCommand('marginalia.annotateSelection', { kind: 'note', value: 'Untrusted.' }), false);
    const id = api.annotations.forDocument(document.uri)[0].id;
    assert.equal(await vscode.commands.executeCommand('marginalia.editAnnotation', id, { value: 'Changed while untrusted.' }), false);
    assert.equal(await vscode.commands.executeCommand('marginalia.deleteAnnotation', id, { confirmed: true }), false);
    // A note's thread offers no reply box until the workspace is trusted, and the command writes nothing.
    const note = api.annotations.forDocument(document.uri).find((a) => a.body.kind === 'note');
    assert.ok(note, 'the sample has a note');
    await poll(() => api.notes.threadOf(document.uri, note.id) !== undefined, 'the note\'s thread');
    assert.equal(api.notes.threadOf(document.uri, note.id)?.canReply, false);
    assert.equal(await vscode.commands.executeCommand('marginalia.replyToAnnotation', { id: note.id, text: 'Untrusted reply.' }), false);
    assert.deepEqual((await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n).sort(), before, 'no file added, changed away or removed');
    assert.notEqual(api.annotations.find(id)?.annotation.body.value, 'Changed while untrusted.');
  });
});
