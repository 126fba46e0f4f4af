import * as vscode from 'vscode';
import { isMarkdown } from '../../host/modelCache';
import { exportCollection, importCollection, MAX_FILE_SIZE } from '../../core';
import { sourceOf, type AnnotationStore } from '../../host/annotationStore';
import type { Logger } from '../../host/logger';
import { ANNOTATION_ID } from '../../shared/protocol';
import { newId, workspaceFolderOf } from './annotateCommand';

function activeMarkdown(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !isMarkdown(document)) {
    void vscode.window.showInformationMessage('Marginalia: open the Markdown document whose annotations you want to export or import.');
    return undefined;
  }
  return document;
}

/**
 * "Marginalia: Export Annotations…": writes the active document's annotations (orphans included) as one
 * W3C AnnotationCollection (JSON-LD) for other annotation tools. Returns the file written.
 */
export async function exportAnnotations(store: AnnotationStore, log: Logger, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = activeMarkdown();
  if (!document) return undefined;
  const annotations = store.forDocument(document.uri);
  if (annotations.length === 0) {
    void vscode.window.showInformationMessage('Marginalia: the active document has no annotations to export.');
    return undefined;
  }
  const uri = target ?? await vscode.window.showSaveDialog({
    title: 'Export annotations',
    defaultUri: document.uri.with({ path: document.uri.path.replace(/\.[^./]*$/, '') + '.annotations.jsonld' }),
    filters: { 'JSON-LD': ['jsonld', 'json'] },
  });
  if (!uri) return undefined;
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(exportCollection(sourceOf(document.uri), annotations)));
    void vscode.window.showInformationMessage(`Marginalia: exported ${annotations.length} annotation${annotations.length === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(uri)}.`);
    return uri;
  } catch (error) {
    log.error('Could not export the annotations', error);
    return undefined;
  }
}

/**
 * "Marginalia: Import Annotations…": reads a W3C AnnotationCollection (or page, or array) and adds its
 * annotations to the active document, one file each. Items that do not validate are reported, not written.
 * An id that is not a safe file name, or that is already taken by another annotation, gets a new one.
 */
export async function importAnnotations(store: AnnotationStore, log: Logger, source?: vscode.Uri): Promise<number> {
  const document = activeMarkdown();
  if (!document) return 0;
  const folder = workspaceFolderOf(document.uri);
  if (!folder) return 0;
  const uri = source ?? (await vscode.window.showOpenDialog({ title: 'Import annotations', canSelectMany: false, filters: { 'JSON-LD': ['jsonld', 'json'] } }))?.[0];
  if (!uri) return 0;
  let text: string;
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.byteLength > 50 * MAX_FILE_SIZE) throw new Error(`the file is ${bytes.byteLength} bytes; at most ${50 * MAX_FILE_SIZE} are read`);
    text = new TextDecoder('utf-8').decode(bytes);
  } catch (error) {
    void vscode.window.showErrorMessage(`Marginalia: cannot read ${vscode.workspace.asRelativePath(uri)}: ${error instanceof Error ? error.message : String(error)}`);
    return 0;
  }
  const { annotations, errors } = importCollection(text);
  const target = sourceOf(document.uri);
  let written = 0;
  for (const a of annotations) {
    const existing = store.find(a.id);
    const id = ANNOTATION_ID.test(a.id) && (!existing || existing.annotation.target.source === target) ? a.id : newId();
    try {
      if (existing && id === a.id) await store.update({ ...a, target: { ...a.target, source: target } }, existing.uri);
      else await store.save({ ...a, id, target: { ...a.target, source: target } }, folder);
      written++;
    } catch (error) {
      errors.push(`${a.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const e of errors) log.info(`Import: ${e}`);
  const summary = `Marginalia: imported ${written} annotation${written === 1 ? '' : 's'} into ${target}`;
  if (errors.length > 0) void vscode.window.showWarningMessage(`${summary}; ${errors.length} item${errors.length === 1 ? ' was' : 's were'} skipped (see the Marginalia output).`);
  else void vscode.window.showInformationMessage(`${summary}.`);
  return written;
}
