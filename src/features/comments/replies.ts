import * as vscode from 'vscode';
import { ANNO_CONTEXT, THREAD_KINDS, type Reply } from '../../core';
import type { AnnotationStore } from '../../host/annotationStore';
import type { Logger } from '../../host/logger';
import { author, newId } from '../annotations/annotateCommand';
import type { NoteThreads } from './noteThreads';

/** The annotation answered, and the reply's text (asked for when it is not given). */
export interface ReplyArgs {
  readonly id: string;
  readonly text?: string;
}

/** The longest reply kept: a reply is a comment, not a document. */
export const MAX_REPLY_LENGTH = 20_000;

function isCommentReply(x: unknown): x is vscode.CommentReply {
  return typeof x === 'object' && x !== null && 'thread' in x && 'text' in x;
}

function isReplyArgs(x: unknown): x is ReplyArgs {
  const r = x as ReplyArgs;
  return typeof x === 'object' && x !== null && typeof r.id === 'string' && (r.text === undefined || typeof r.text === 'string');
}

/**
 * "Reply": answers a note or a dispute review. Called from a comment thread's Reply button with what was
 * typed there, with {@link ReplyArgs}, or from the palette (asks which annotation of the active document,
 * then the text). The reply is a file of its own (a W3C annotation with motivation `replying` whose target
 * is the annotation's id) in the same workspace folder, so it merges in git like any other annotation.
 */
export async function replyToAnnotation(store: AnnotationStore, notes: NoteThreads, log: Logger, arg?: unknown): Promise<vscode.Uri | undefined> {
  let parentId: string | undefined;
  let text: string | undefined;
  let near = vscode.window.activeTextEditor?.document.uri;
  if (isCommentReply(arg)) {
    parentId = notes.parentOf(arg.thread);
    text = arg.text;
    near = arg.thread.uri;
  } else if (isReplyArgs(arg)) {
    parentId = arg.id;
    text = arg.text ?? await vscode.window.showInputBox({ title: 'Reply', prompt: 'Your reply (Markdown)', ignoreFocusOut: true });
  } else {
    const document = vscode.window.activeTextEditor?.document;
    const items = document ? store.forDocument(document.uri).filter((a) => THREAD_KINDS.includes(a.body.kind)) : [];
    if (items.length === 0) {
      void vscode.window.showInformationMessage('Marginalia: the active document has no notes or dispute reviews to reply to.');
      return undefined;
    }
    const pick = await vscode.window.showQuickPick(
      items.map((a) => ({ label: `${a.body.kind}: ${a.body.value.slice(0, 80) || a.body.fields?.status || ''}`, description: a.creator.name, detail: `“${a.target.selector[0].exact.slice(0, 80)}”`, id: a.id })),
      { title: 'Reply to which annotation?' });
    if (!pick) return undefined;
    parentId = pick.id;
    text = await vscode.window.showInputBox({ title: 'Reply', prompt: 'Your reply (Markdown)', ignoreFocusOut: true });
  }
  if (text === undefined || text.trim() === '') return undefined;
  const parent = parentId ? store.find(parentId, near) : undefined;
  if (!parent || !THREAD_KINDS.includes(parent.annotation.body.kind)) {
    // What was typed is not lost: it goes to the clipboard.
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showWarningMessage('Marginalia: the annotation this replies to is no longer in the workspace, so the reply was not saved. Your text is on the clipboard.');
    return undefined;
  }
  if (text.length > MAX_REPLY_LENGTH) {
    void vscode.window.showWarningMessage(`Marginalia: a reply may be at most ${MAX_REPLY_LENGTH} characters long; this one is ${text.length}. Nothing was saved.`);
    return undefined;
  }
  const folder = vscode.workspace.getWorkspaceFolder(parent.uri);
  if (!folder) return undefined;
  try {
    const now = new Date().toISOString();
    const reply: Reply = {
      '@context': ANNO_CONTEXT, id: newId(), type: 'Annotation', motivation: 'replying',
      creator: { type: 'Person', name: await author(folder) }, created: now, modified: now,
      body: { type: 'TextualBody', purpose: 'replying', kind: 'reply', value: text },
      target: parent.annotation.id,
    };
    return await store.save(reply, folder);
  } catch (error) {
    void vscode.window.showErrorMessage(`Marginalia: the reply was not saved: ${error instanceof Error ? error.message : String(error)}`);
    log.info(`Could not save the reply: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return undefined;
  }
}
