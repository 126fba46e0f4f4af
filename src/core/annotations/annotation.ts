/**
 * Workspace annotations in the W3C Web Annotation data model (https://www.w3.org/TR/annotation-model/).
 * One annotation is one JSON file, so that two people adding or editing different annotations never
 * touch the same file and `git merge` has nothing to conflict on.
 */

/** The kinds of annotation a person can make. */
export type AnnotationKind = 'note' | 'actor' | 'interest' | 'claim' | 'dispute-review';

/** What an actor annotation does, in `body.fields.action`. */
export type ActorAction = 'declare' | 'alias' | 'rename' | 'merge' | 'not-an-actor';
export const ACTOR_ACTIONS: readonly ActorAction[] = ['declare', 'alias', 'rename', 'merge', 'not-an-actor'];

/** A dispute review's verdict, in `body.fields.status`. */
export type ReviewStatus = 'confirmed' | 'not-a-dispute' | 'resolved';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['confirmed', 'not-a-dispute', 'resolved'];

/** TextQuoteSelector: the exact text with up to 32 characters of context on each side. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** TextPositionSelector: UTF-16 code unit offsets into the document text, `end` exclusive. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** What the annotation says, by kind. Values are plain strings so the files stay readable and diffable. */
export interface AnnotationBody {
  readonly type: 'TextualBody';
  readonly purpose: 'commenting' | 'describing' | 'tagging' | 'assessing';
  readonly kind: AnnotationKind;
  /** The note's Markdown text, the actor's name, the interest, or the review comment. */
  readonly value: string;
  /** Kind-specific fields: `actor`, `claimedBy`, `claimant`, `subject`, `status` ("confirmed", "not-a-dispute", "resolved"). */
  readonly fields?: Readonly<Record<string, string>>;
}

/** One annotation of one document. */
export interface Annotation {
  readonly '@context': 'http://www.w3.org/ns/anno.jsonld';
  readonly id: string;
  readonly type: 'Annotation';
  readonly creator: { readonly type: 'Person'; readonly name: string };
  readonly created: string;
  readonly modified: string;
  readonly body: AnnotationBody;
  readonly target: {
    /** The document's workspace-relative path, with forward slashes. */
    readonly source: string;
    readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
  };
}

/** How much context the quote selector keeps on each side. */
export const CONTEXT_LENGTH = 32;

/** Builds the two selectors for a span of a document's text. */
export function makeSelectors(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
