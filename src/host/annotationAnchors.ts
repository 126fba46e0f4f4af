import * as vscode from 'vscode';
import { anchor, type Anchor, type Annotation } from '../core';
import type { AnnotationStore } from './annotationStore';

/** An annotation with where it lands in the document's current text. */
export interface AnchoredAnnotation {
  readonly annotation: Annotation;
  readonly anchor: Anchor;
}

/** Re-anchors a document's annotations, once per document version and store state. */
export class AnnotationAnchors {
  private readonly cache = new Map<string, { version: number; generation: number; items: AnchoredAnnotation[] }>();

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
    const items = this.store.forDocument(document.uri).map((annotation) => {
      const [quote, position] = annotation.target.selector;
      return { annotation, anchor: anchor(text, quote, position) };
    });
    this.cache.set(key, { version: document.version, generation: this.store.generation, items });
    return items;
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }
}
