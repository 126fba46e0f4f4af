import * as vscode from 'vscode';
import { applyAnnotations, ModelIndex, type PlacedAnnotation } from '../core';
import type { AnchoredAnnotation, AnnotationAnchors } from './annotationAnchors';
import type { Config } from './config';
import type { CachedModel, ModelCache } from './modelCache';

/** A document's model with the team's annotations applied, and where each annotation landed. */
export interface AnnotatedModel extends CachedModel {
  /** Every annotation of the document, orphans included. */
  readonly anchored: readonly AnchoredAnnotation[];
}

/**
 * The model every surface shows: the automatic analysis with people's annotations applied (they override
 * and extend it). Recomputed only when the analysis or the annotations change; the analysis itself is
 * never re-run for an annotation change.
 */
export class AnnotatedModels {
  private readonly memo = new Map<string, { base: CachedModel; anchored: readonly AnchoredAnnotation[]; result: AnnotatedModel }>();

  constructor(private readonly cache: ModelCache, readonly anchors: AnnotationAnchors, private readonly config: Config) {}

  async get(document: vscode.TextDocument): Promise<AnnotatedModel> {
    const [base] = await Promise.all([this.cache.get(document), this.anchors.ready]);
    // A model of an older version cannot take anchors computed on the current text.
    if (base.version !== document.version || base.skipped) return { ...base, anchored: base.skipped ? this.anchors.for(document) : [] };
    const anchored = this.anchors.for(document);
    const key = document.uri.toString();
    const hit = this.memo.get(key);
    if (hit && hit.base === base && hit.anchored === anchored) return hit.result;
    const placed: PlacedAnnotation[] = [];
    for (const { annotation, anchor } of anchored) if (anchor.status === 'anchored') placed.push({ annotation, start: anchor.start, end: anchor.end });
    const model = applyAnnotations(base.model, document.getText(), placed, { disputeSeverity: this.config.disputeSeverity(document.uri) });
    const result: AnnotatedModel = model === base.model ? { ...base, anchored } : { ...base, model, index: new ModelIndex(model), anchored };
    this.memo.set(key, { base, anchored, result });
    return result;
  }

  /** The annotated model of the document's current version if it has been computed, without starting any work. */
  peek(document: vscode.TextDocument): AnnotatedModel | undefined {
    const hit = this.memo.get(document.uri.toString());
    return hit && hit.result.version === document.version && this.cache.peek(document) === hit.base ? hit.result : undefined;
  }

  forget(uri: vscode.Uri): void {
    this.memo.delete(uri.toString());
  }
}
