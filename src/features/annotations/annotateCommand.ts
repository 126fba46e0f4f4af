import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { makeSelectors, type Annotation, type AnnotationBody } from '../../core';
import { sourceOf, type AnnotationStore } from '../../host/annotationStore';
import type { Logger } from '../../host/logger';

/** Arguments for running the command without prompts (tests, other extensions). */
export interface AnnotateArgs {
  readonly kind: 'note' | 'dispute-review';
  readonly value: string;
  readonly status?: 'confirmed' | 'not-a-dispute' | 'resolved';
}

/** The author: `git config user.name` in the workspace folder, else the marginalia.author setting. */
function author(folder: vscode.WorkspaceFolder): Promise<string> {
  const fallback = vscode.workspace.getConfiguration('marginalia').get<string>('author', '') || 'Unknown author';
  return new Promise((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd: folder.uri.fsPath, timeout: 2000 }, (error, stdout) => {
      const name = String(stdout ?? '').trim();
      resolve(!error && name ? name : fallback);
    });
  });
}

function newId(): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `${new Date().toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${random}`;
}

async function ask(): Promise<AnnotateArgs | undefined> {
  const kind = await vscode.window.showQuickPick(
    [
      { label: '$(note) Note', description: 'Free text (Markdown) on the selection', annotation: 'note' as const },
      { label: '$(law) Dispute review', description: 'Confirm a disputed figure, mark it not a dispute, or resolved', annotation: 'dispute-review' as const },
    ],
    { title: 'Annotate Selection', placeHolder: 'What kind of annotation?' },
  );
  if (!kind) return undefined;
  if (kind.annotation === 'note') {
    const value = await vscode.window.showInputBox({ title: 'Note', prompt: 'Your note on the selected text (Markdown)', ignoreFocusOut: true });
    return value ? { kind: 'note', value } : undefined;
  }
  const status = await vscode.window.showQuickPick(
    [{ label: 'Confirmed', status: 'confirmed' as const }, { label: 'Not a dispute', status: 'not-a-dispute' as const }, { label: 'Resolved', status: 'resolved' as const }],
    { title: 'Dispute review', placeHolder: 'Your review of this disputed figure' },
  );
  if (!status) return undefined;
  const value = await vscode.window.showInputBox({ title: 'Dispute review', prompt: 'A comment for your team (optional)', ignoreFocusOut: true });
  return value === undefined ? undefined : { kind: 'dispute-review', value, status: status.status };
}

/** "Marginalia: Annotate Selection…": a note or a dispute review on the selected text, saved for the team. */
export async function annotateSelection(store: AnnotationStore, log: Logger, args?: AnnotateArgs): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown' || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('Marginalia: select some text in a Markdown document to annotate it.');
    return undefined;
  }
  const folder = vscode.workspace.getWorkspaceFolder(editor.document.uri);
  if (!folder) {
    void vscode.window.showInformationMessage('Marginalia: annotations are stored in the workspace; open the document inside a workspace folder.');
    return undefined;
  }
  const input = args ?? (await ask());
  if (!input) return undefined;
  const document = editor.document;
  const start = document.offsetAt(editor.selection.start);
  const end = document.offsetAt(editor.selection.end);
  const now = new Date().toISOString();
  const body: AnnotationBody = input.kind === 'note'
    ? { type: 'TextualBody', purpose: 'commenting', kind: 'note', value: input.value }
    : { type: 'TextualBody', purpose: 'assessing', kind: 'dispute-review', value: input.value, fields: { status: input.status ?? 'confirmed' } };
  const annotation: Annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: newId(),
    type: 'Annotation',
    creator: { type: 'Person', name: await author(folder) },
    created: now,
    modified: now,
    body,
    target: { source: sourceOf(document.uri), selector: makeSelectors(document.getText(), start, end) },
  };
  try {
    return await store.save(annotation, folder);
  } catch (error) {
    log.error('Could not save the annotation', error);
    return undefined;
  }
}
