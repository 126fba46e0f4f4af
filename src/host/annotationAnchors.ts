import * as vscode from 'vscode';
import { anchor, anchorAnnotation, isVocabularyRule, makeSelectors, type Anchor, type Annotation, type Reply, type TextPositionSelector, type TextQuoteSelector } from '../core';
import type { AnnotationStore, LoadedFile } from './annotationStore';

/** An annotation with where it lands in the document's current text. */
export interface AnchoredAnnotation {
  readonly annotation: Annotation;
  readonly anchor: Anchor;
  /** The replies in its thread, oldest first. */
  readonly replies: readonly Reply[];
}

type Selectors = readonly [TextQuoteSelector, TextPositionSelector];

/**
 * Re-anchors a document's annotations, once per document version and store state.
 *
 * Where an annotation was last anchored with confidence is kept in memory, not written to its file: the
 * next version of the text is anchored from there, so an annotation follows a long session of edits step
 * by step, while the committed files change only when a person changes an annotation (saving a document
 * rewrites nothing, so two clones that edit different parts of a document never conflict in `.marginalia/`).
 */
export class AnnotationAnchors {
  private readonly cache = new Map<string, { version: number; generation: number; items: AnchoredAnnotation[] }>();
  /** The selectors of each annotation file's last confident anchor, with the file text they were derived from. */
  private readonly tracked = new Map<string, { basis: string; selectors: Selectors }>();

  constructor(private readonly store: AnnotationStore) {}

  /** Resolves once the workspace's annotation files have been read the first time. */
  get ready(): Promise<void> {
    return this.store.ready;
  }

  for(document: vscode.TextDocument): AnchoredAnnotation[] {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version && hit.generation === this.store.generation) return hit.items;
    const text = document.getText();
    const items: AnchoredAnnotation[] = [];
    for (const file of this.store.filesFor(document.uri)) {
      // A vocabulary rule the document does not use is left out here (it is no orphan).
      const placed = isVocabularyRule(file.annotation) ? anchorAnnotation(text, file.annotation) : this.anchorFile(text, file);
      if (placed) items.push({ annotation: file.annotation, anchor: placed, replies: this.store.repliesTo(file).map((r) => r.reply) });
    }
    this.cache.set(key, { version: document.version, generation: this.store.generation, items });
    return items;
  }

  /**
   * The selectors to store for an annotation file when a person changes it: where it stands now if it is
   * anchored with confidence in the open document, else the ones it has.
   */
  current(file: LoadedFile): Selectors {
    const memo = this.tracked.get(file.uri.toString());
    return memo && memo.basis === file.text ? memo.selectors : file.annotation.target.selector;
  }

  private anchorFile(text: string, file: LoadedFile): Anchor {
    const fileKey = file.uri.toString();
    const stored = file.annotation.target.selector;
    const memo = this.tracked.get(fileKey);
    const fromMemo = memo && memo.basis === file.text ? anchor(text, memo.selectors[0], memo.selectors[1]) : undefined;
    const confident = (a: Anchor | undefined): a is Extract<Anchor, { status: 'anchored' }> => a?.status === 'anchored' && !a.needsReview;
    const result = confident(fromMemo) ? fromMemo : anchor(text, stored[0], stored[1]);
    if (confident(result)) this.tracked.set(fileKey, { basis: file.text, selectors: makeSelectors(text, result.start, result.end) });
    return result;
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }
}
