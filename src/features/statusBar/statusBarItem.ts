import * as vscode from 'vscode';
import { Commands } from '../../host/ids';
import { isMarkdown, type ModelCache } from '../../host/modelCache';

const megabytes = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;

/**
 * A status bar item for the active Markdown document: a spinner while a large document is analysed, and
 * a warning when it was not analysed because of its size or its shape (click to analyse anyway). The user
 * is also told once per document with a notification.
 */
export function registerStatusBar(cache: ModelCache): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('marginalia.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Marginalia';
  const told = new Set<string>();
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isMarkdown(document)) {
      item.hide();
      return;
    }
    const entry = cache.peek(document);
    const skipped = entry?.skipped;
    if (skipped) {
      // Why it was not analysed: for the tooltip and, once per document, a notification.
      const [why, notice] = 'declined' in skipped
        ? [`This document was not analysed: ${skipped.declined}. Click to analyse it anyway, in the background.`,
          `Marginalia: this document was not analysed: ${skipped.declined}.`]
        : [`This document (${megabytes(skipped.size)}) is larger than marginalia.maxDocumentSize (${megabytes(skipped.limit)}), so it was not analysed. Click to analyse it anyway.`,
          `Marginalia: this document is larger than the size limit (${megabytes(skipped.limit)}) and was not analysed.`];
      item.text = `$(warning) Marginalia paused`;
      item.tooltip = why;
      item.command = { title: 'Analyse anyway', command: Commands.analyzeAnyway };
      item.show();
      const uri = document.uri.toString();
      if (!told.has(uri)) {
        told.add(uri);
        void vscode.window
          .showInformationMessage(notice, 'Analyse Anyway')
          .then((choice) => (choice ? vscode.commands.executeCommand(Commands.analyzeAnyway, document.uri) : undefined));
      }
    } else if (cache.isAnalysing(document)) {
      item.text = '$(sync~spin) Marginalia';
      item.tooltip = 'Analysing this document…';
      item.command = undefined;
      item.show();
    } else {
      item.hide();
    }
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    cache.onDidChangeState(update),
  );
}
