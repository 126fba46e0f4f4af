import * as vscode from 'vscode';
import type { Span } from '../core';

/** Converts a core span (UTF-16 offsets) to a `vscode.Range`: the one place where that happens. */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** The document's length in UTF-16 code units, without copying its text (`getText()` joins every line). */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** 1-based line of an offset, for display. */
export function lineOf(document: vscode.TextDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}
