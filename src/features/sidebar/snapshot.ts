import * as vscode from 'vscode';
import { describeBasis, formatFigureValue, type AnnotationRef, type DocumentModel, type Excerpt } from '../../core';
import { lineOf } from '../../host/ranges';
import { LIST_LIMIT, type Place, type Snapshot } from '../../shared/protocol';
import type { AnchoredAnnotation } from '../../host/annotationAnchors';

/** The distinct authors behind a model item, for its badge. */
function authors(refs: readonly AnnotationRef[] | undefined): string[] {
  return [...new Set((refs ?? []).map((r) => r.author))];
}

/** Builds the sidebar's view of a document's model: actors by mentions, their interests, disputes. */
export function buildSnapshot(document: vscode.TextDocument, model: DocumentModel, anchored: readonly AnchoredAnnotation[] = []): Snapshot {
  const place = (e: Excerpt): Place => ({ start: e.start, end: e.end, line: lineOf(document, e.start), text: e.text });
  const actorNames = new Map(model.actors.map((a) => [a.id, a.name]));
  const name = (id: string | null) => (id === null ? null : actorNames.get(id) ?? id);
  // One pass each over interests and figures, grouped by actor (not a scan of every list per actor).
  const interestsOf = new Map<string, Array<DocumentModel['interests'][number]>>();
  for (const i of model.interests) push(interestsOf, i.actor, i);
  const claimsOf = new Map<string, Array<DocumentModel['figures'][number]>>();
  for (const f of model.figures) if (f.claimant !== null) push(claimsOf, f.claimant, f);
  const actors = [...model.actors]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start)
    .map((a) => {
      const interests = interestsOf.get(a.id) ?? [];
      const claims = claimsOf.get(a.id) ?? [];
      return {
        id: a.id,
        name: a.name,
        kind: a.kind,
        aliases: a.aliases,
        mentions: a.mentions.slice(0, LIST_LIMIT).map(place),
        mentionCount: a.mentions.length,
        interests: interests.slice(0, LIST_LIMIT)
          .map((i) => ({ interest: i.interest, claimedBy: name(i.claimedBy), basis: describeBasis(i.attribution, i.claimBasis), evidence: place(i.evidence), authors: authors(i.annotatedBy) })),
        interestCount: interests.length,
        claims: claims.slice(0, LIST_LIMIT).map((f) => ({ ...place(f), value: formatFigureValue(f) })),
        claimCount: claims.length,
        authors: authors(a.annotatedBy),
      };
    });
  const figureById = new Map(model.figures.map((f) => [f.id, f]));
  const disputes = model.disputes.map((d) => ({
    id: d.id,
    subject: d.subject,
    message: d.message,
    figureCount: d.figures.length,
    figures: d.figures.slice(0, LIST_LIMIT)
      .map((id) => figureById.get(id))
      .filter((f) => f !== undefined)
      .map((f) => ({ ...place(f), value: formatFigureValue(f), claimant: name(f.claimant) ?? 'the article', basis: describeBasis(f.attribution, f.claimBasis), authors: authors(f.annotatedBy) })),
    review: d.review ? { status: d.review.status, author: d.review.author, comment: d.review.comment } : null,
  }));
  const parts = document.uri.path.split('/');
  const annotations = anchored.map(({ annotation: a, anchor, replies }) => ({
    id: a.id,
    kind: a.body.kind,
    value: a.body.value,
    author: a.creator.name,
    status: a.body.fields?.status ?? null,
    quote: a.target.selector[0].exact,
    place: anchor.status === 'anchored' ? place({ start: anchor.start, end: anchor.end, text: document.getText().slice(anchor.start, anchor.end) }) : null,
    needsReview: anchor.status === 'anchored' && anchor.needsReview,
    replies: replies.slice(0, LIST_LIMIT).map((r) => ({ id: r.id, author: r.creator.name, value: r.body.value })),
    replyCount: replies.length,
  }));
  return { uri: document.uri.toString(), fileName: parts[parts.length - 1] || document.uri.toString(), version: document.version, actors, disputes, annotations };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
