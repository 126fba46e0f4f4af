import * as vscode from 'vscode';
import { documentLength, toRange } from '../../host/ranges';

/** Arguments of the reveal command, as hover links and the sidebar send them. */
export type RevealArgs = [uri: string, start: number, end: number];

/** Opens the document (if needed), selects the span and scrolls it into view. */
export async function revealRange(uri: string, start: number, end: number): Promise<void> {
  if (typeof uri !== 'string' || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: false, viewColumn: findColumn(document) });
  const length = documentLength(document);
  const range = toRange(document, { start: Math.min(start, length), end: Math.min(end, length) });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function findColumn(document: vscode.TextDocument): vscode.ViewColumn | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString())?.viewColumn;
}
