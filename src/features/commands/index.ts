import * as vscode from 'vscode';
import { Commands, Views } from '../../host/ids';
import { isMarkdown, requireTrust, type ModelCache } from '../../host/modelCache';
import { revealRange } from './revealRange';
import { annotateSelection, type AnnotateArgs } from '../annotations/annotateCommand';
import { deleteAnnotation, editAnnotation, reattachAnnotation, type EditArgs, type ManageArgs } from '../annotations/manageCommands';
import { exportAnnotations, exportReport, importAnnotations, type ImportArgs } from '../annotations/exchangeCommands';
import type { AnnotatedModels } from '../../host/annotatedModels';
import { annotationIdOf, type NoteThreads } from '../comments/noteThreads';
import { replyToAnnotation } from '../comments/replies';
import type { AnnotationStore } from '../../host/annotationStore';
import type { Logger } from '../../host/logger';

/** Asks which of the active document's annotations a command is for. */
async function pickAnnotation(store: AnnotationStore, title: string): Promise<string | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  const items = document ? store.forDocument(document.uri) : [];
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Marginalia: the active document has no annotations.');
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(
    items.map((a) => ({ label: `${a.body.kind}: ${a.body.value.slice(0, 80)}`, description: a.creator.name, detail: `“${a.target.selector[0].exact.slice(0, 80)}”`, id: a.id })),
    { title },
  );
  return pick?.id;
}

/** Registers the palette commands: the sidebar, re-analysis, and creating, editing and exchanging annotations. */
export function registerCommands(cache: ModelCache, models: AnnotatedModels, store: AnnotationStore, notes: NoteThreads, log: Logger): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.showSidebar, async () => {
      await vscode.commands.executeCommand(`workbench.view.extension.${Views.container}`);
      await vscode.commands.executeCommand(`${Views.sidebar}.focus`);
    }),
    vscode.commands.registerCommand(Commands.reanalyze, () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isMarkdown(editor.document)) {
        void vscode.window.showInformationMessage('Marginalia: open a Markdown document to analyse it.');
        return;
      }
      cache.invalidate(editor.document.uri);
    }),
    vscode.commands.registerCommand(Commands.revealRange, (uri: string, start: number, end: number) => revealRange(uri, start, end)),
    vscode.commands.registerCommand(Commands.annotateSelection, (args?: AnnotateArgs) => requireTrust('annotating') && annotateSelection(store, models, log, args)),
    vscode.commands.registerCommand(Commands.editAnnotation, async (id?: unknown, args?: EditArgs) => requireTrust('editing an annotation') &&
      editAnnotation(store, models.anchors, log, annotationIdOf(id) ?? await pickAnnotation(store, 'Edit which annotation?'), args)),
    vscode.commands.registerCommand(Commands.exportAnnotations, (target?: vscode.Uri) => exportAnnotations(store, log, target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand(Commands.exportReport, (target?: vscode.Uri) => exportReport(models, log, target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand(Commands.importAnnotations, (source?: vscode.Uri, args?: ImportArgs) => requireTrust('importing annotations') && importAnnotations(store, log, source instanceof vscode.Uri ? source : undefined, args)),
    vscode.commands.registerCommand(Commands.deleteAnnotation, async (id?: unknown, args?: ManageArgs) => requireTrust('deleting an annotation') &&
      deleteAnnotation(store, log, annotationIdOf(id) ?? await pickAnnotation(store, 'Delete which annotation?'), args)),
    vscode.commands.registerCommand(Commands.replyToAnnotation, (arg?: unknown) => requireTrust('replying') && replyToAnnotation(store, notes, log, arg)),
    vscode.commands.registerCommand(Commands.reattachAnnotation, async (id?: string) => requireTrust('re-attaching an annotation') &&
      reattachAnnotation(store, log, typeof id === 'string' ? id : await pickAnnotation(store, 'Re-attach which annotation to the selection?'))),
    vscode.commands.registerCommand(Commands.analyzeAnyway, (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (target) cache.allowAnyway(target);
    }),
  );
}
