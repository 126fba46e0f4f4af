import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { activateMarginalia, poll } from './support';

const ALPHA = 'Police said 1,200 people marched. Organisers said 9,000 people marched.\n';
const BETA = 'The council approved the budget on Monday.\n';

function note(id: string, source: string, text: string, needle: string, value: string, author: string): Record<string, unknown> {
  const at = text.indexOf(needle);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'Annotation', creator: { type: 'Person', name: author },
    created: '2026-12-01T10:00:00.000Z', modified: '2026-12-01T10:00:00.000Z',
    body: { type: 'TextualBody', purpose: 'commenting', kind: 'note', value },
    target: { source, selector: [{ type: 'TextQuoteSelector', exact: needle, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: Math.max(0, at), end: Math.max(0, at) + needle.length }] },
  };
}

describe('The Workspace view in a real VS Code', function () {
  let api: MarginaliaApi;
  let folder: vscode.WorkspaceFolder;

  before(async function () {
    api = await activateMarginalia();
    const f = vscode.workspace.workspaceFolders?.[0];
    assert.ok(f);
    folder = f;
    const put = (path: string, content: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder.uri, path), Buffer.from(content));
    await put('view/alpha.md', ALPHA);
    await put('view/beta.md', BETA);
    await put('.marginalia/view-1.json', JSON.stringify(note('view-1', 'view/alpha.md', ALPHA, '9,000', 'Whose count?', 'Ada')));
    await put('.marginalia/view-2.json', JSON.stringify(note('view-2', 'view/beta.md', BETA, 'a sentence that is gone', 'Lost.', 'Grace')));
    // Each file arrives through the watcher on its own: wait for both.
    await poll(() => api.annotations.find('view-1') !== undefined && api.annotations.find('view-2') !== undefined, 'the annotations loaded');
  });

  /** The rows under one of this test's documents, as label | description. */
  async function rows(path: string): Promise<string[] | undefined> {
    api.workspace.refresh();
    const docs = await api.workspace.getChildren();
    const doc = docs.find((d) => d.type === 'document' && d.entry.label === path);
    if (!doc) return undefined;
    const head = api.workspace.getTreeItem(doc);
    const children = await api.workspace.getChildren(doc);
    return [`${head.label as string} | ${head.description as string}`, ...children.map((c) => {
      const t = api.workspace.getTreeItem(c);
      return `${t.label as string} | ${t.description as string} | ${(t.iconPath as vscode.ThemeIcon).id}`;
    })];
  }

  it('lists each document\'s annotations and disputes with counts, orphans marked', async function () {
    await poll(async () => (await rows('view/alpha.md')) !== undefined, 'alpha listed');
    assert.deepEqual(await rows('view/alpha.md'), [
      'view/alpha.md | 1 annotation, 1 dispute',
      'Whose count? | Ada · note | note',
      'Disputed: Police say 1,200; Organisers say 9,000 |  | warning',
    ]);
    assert.deepEqual(await rows('view/beta.md'), ['view/beta.md | 1 annotation, 1 orphan', 'Lost. | Grace · note · orphan | debug-disconnect']);
  });

  it('filters by author, kind and status, and opens an item\'s place', async function () {
    await vscode.commands.executeCommand('marginalia.workspace.filter', 'status:orphan');
    assert.equal(await rows('view/alpha.md'), undefined, 'alpha has no orphan');
    assert.deepEqual(await rows('view/beta.md'), ['view/beta.md | 1 annotation, 1 orphan', 'Lost. | Grace · note · orphan | debug-disconnect']);
    await vscode.commands.executeCommand('marginalia.workspace.filter', 'author:ada kind:note');
    assert.deepEqual(await rows('view/alpha.md'), ['view/alpha.md | 1 annotation', 'Whose count? | Ada · note | note']);
    await vscode.commands.executeCommand('marginalia.workspace.clearFilter');
    const docs = await api.workspace.getChildren();
    const alpha = docs.find((d) => d.type === 'document' && d.entry.label === 'view/alpha.md');
    assert.ok(alpha);
    const [first] = await api.workspace.getChildren(alpha);
    const command = api.workspace.getTreeItem(first).command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.path.endsWith('/view/alpha.md'), true);
    assert.equal(editor?.document.getText(editor.selection), '9,000');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
