import * as vscode from 'vscode';
import { Commands, Views } from '../../host/ids';
import { isMarkdown, type ModelCache } from '../../host/modelCache';
import { revealRange } from './revealRange';
import { annotateSelection, type AnnotateArgs } from '../annotations/annotateCommand';
import type { AnnotationStore } from '../../host/annotationStore';
import type { Logger } from '../../host/logger';

/** Registers the palette commands: show the sidebar, re-analyse, reveal a range. */
export function registerCommands(cache: ModelCache, store: AnnotationStore, log: Logger): vscode.Disposable {
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
    vscode.commands.registerCommand(Commands.annotateSelection, (args?: AnnotateArgs) => annotateSelection(store, log, args)),
    vscode.commands.registerCommand(Commands.analyzeAnyway, (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (target) cache.allowLarge(target);
    }),
  );
}
