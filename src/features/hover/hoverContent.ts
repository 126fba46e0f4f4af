import * as vscode from 'vscode';
import type { Annotation, DocumentModel, Hit, Reply } from '../../core';
import { Commands } from '../../host/ids';
import { lineOf } from '../../host/ranges';
import { annotationsMarkdown, hitMarkdown } from './hoverMarkdown';

/** Trusted for the given commands only, with theme icons and without HTML: every interpolated text is escaped. */
function trusted(value: string, commands: string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, true);
  md.isTrusted = { enabledCommands: commands };
  md.supportHtml = false;
  return md;
}

/** Builds the hover for whatever stands at the cursor. */
export function hoverContent(document: vscode.TextDocument, model: DocumentModel, hit: Hit): vscode.MarkdownString {
  return trusted(hitMarkdown({ uri: document.uri.toString(), lineOf: (offset) => lineOf(document, offset) }, model, hit), [Commands.revealRange]);
}

/** Builds the hover part for the annotations under the cursor. */
export function annotationsHover(notes: ReadonlyArray<{ readonly annotation: Annotation; readonly needsReview: boolean; readonly replies?: readonly Reply[] }>): vscode.MarkdownString {
  return trusted(annotationsMarkdown(notes), [Commands.editAnnotation, Commands.deleteAnnotation]);
}
