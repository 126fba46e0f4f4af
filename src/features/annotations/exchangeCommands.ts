import * as vscode from 'vscode';
import { isMarkdown } from '../../host/modelCache';
import { exportCollection, importCollection, isSafeId, MAX_FILE_SIZE, reportCsv, reportMarkdown } from '../../core';
import type { AnnotatedModels } from '../../host/annotatedModels';
import { sourceOf, type AnnotationStore } from '../../host/annotationStore';
import type { Logger } from '../../host/logger';
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

/** What an import does with an item whose id an annotation of the document already has. */
export type OnExisting = 'replace' | 'copy' | 'skip';

/** Options for importing without prompts (tests, other extensions). */
export interface ImportArgs {
  readonly onExisting?: OnExisting;
}

/** A time no later than now: an imported date in the future would win every later comparison. */
function notAfterNow(iso: string, now: string): string {
  return iso > now || Number.isNaN(Date.parse(iso)) ? now : iso;
}

/**
 * "Marginalia: Import Annotations…": reads a W3C AnnotationCollection (or page, or array) and adds its
 * annotations to the active document, one file each. Items that do not validate are reported, not written.
 * It never replaces the file of another annotation: an id that is not a safe file name, that another
 * document's annotation has, or whose file name is taken, gets a new id. An item with the id of one of this
 * document's annotations replaces it only if the person says so (else it is imported as a copy, or skipped).
 * Dates later than now are taken as now.
 */
export async function importAnnotations(store: AnnotationStore, log: Logger, source?: vscode.Uri, args?: ImportArgs): Promise<number> {
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
  const now = new Date().toISOString();
  const mine = new Map(store.filesFor(document.uri).map((f) => [f.annotation.id, f]));
  const clashes = annotations.filter((a) => mine.has(a.id)).length;
  let onExisting: OnExisting = args?.onExisting ?? 'skip';
  if (clashes > 0 && !args?.onExisting) {
    const choices: Record<string, OnExisting> = { 'Replace Them': 'replace', 'Import as Copies': 'copy', 'Skip Them': 'skip' };
    const answer = await vscode.window.showWarningMessage(
      `${clashes} of the ${annotations.length} imported annotation${annotations.length === 1 ? ' has the id' : 's have the ids'} of annotations this document already has.`,
      { modal: true, detail: 'Replace overwrites those files with the imported versions; copies get new ids and leave the existing ones as they are.' },
      ...Object.keys(choices));
    if (answer === undefined) return 0;
    onExisting = choices[answer];
  }
  let written = 0;
  for (const item of annotations) {
    const a = { ...item, created: notAfterNow(item.created, now), modified: notAfterNow(item.modified, now), target: { ...item.target, source: target } };
    const existing = mine.get(a.id);
    try {
      if (existing && onExisting === 'skip') {
        errors.push(`${a.id}: skipped; this document already has an annotation with that id`);
        continue;
      }
      if (existing && onExisting === 'replace') await store.update(a, existing);
      else {
        const takenElsewhere = existing !== undefined || !isSafeId(a.id) || store.find(a.id, document.uri) !== undefined || await exists(store.uriFor(a.id, folder));
        await store.save(takenElsewhere ? { ...a, id: newId() } : a, folder);
      }
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

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

/**
 * "Marginalia: Export Report…": the active document's actors, figures with who claims them, disputes with
 * their rivals, interests with evidence and the team's annotations, as Markdown (to read in the repository)
 * and, beside it, the figures as CSV (one row per figure, for a spreadsheet). Returns the two files.
 */
export async function exportReport(models: AnnotatedModels, log: Logger, target?: vscode.Uri): Promise<vscode.Uri[] | undefined> {
  const document = activeMarkdown();
  if (!document) return undefined;
  const uri = target ?? await vscode.window.showSaveDialog({
    title: 'Export report',
    defaultUri: document.uri.with({ path: document.uri.path.replace(/\.[^./]*$/, '') + '.report.md' }),
    filters: { Markdown: ['md'] },
  });
  if (!uri) return undefined;
  const csv = uri.with({ path: uri.path.replace(/\.md$/i, '') + '.csv' });
  try {
    const { model, anchored } = await models.get(document);
    const text = document.getText();
    const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(reportMarkdown(name, text, model, anchored)));
    await vscode.workspace.fs.writeFile(csv, new TextEncoder().encode(reportCsv(text, model, anchored)));
    void vscode.window.showInformationMessage(`Marginalia: wrote ${vscode.workspace.asRelativePath(uri)} and ${vscode.workspace.asRelativePath(csv)}.`);
    return [uri, csv];
  } catch (error) {
    log.error('Could not export the report', error);
    return undefined;
  }
}
