import * as vscode from 'vscode';
import { isMarkdown } from '../../host/modelCache';
import { makeSelectors } from '../../core';
import type { AnnotationAnchors } from '../../host/annotationAnchors';
import type { AnnotationStore } from '../../host/annotationStore';
import type { Logger } from '../../host/logger';

/**
 * When a document is saved, annotations that followed their text to a new place get their stored
 * selectors (position, quote, context) refreshed, so the files match the saved text. Not on every
 * keystroke: the files change only when the document's own file does. Orphans and matches that need
 * review are left as they are until a person looks at them. Returns how many files were rewritten.
 */
export async function refreshStoredPositions(document: vscode.TextDocument, store: AnnotationStore, anchors: AnnotationAnchors, log: Logger): Promise<number> {
  await anchors.ready;
  const text = document.getText();
  let rewritten = 0;
  for (const { annotation, anchor } of anchors.for(document)) {
    if (anchor.status !== 'anchored' || anchor.needsReview) continue;
    const [quote, position] = annotation.target.selector;
    const fresh = makeSelectors(text, anchor.start, anchor.end);
    if (position.start === fresh[1].start && position.end === fresh[1].end && quote.exact === fresh[0].exact &&
      quote.prefix === fresh[0].prefix && quote.suffix === fresh[0].suffix) continue;
    const found = store.find(annotation.id);
    if (!found) continue;
    try {
      await store.update({ ...found.annotation, target: { ...found.annotation.target, selector: fresh } }, found.uri);
      rewritten++;
    } catch (error) {
      log.error('Could not refresh an annotation\'s stored position', error);
    }
  }
  return rewritten;
}

/** Refreshes stored positions whenever a Markdown document is saved. */
export function registerRefreshOnSave(store: AnnotationStore, anchors: AnnotationAnchors, log: Logger): vscode.Disposable {
  return vscode.workspace.onDidSaveTextDocument((document) => {
    if (isMarkdown(document) && vscode.workspace.isTrusted) void refreshStoredPositions(document, store, anchors, log);
  });
}
