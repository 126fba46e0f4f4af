import * as vscode from 'vscode';
import { makeSelectors } from '../../core';
import { sourceOf, StaleFileError, type AnnotationStore, type ReplyFile } from '../../host/annotationStore';
import type { AnnotationAnchors } from '../../host/annotationAnchors';
import type { Logger } from '../../host/logger';
import { newId, REVIEW_CHOICES } from './annotateCommand';

/** Options for running the commands without prompts (tests, the sidebar after its own confirmation). */
export interface ManageArgs {
  readonly confirmed?: boolean;
}

/** "Marginalia: Delete Annotation…": deletes an annotation's file after the person confirms. */
export async function deleteAnnotation(store: AnnotationStore, log: Logger, id?: string, args?: ManageArgs): Promise<boolean> {
  const found = id ? store.find(id) : undefined;
  const reply = !found && id ? store.findReply(id) : undefined;
  if (!found && !reply) {
    void vscode.window.showInformationMessage('Marginalia: that annotation is no longer in the workspace.');
    return false;
  }
  const replies = found ? store.repliesTo(found) : [];
  if (!args?.confirmed) {
    let question: string;
    if (found) {
      const quote = found.annotation.target.selector[0].exact.replace(/\s+/g, ' ').slice(0, 60);
      const others = [...new Set(replies.map((r) => r.reply.creator.name))].join(', ');
      const thread = replies.length === 0 ? '' : ` Its ${replies.length === 1 ? 'reply' : `${replies.length} replies`} (by ${others}) will be deleted with it.`;
      question = `Delete the ${found.annotation.body.kind} by ${found.annotation.creator.name} on “${quote}”? Its file will be removed from the workspace.${thread}`;
    } else question = `Delete the reply by ${reply?.reply.creator.name}: “${reply?.reply.body.value.replace(/\s+/g, ' ').slice(0, 60)}”? Its file will be removed from the workspace.`;
    const choice = await vscode.window.showWarningMessage(question, { modal: true }, 'Delete');
    if (choice !== 'Delete') return false;
  }
  try {
    if (reply) {
      await store.delete(reply);
      return true;
    }
    if (!found) return false;
    await store.delete(found);
    // A reply without its annotation has no thread to be shown in: it goes with it, as the person was told.
    for (const r of replies) await store.delete(r);
    return true;
  } catch (error) {
    if (error instanceof StaleFileError) void vscode.window.showWarningMessage(`Marginalia: not deleted. ${error.message}`);
    else log.error('Could not delete the annotation', error);
    return false;
  }
}

/** "Marginalia: Re-attach Annotation to Selection": moves an annotation (an orphan, say) to the selected text. */
export async function reattachAnnotation(store: AnnotationStore, log: Logger, id?: string): Promise<boolean> {
  const found = id ? store.find(id) : undefined;
  const editor = vscode.window.activeTextEditor;
  if (!found || !editor || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('Marginalia: select the text in the editor to re-attach the annotation to, then run this again.');
    return false;
  }
  const document = editor.document;
  const start = document.offsetAt(editor.selection.start);
  const end = document.offsetAt(editor.selection.end);
  try {
    await store.update({
      ...found.annotation,
      modified: new Date().toISOString(),
      target: { source: sourceOf(document.uri), selector: makeSelectors(document.getText(), start, end) },
    }, found);
    return true;
  } catch (error) {
    if (error instanceof StaleFileError) void vscode.window.showWarningMessage(`Marginalia: not re-attached. ${error.message}`);
    else log.error('Could not re-attach the annotation', error);
    return false;
  }
}

/** Arguments for editing without prompts: the new value, and for a dispute review its new status. */
export interface EditArgs {
  readonly value?: string;
  readonly status?: 'confirmed' | 'not-a-dispute' | 'resolved';
}

/**
 * "Marginalia: Edit Annotation…": changes what an annotation says (a note's text, an actor's name, an
 * interest, a claim's subject, a review's status and comment) and its `modified` time. Its place and its
 * other fields stay; to move it, re-attach it.
 */
