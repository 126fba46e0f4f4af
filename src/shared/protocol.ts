/**
 * Messages between the sidebar webview and the extension. No `vscode`, DOM or Node imports: both sides
 * compile this file.
 */

/** A place in the document the webview can ask to reveal. */
export interface Place {
  readonly start: number;
  readonly end: number;
  /** 1-based line, for display. */
  readonly line: number;
  readonly text: string;
}

/** A claimed interest as the sidebar lists it. */
export interface InterestItem {
  readonly interest: string;
  /** Display name of the source, or `null` for the article's own voice. */
  readonly claimedBy: string | null;
  /** How the source was read ("“analysts say” — source, then a reporting verb"), or `null` when none was. */
  readonly basis: string | null;
  readonly evidence: Place;
  /** Authors of the annotations that added it; empty when the analysis found it. */
  readonly authors: readonly string[];
}

/** An actor as the sidebar lists it. */
export interface ActorItem {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly aliases: readonly string[];
  /** The first {@link LIST_LIMIT} mentions; `mentionCount` says how many there are in all. */
  readonly mentions: readonly Place[];
  readonly mentionCount: number;
  /** The first {@link LIST_LIMIT} claimed interests, of `interestCount`. */
  readonly interests: readonly InterestItem[];
  readonly interestCount: number;
  /** The first {@link LIST_LIMIT} figures this actor claims, with their normalised values, of `claimCount`. */
  readonly claims: ReadonlyArray<Place & { readonly value: string }>;
  readonly claimCount: number;
  /** Authors of the annotations that declared, renamed or merged it; empty when the analysis found it. */
  readonly authors: readonly string[];
}

/**
 * The most items of one list (an actor's mentions, interests, claims) a snapshot carries: a 3 MB document
 * has actors with thousands of each, and sending them all made every update megabytes long.
 */
export const LIST_LIMIT = 100;

/** A person's annotation as the sidebar lists it; `place` is null for an orphan. */
export interface AnnotationItem {
  readonly id: string;
  readonly kind: string;
  readonly value: string;
  readonly author: string;
  readonly status: string | null;
  readonly quote: string;
  readonly place: Place | null;
  readonly needsReview: boolean;
  /** The first {@link LIST_LIMIT} replies in its thread, oldest first, of `replyCount`. */
  readonly replies: ReadonlyArray<{ readonly id: string; readonly author: string; readonly value: string }>;
  readonly replyCount: number;
}

/** A disputed quantity with its rival figures. */
export interface DisputeItem {
  readonly id: string;
  readonly subject: string;
  readonly message: string;
  /** The first {@link LIST_LIMIT} rival figures, of `figureCount`. */
  readonly figures: ReadonlyArray<Place & { readonly value: string; readonly claimant: string; readonly basis: string | null; readonly authors: readonly string[] }>;
  readonly figureCount: number;
  /** A person's review: "confirmed" or "resolved", by whom, with their comment. */
  readonly review: { readonly status: string; readonly author: string; readonly comment: string } | null;
}

/** Everything the sidebar shows for one document. */
export interface Snapshot {
  readonly uri: string;
  readonly fileName: string;
  readonly version: number;
  /** Actors sorted by number of mentions, most first. */
  readonly actors: readonly ActorItem[];
  readonly disputes: readonly DisputeItem[];
  /** The document's workspace annotations, orphans included. */
  readonly annotations: readonly AnnotationItem[];
}

/** Why the sidebar has nothing to show: `declined` is a document whose shape the parser is too slow on. */
export type EmptyReason = 'no-document' | 'disabled' | 'too-large' | 'declined';

/** Extension → webview. */
export type ToWebview =
  | { readonly type: 'snapshot'; readonly snapshot: Snapshot }
  /** `detail`: for `declined`, why (a clause: "it is too dense in …"). */
  | { readonly type: 'empty'; readonly reason: EmptyReason; readonly detail?: string };

/** Webview → extension. */
export type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly uri: string; readonly start: number; readonly end: number }
  | { readonly type: 'deleteAnnotation'; readonly id: string }
  | { readonly type: 'editAnnotation'; readonly id: string }
  | { readonly type: 'reattachAnnotation'; readonly id: string }
  | { readonly type: 'replyToAnnotation'; readonly id: string };

/**
 * Annotation ids as Marginalia stores them (the same rule as `idProblem` in core): `urn:uuid:` and a UUID,
 * or, for older and hand-written files, a safe file name: letters, digits, `.`, `_`, `-`, starting with a
 * letter or digit, not ending in a dot, and no device name Windows reserves.
 */
export const ANNOTATION_ID = /^(?:urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?!(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$))[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?<!\.))$/i;

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Validates a message from the webview before the extension acts on it. */
export function parseFromWebview(message: unknown): FromWebview | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      if (typeof m.uri !== 'string' || m.uri.length > 4096 || !isInt(m.start) || !isInt(m.end) || m.end < m.start) return null;
      return { type: 'reveal', uri: m.uri, start: m.start, end: m.end };
    case 'deleteAnnotation':
    case 'editAnnotation':
    case 'reattachAnnotation':
    case 'replyToAnnotation':
      if (typeof m.id !== 'string' || !ANNOTATION_ID.test(m.id)) return null;
      return { type: m.type, id: m.id };
    default:
      return null;
  }
}
