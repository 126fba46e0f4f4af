import * as vscode from 'vscode';
import { describeBasis, formatFigureValue, type AnnotationRef, type DocumentModel, type Excerpt } from '../../core';
import { lineOf } from '../../host/ranges';
import type { Place, Snapshot } from '../../shared/protocol';
import type { AnchoredAnnotation } from '../../host/annotationAnchors';

/** The distinct authors behind a model item, for its badge. */
function authors(refs: readonly AnnotationRef[] | undefined): string[] {
  return [...new Set((refs ?? []).map((r) => r.author))];
}

/** Builds the sidebar's view of a document's model: actors by mentions, their interests, disputes. */
export function buildSnapshot(document: vscode.TextDocument, model: DocumentModel, anchored: readonly AnchoredAnnotation[] = []): Snapshot {
  const place = (e: Excerpt): Place => ({ start: e.start, end: e.end, line: lineOf(document, e.start), text: e.text });
  const name = (id: string | null) => (id === null ? null : model.actors.find((a) => a.id === id)?.name ?? id);
  const actors = [...model.actors]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start)
    .map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      mentions: a.mentions.map(place),
      interests: model.interests
        .filter((i) => i.actor === a.id)
        .map((i) => ({ interest: i.interest, claimedBy: name(i.claimedBy), basis: describeBasis(i.attribution, i.claimBasis), evidence: place(i.evidence), authors: authors(i.annotatedBy) })),
      claims: model.figures.filter((f) => f.claimant === a.id).map((f) => ({ ...place(f), value: formatFigureValue(f) })),
      authors: authors(a.annotatedBy),
    }));
  const disputes = model.disputes.map((d) => ({
    id: d.id,
    subject: d.subject,
    message: d.message,
    figures: d.figures
      .map((id) => model.figures.find((f) => f.id === id))
      .filter((f) => f !== undefined)
      .map((f) => ({ ...place(f), value: formatFigureValue(f), claimant: name(f.claimant) ?? 'the article', basis: describeBasis(f.attribution, f.claimBasis), authors: authors(f.annotatedBy) })),
    review: d.review ? { status: d.review.status, author: d.review.author, comment: d.review.comment } : null,
  }));
  const parts = document.uri.path.split('/');
  const annotations = anchored.map(({ annotation: a, anchor }) => ({
    id: a.id,
    kind: a.body.kind,
    value: a.body.value,
    author: a.creator.name,
    status: a.body.fields?.status ?? null,
    quote: a.target.selector[0].exact,
    place: anchor.status === 'anchored' ? place({ start: anchor.start, end: anchor.end, text: document.getText().slice(anchor.start, anchor.end) }) : null,
    needsReview: anchor.status === 'anchored' && anchor.needsReview,
  }));
  return { uri: document.uri.toString(), fileName: parts[parts.length - 1] || document.uri.toString(), version: document.version, actors, disputes, annotations };
}
