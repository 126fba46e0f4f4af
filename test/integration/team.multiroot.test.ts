import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { activateMarginalia, poll } from './support';

// Runs in the multi-root workspace scripts/run-integration.mjs makes: `alpha` and `beta`, two git clones of
// one repository holding the sample article and its team annotations, and `linked`, whose `.marginalia` is
// a symbolic link out of the workspace.

const ARTICLE = 'north-korean-troops.md';
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The annotation files of a folder, by name, with their text. */
function files(folder: vscode.WorkspaceFolder): Record<string, string> {
  const dir = path.join(folder.uri.fsPath, '.marginalia');
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

describe('A team in a multi-root workspace of two git clones', function () {
  let api: MarginaliaApi;
  let alpha: vscode.WorkspaceFolder;
  let beta: vscode.WorkspaceFolder;
  let linked: vscode.WorkspaceFolder;
  const open = async (folder: vscode.WorkspaceFolder) => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, ARTICLE));
    return { document, editor: await vscode.window.showTextDocument(document) };
  };
  const select = (editor: vscode.TextEditor, needle: string) => {
    const at = editor.document.getText().indexOf(needle);
    assert.ok(at >= 0, needle);
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + needle.length));
  };

  before(async function () {
    api = await activateMarginalia();
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(folders.map((f) => f.name), ['alpha', 'beta', 'linked']);
    [alpha, beta, linked] = folders;
  });

  it('gives each folder\'s article its own folder\'s annotations, and writes a new one only in its own folder', async function () {
    const a = await open(alpha);
    const b = await open(beta);
    const inAlpha = api.annotations.filesFor(a.document.uri);
    const inBeta = api.annotations.filesFor(b.document.uri);
    assert.equal(inAlpha.length, 7);
    assert.deepEqual(inBeta.map((f) => f.annotation.id), inAlpha.map((f) => f.annotation.id), 'the same committed annotations');
    assert.ok(inAlpha.every((f) => f.uri.fsPath.startsWith(alpha.uri.fsPath + path.sep)) && inBeta.every((f) => f.uri.fsPath.startsWith(beta.uri.fsPath + path.sep)));
    assert.equal(api.annotations.find(inAlpha[0].annotation.id, b.document.uri)?.uri.toString(), inBeta[0].uri.toString(), 'an id is looked up in the document\'s own folder');
    const alphaBefore = files(alpha);
    select(b.editor, 'Pyongyang');
    const written = await vscode.commands.executeCommand<vscode.Uri>('marginalia.annotateSelection', { kind: 'note', value: 'Beta only.' });
    assert.ok(written?.fsPath.startsWith(path.join(beta.uri.fsPath, '.marginalia') + path.sep), 'written in beta');
    assert.deepEqual(files(alpha), alphaBefore, 'alpha untouched');
    assert.equal(api.annotations.forDocument(a.document.uri).some((x) => x.body.value === 'Beta only.'), false, 'not shown in alpha');
    assert.equal(api.annotations.forDocument(b.document.uri).some((x) => x.body.value === 'Beta only.'), true);
  });

  it('two clones edit and save different parts of the article: git merges them without a conflict, and every annotation anchors', async function () {
    const a = await open(alpha);
    const alphaFiles = files(alpha);
    await a.editor.edit((e) => e.insert(new vscode.Position(2, 0), 'A paragraph Ada added near the top of the article.\n\n'));
    assert.ok(await a.document.save());
    const b = await open(beta);
    const betaFiles = files(beta);
    // In the middle, so that the notes after it move in beta as those after Ada's paragraph move in alpha:
    // had saving rewritten stored positions, both clones would change the same annotation files.
    const middle = b.document.positionAt(b.document.getText().indexOf('\n\n', 2000) + 2);
    await b.editor.edit((e) => e.insert(middle, 'A paragraph Grace added in the middle of the article.\n\n'));
    assert.ok(await b.document.save());
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(files(alpha), alphaFiles, 'saving rewrote nothing in alpha/.marginalia');
    assert.deepEqual(files(beta), betaFiles, 'saving rewrote nothing in beta/.marginalia');
    // Ada also edits a note; the file changes because a person changed it.
    await vscode.window.showTextDocument(a.document);
    assert.equal(await vscode.commands.executeCommand('marginalia.editAnnotation', '20261126T090000-kimnote', { value: 'Edited by Ada after her paragraph.' }), true);

    // And a team vocabulary rule: "Russian President" is Vladimir Putin in every document.
    select(await vscode.window.showTextDocument(a.document), 'Russian President');
    const rule = await vscode.commands.executeCommand<vscode.Uri>('marginalia.annotateSelection',
      { kind: 'actor', value: 'Another name for Vladimir Putin', fields: { action: 'alias', actor: 'vladimir-putin' }, scope: 'workspace' });
    assert.ok(rule);
    assert.equal(JSON.parse(readFileSync(rule.fsPath, 'utf8')).target.source, '*');
    assert.equal(api.annotations.forDocument(b.document.uri).some((x) => x.target.source === '*'), false, 'not in beta before the merge');

    git(alpha.uri.fsPath, 'add', '-A');
    git(alpha.uri.fsPath, 'commit', '-qm', 'Ada: a paragraph, a note and a vocabulary rule');
    git(alpha.uri.fsPath, 'push', '-q', 'origin', 'main');
    git(beta.uri.fsPath, 'add', '-A');
    git(beta.uri.fsPath, 'commit', '-qm', 'Grace: a paragraph and a note');
    const pull = spawnSync('git', ['pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main'], { cwd: beta.uri.fsPath, encoding: 'utf8' });
    assert.equal(pull.status, 0, `the merge succeeds: ${pull.stdout}${pull.stderr}`);
    assert.equal(git(beta.uri.fsPath, 'diff', '--name-only', '--diff-filter=U'), '', 'no conflicted file');
    assert.equal(git(beta.uri.fsPath, 'status', '--porcelain'), '', 'a clean merge');

    await poll(() => b.document.getText().includes('Ada added near the top') && b.document.getText().includes('Grace added in the middle'), 'beta\'s editor showing the merged article');
    await poll(() => api.annotations.find('20261126T090000-kimnote', b.document.uri)?.annotation.body.value === 'Edited by Ada after her paragraph.', 'Ada\'s edit loaded in beta');
    await poll(() => api.annotations.forDocument(b.document.uri).some((x) => x.target.source === '*'), 'Ada\'s vocabulary rule loaded in beta');
    const { anchored, model } = await api.models.get(b.document);
    assert.equal(anchored.length, 9, 'the seven shared annotations, Grace\'s note and Ada\'s vocabulary rule');
    assert.ok(model.actors.find((x) => x.id === 'vladimir-putin')?.aliases.includes('Russian President'), 'the rule applies in beta');
    for (const { annotation, anchor } of anchored) {
      assert.equal(anchor.status, 'anchored', annotation.id);
      assert.ok(anchor.status === 'anchored' && !anchor.needsReview, `${annotation.id} anchored with confidence`);
      assert.equal(b.document.getText().slice(anchor.start, anchor.end), annotation.target.selector[0].exact, annotation.id);
    }
  });

  it('refuses to write an annotation through a symbolic link that leads out of the workspace', async function () {
    const l = await open(linked);
    const outside = path.join(path.dirname(linked.uri.fsPath), 'outside');
    select(l.editor, 'Pyongyang');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('marginalia.annotateSelection', { kind: 'note', value: 'Would land outside.' });
    assert.equal(written, undefined);
    assert.deepEqual(readdirSync(outside), [], 'nothing written outside the workspace');
  });
});
