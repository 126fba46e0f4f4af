import * as vscode from 'vscode';
import { makeSelectors } from '../../core';
import { sourceOf, type AnnotationStore } from '../../host/annotationStore';
import type { Logger } from '../../host/logger';

/** Options for running the commands without prompts (tests, the sidebar after its own confirmation). */
export interface ManageArgs {
  readonly confirmed?: boolean;
}

/** "Marginalia: Delete Annotation…": deletes an annotation's file after the person confirms. */
export async function deleteAnnotation(store: AnnotationStore, log: Logger, id?: string, args?: ManageArgs): Promise<boolean> {
  const found = id ? store.find(id) : undefined;
  if (!found) {
    void vscode.window.showInformationMessage('Marginalia: that annotation is no longer in the workspace.');
    return false;
  }
  const quote = found.annotation.target.selector[0].exact.replace(/\s+/g, ' ').slice(0, 60);
  if (!args?.confirmed) {
    const choice = await vscode.window.showWarningMessage(
      `Delete the ${found.annotation.body.kind} by ${found.annotation.creator.name} on “${quote}”? Its file will be removed from the workspace.`,
      { modal: true }, 'Delete');
    if (choice !== 'Delete') return false;
  }
  try {
    await store.delete(found.uri);
    return true;
  } catch (error) {
    log.error('Could not delete the annotation', error);
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
    }, found.uri);
    return true;
  } catch (error) {
    log.error('Could not re-attach the annotation', error);
    return false;
  }
}
