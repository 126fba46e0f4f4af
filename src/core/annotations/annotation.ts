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

/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Marginalia's own terms, for the fields beyond the W3C model (`body.kind`, `body.fields`), as an inline
 * JSON-LD context written after the W3C one, so that a JSON-LD processor keeps them when it expands a file
 * or an exported collection instead of dropping them. `urn:marginalia:` is a name for the terms, never
 * fetched. `fields` is a JSON literal: its keys are Marginalia's, not linked data. `assessing` is the W3C
 * motivation oa:assessing, which the published anno.jsonld does not name (it would expand as a relative IRI).
 */
export const MARGINALIA_TERMS = {
  '@version': 1.1,
  marginalia: 'urn:marginalia:',
  kind: 'marginalia:kind',
  fields: { '@id': 'marginalia:fields', '@type': '@json' },
  // A W3C motivation (a dispute review's purpose) that the W3C context itself leaves out.
  assessing: 'http://www.w3.org/ns/oa#assessing',
} as const;

/** The `@context` every file is written with: the W3C context, then Marginalia's terms. */
export const FILE_CONTEXT = [ANNO_CONTEXT, MARGINALIA_TERMS] as const;

/** One annotation of one document. */
export interface Annotation {
  /** The W3C context it follows; files are written with {@link FILE_CONTEXT}. */
  readonly '@context': typeof ANNO_CONTEXT;
  readonly id: string;
  readonly type: 'Annotation';
  readonly creator: { readonly type: 'Person'; readonly name: string };
  readonly created: string;
  readonly modified: string;
  readonly body: AnnotationBody;
  readonly target: {
    /**
     * The document's workspace-relative path, with forward slashes (`*` for a team vocabulary rule). On disk
     * it is written as an IRI reference relative to the workspace folder (spaces and `%`, `#`, `?` escaped).
     */
    readonly source: string;
    readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
  };
}

/**
 * An answer to an annotation (a note or a dispute review), in its comment thread: an annotation of its own
 * with motivation `replying` whose target is the id of the annotation it answers, as the W3C model has
 * replies. One file each, so replies from two clones merge in git like any other annotation.
 */
export interface Reply {
  readonly '@context': typeof ANNO_CONTEXT;
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'replying';
  readonly creator: { readonly type: 'Person'; readonly name: string };
  readonly created: string;
  readonly modified: string;
  readonly body: { readonly type: 'TextualBody'; readonly purpose: 'replying'; readonly kind: 'reply'; readonly value: string };
  /** The id of the annotation answered (the thread's first annotation). */
  readonly target: string;
}

/** The kinds of annotation a reply may answer: those shown as a comment thread. */
export const THREAD_KINDS: readonly AnnotationKind[] = ['note', 'dispute-review'];

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