export async function editAnnotation(store: AnnotationStore, anchors: AnnotationAnchors, log: Logger, id?: string, args?: EditArgs): Promise<boolean> {
  const found = id ? store.find(id) : undefined;
  const reply = !found && id ? store.findReply(id) : undefined;
  if (reply) return editReply(store, log, reply, args);
  if (!found) {
    void vscode.window.showInformationMessage('Marginalia: that annotation is no longer in the workspace.');
    return false;
  }
  const { body } = found.annotation;
  const fields: Record<string, string> = { ...(body.fields ?? {}) };
  let value = body.value;
  if (args) {
    value = args.value ?? value;
    if (args.status && body.kind === 'dispute-review') fields.status = args.status;
  } else {
    if (body.kind === 'dispute-review') {
      const status = await vscode.window.showQuickPick(REVIEW_CHOICES.map((s) => ({ ...s, picked: s.status === fields.status, description: s.status === fields.status ? 'current' : s.description })),
        { title: 'Edit dispute review' });
      if (!status) return false;
      fields.status = status.status;
    }
    const editsSubject = body.kind === 'claim' && fields.subject !== undefined;
    const prompt: Record<string, string> = {
      note: 'Your note (Markdown)', actor: fields.action === 'declare' || fields.action === 'rename' ? 'The actor\'s name' : 'A comment',
      interest: 'What the actor wants, gets or seeks', claim: editsSubject ? 'What the figure counts' : 'A comment', 'dispute-review': 'A comment for your team (optional)',
    };
    const answer = await vscode.window.showInputBox({ title: `Edit ${body.kind}`, prompt: prompt[body.kind], value: editsSubject ? fields.subject : value, ignoreFocusOut: true });
    if (answer === undefined) return false;
    if (editsSubject) {
      if (!answer.trim()) return false;
      fields.subject = answer.trim();
      value = `Counts ${answer.trim()}`;
    } else value = answer;
  }
  if (value === body.value && JSON.stringify(fields) === JSON.stringify(body.fields ?? {})) return true;
  const edited = {
    ...found.annotation,
    modified: new Date().toISOString(),
    body: { ...body, value, ...(Object.keys(fields).length > 0 ? { fields } : {}) },
    // Where the annotation stands now: positions are written when a person changes an annotation, not on save.
    target: { ...found.annotation.target, selector: anchors.current(found) },
  };
  try {
    await store.update(edited, found);
    return true;
  } catch (error) {
    if (!(error instanceof StaleFileError)) {
      log.error('Could not edit the annotation', error);
      return false;
    }
    // Someone else changed it meanwhile: their version stays, and a note's new text is kept beside it.
    if (body.kind === 'note') {
      const folder = vscode.workspace.getWorkspaceFolder(found.uri);
      if (folder) {
        const copy = { ...edited, id: newId(), created: edited.modified };
        await store.save(copy, folder).then(
          () => void vscode.window.showWarningMessage(`Marginalia: ${error.message} Your edit was saved as a separate note beside it (${copy.id}), so neither is lost.`),
          (e: unknown) => log.error('Could not keep the edited note', e));
        return false;
      }
    }
    void vscode.window.showWarningMessage(`Marginalia: not changed. ${error.message}`);
    return false;
  }
}

/** Edits a reply's text (and its `modified` time), if its file is unchanged since it was read. */
async function editReply(store: AnnotationStore, log: Logger, file: ReplyFile, args?: EditArgs): Promise<boolean> {
  const value = args ? args.value ?? file.reply.body.value : await vscode.window.showInputBox({ title: 'Edit reply', prompt: 'Your reply (Markdown)', value: file.reply.body.value, ignoreFocusOut: true });
  if (value === undefined || value.trim() === '') return false;
  if (value === file.reply.body.value) return true;
  try {
    await store.updateReply({ ...file.reply, modified: new Date().toISOString(), body: { ...file.reply.body, value } }, file);
    return true;
  } catch (error) {
    if (error instanceof StaleFileError) {
      await vscode.env.clipboard.writeText(value);
      void vscode.window.showWarningMessage(`Marginalia: not changed. ${error.message} Your text is on the clipboard.`);
    } else log.error('Could not edit the reply', error);
    return false;
  }
}
