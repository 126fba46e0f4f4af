import { CONTEXT_LENGTH, type TextPositionSelector, type TextQuoteSelector } from './annotation';
import { ContextScorer, quoteErrorsFrom, sideLengths } from './contextErrors';
import { approximateCandidates, exactCandidates, MAX_ERROR_RATE, type Candidate } from './quoteSearch';

/** Where an annotation lands in the current text, or why it cannot. */
export type Anchor =
  | {
      readonly status: 'anchored';
      readonly start: number;
      readonly end: number;
      /** How much of the recorded quote (half the weight) and of its context (the other half) matches there: 0 to 1. */
      readonly confidence: number;
      readonly method: 'position' | 'exact' | 'approximate';
      /**
       * False only when the place is certain: the quote (exact, or a long one barely changed) with its context
       * on both sides, and no other place in the text with the quote and more of its context than chance
       * gives; or the quote in its whole context exactly at the stored position.
       */
      readonly needsReview: boolean;
    }
  | { readonly status: 'orphan'; readonly reason: string };

/** No anchor is returned below this confidence: the annotation becomes an orphan. */
export const MIN_CONFIDENCE = 0.4;
/** Every anchor below this confidence is flagged for review (others may be flagged too, when ambiguous). */
export const REVIEW_CONFIDENCE = 0.6;
/** A certain anchor's context: at most this share of the stored context edited in all, ... */
const CONTEXT_HOLDS = 0.25;
/**
 * ... at most this many errors plus half the quote's length (a word or a figure says little by itself, so
 * its context must say more: in the test corpus a common word's other occurrences come within 13 errors), ...
 */
const SHORT_QUOTE_CONTEXT_ERRORS = 8;
/** ... and at most this share on either side. A place with more of its context than this share edited has none. */
const SIDE_HOLDS = 0.5;
/** A certain approximate anchor has at most this share of the quote edited, and is at least `DISTINCT_QUOTE` long. */
const CONFIDENT_ERROR_RATE = 0.1;
/** Words this long are evidence by themselves: found approximately without their context, they are flagged, not orphaned ... */
const DISTINCT_QUOTE = 32;
/** ... and found exactly without it, at this length. */
const DISTINCT_EXACT_QUOTE = 16;
/** How much better than a copy within its context window the chosen place must be (in errors) to be certain. */
const NEIGHBOUR_MARGIN = 8;
/**
 * How much better than a copy elsewhere the chosen place must be, as a share of the context's length: a
 * note in its whole context does not become a guess because the article repeats a few of those words
 * elsewhere ("Kim Jong Un, publicly acknowledged" twice).
 */
const FAR_MARGIN_RATE = 0.25;
/**
 * A quote shorter than `DISTINCT_EXACT_QUOTE` whose text changed right at both its edges (the first this
 * many characters on each side) is not certain: the edit was at the annotated words themselves, and the
 * same words a few characters away (the other "50" of "50-50") are as likely as the place.
 */
const EDGE = 4;

/** How far an approximate match's ends may move when they are settled against the context. */
const SETTLE = 2;
/** Quotes up to this length have their approximate ends settled (it costs 5 × quote² steps). */
const SETTLE_LIMIT = 64;

/** A candidate with the edit distances of its context. */
interface Scored extends Candidate {
  readonly prefixErrors: number;
  readonly suffixErrors: number;
}

/**
 * Re-anchors an annotation in the current text. Candidates are the exact occurrences of the quote and, unless
 * one of them stands in its whole context, its approximate places, found through its whole recorded text
 * (prefix, quote, suffix) with Myers' bit-parallel search; each is scored by the edit distance of its quote
 * and of each side of its context. The best is kept. It is certain only when its context holds and no other
 * place has the quote with more of its context than chance; else it is flagged for review, or, for a short
 * quote found only without its context, it becomes an orphan (the note itself is kept). The stored position
 * breaks ties, and the quote in its whole context at exactly that position is certain. Bounded work for any
 * quote length (see `approximateCandidates`). Never throws.
 */
export function anchor(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Anchor {
  if (quote.exact.length === 0) return { status: 'orphan', reason: 'the annotation quotes no text' };
  const context = new ContextScorer(quote);
  const score = (c: Candidate): Scored => ({ ...c, prefixErrors: context.prefixErrors(text, c.start), suffixErrors: context.suffixErrors(text, c.end) });
  const exact = exactCandidates(text, quote.exact);
  const scored = exact.candidates.map(score);
  const decideNow = () => decide(text, quote, context, scored, exact.complete, position);
  // Beside an exact occurrence in its whole context no approximate one can be better: no search is needed.
  if (scored.some((c) => total(c) === 0)) return decideNow();
  const seen = new Set(scored.map((c) => `${c.start}:${c.end}`));
  const add = (found: readonly Candidate[]) => {
    for (const c of found) {
      if (seen.has(`${c.start}:${c.end}`)) continue;
      seen.add(`${c.start}:${c.end}`);
      scored.push(score(c));
    }
  };
  const approximate = approximateCandidates(text, quote);
  add(approximate.candidates);
  const first = decideNow();
  // Only a certain answer needs the next tier: a rival placed as well there would make it a guess.
  if (first.status === 'orphan' || first.needsReview) return first;
  add(approximate.next());
  return decideNow();
}

const total = (c: Scored) => c.quoteErrors + c.prefixErrors + c.suffixErrors;

function decide(text: string, quote: TextQuoteSelector, context: ContextScorer, candidates: readonly Scored[], complete: boolean, position?: TextPositionSelector): Anchor {
  const hint = position?.start ?? 0;
  let found: Scored | undefined;
  for (const c of candidates) {
    if (!found || total(c) < total(found) || (total(c) === total(found) && Math.abs(c.start - hint) < Math.abs(found.start - hint))) found = c;
  }
  if (!found) return { status: 'orphan', reason: 'the quoted text is no longer in the document' };
  const best = settle(text, quote, context, found);
  const m = quote.exact.length;
  const [p, s] = sideLengths(quote);
  const confidence = 0.5 * Math.max(0, 1 - best.quoteErrors / m) + 0.5 * (p + s === 0 ? 1 : Math.max(0, 1 - (best.prefixErrors + best.suffixErrors) / (p + s)));
  // The quote in its whole context exactly where it was recorded: the document did not change before it,
  // and a copy elsewhere does not make that a guess, unless that copy too stands in the whole context: then
  // an edit before the quote may have moved it away and shifted its twin (a duplicated sentence) onto this
  // very offset, and only the reader can tell which is the place.
  const twin = candidates.some((c) => c !== best && c.start !== best.start && total(c) === 0);
  const unmoved = !twin && total(best) === 0 && position !== undefined && best.start === position.start && best.end === position.end;
  const rival = !unmoved && candidates.some((c) => c !== found && c !== best && isRival(c, best, quote));
  // Changed words are certain only in a long quote, changed a little, with its figures unchanged.
  const wordsHold = best.quoteErrors === 0 || (m >= DISTINCT_QUOTE && best.quoteErrors <= CONFIDENT_ERROR_RATE * m
    && digits(text.slice(best.start, best.end)) === digits(quote.exact));
  const edited = m < DISTINCT_EXACT_QUOTE && edgesChanged(text, best, quote);
  const certain = complete && !rival && wordsHold && !edited && contextHolds(best, quote) && confidence >= REVIEW_CONFIDENCE;
  const distinct = m >= (best.quoteErrors === 0 ? DISTINCT_EXACT_QUOTE : DISTINCT_QUOTE);
  if (!certain && !((hasContext(best, quote) || distinct) && confidence >= MIN_CONFIDENCE)) {
    return { status: 'orphan', reason: best.quoteErrors === 0
      ? 'the quoted text is only elsewhere in the document, without its context'
      : `the closest match is too different (confidence ${confidence.toFixed(2)})` };
  }
  const method = best.quoteErrors > 0 ? 'approximate' : unmoved || (position && best.start === position.start && best.end === position.end) ? 'position' : 'exact';
  return { status: 'anchored', start: best.start, end: best.end, confidence, method, needsReview: !certain };
}

/**
 * The stored context still stands beside the candidate: in all at most `CONTEXT_HOLDS` of it edited (and at
 * most `SHORT_QUOTE_CONTEXT_ERRORS` plus half the quote's length), and at most `SIDE_HOLDS` on either side.
 */
function contextHolds(c: Scored, quote: TextQuoteSelector): boolean {
  const [p, s] = sideLengths(quote);
  const budget = Math.min(CONTEXT_HOLDS * (p + s), SHORT_QUOTE_CONTEXT_ERRORS + quote.exact.length / 2);
  return c.prefixErrors + c.suffixErrors <= budget && c.prefixErrors <= SIDE_HOLDS * p && c.suffixErrors <= SIDE_HOLDS * s;
}

/** The candidate has more of the stored context than chance gives (unrelated English text matches about a third). */
function hasContext(c: Scored, quote: TextQuoteSelector): boolean {
  const [p, s] = sideLengths(quote);
  return c.prefixErrors + c.suffixErrors <= SIDE_HOLDS * (p + s);
}

/**
 * Whether `c` could as well be where the note was as `chosen`: another place (not the same words found twice)
 * with the quote and more of its context than chance, or with changed words and its context. A copy within
 * the chosen one's context window shares that context, so it is a rival only when about as good.
 */
function isRival(c: Scored, chosen: Scored, quote: TextQuoteSelector): boolean {
  const m = quote.exact.length;
  const elsewhere = c.quoteErrors === 0 && chosen.quoteErrors === 0 ? c.start !== chosen.start : c.end <= chosen.start || chosen.end <= c.start;
  if (!elsewhere || c.quoteErrors > Math.floor(m * MAX_ERROR_RATE)) return false;
  if (!(c.quoteErrors === 0 ? hasContext(c, quote) : contextHolds(c, quote))) return false;
  const neighbour = Math.abs(c.start - chosen.start) < CONTEXT_LENGTH + m;
  const [p, s] = sideLengths(quote);
  return total(c) < total(chosen) + (neighbour ? NEIGHBOUR_MARGIN : Math.max(NEIGHBOUR_MARGIN, FAR_MARGIN_RATE * (p + s)));
}

const digits = (s: string) => s.replace(/\D/g, '');

/** True when the text right before and right after the candidate both differ from the stored context there. */
function edgesChanged(text: string, c: Scored, quote: TextQuoteSelector): boolean {
  const before = quote.prefix.slice(-EDGE);
  const after = quote.suffix.slice(0, EDGE);
  if (before.length === 0 || after.length === 0) return false;
  return text.slice(Math.max(0, c.start - before.length), c.start) !== before && text.slice(c.end, c.end + after.length) !== after;
}

/**
 * An approximate match's ends moved by up to `SETTLE` characters each, to where quote and context together
 * match best: the bit-parallel search reports the longest of equally good alignments, and the one the
 * context agrees with is where the words stand.
 */
function settle(text: string, quote: TextQuoteSelector, context: ContextScorer, c: Scored): Scored {
  if (c.quoteErrors === 0 || quote.exact.length > SETTLE_LIMIT) return c;
  let best = c;
  const to = Math.min(text.length, c.end + SETTLE);
  const suffixes = new Map<number, number>();
  for (let end = Math.max(1, c.end - SETTLE); end <= to; end++) suffixes.set(end, context.suffixErrors(text, end));
  for (let start = Math.max(0, c.start - SETTLE); start <= c.start + SETTLE && start < to; start++) {
    const row = quoteErrorsFrom(text, start, to, quote.exact);
    const prefix = context.prefixErrors(text, start);
    for (let end = Math.max(start + 1, c.end - SETTLE); end <= to; end++) {
      const moved = { start, end, quoteErrors: row[end - start], prefixErrors: prefix, suffixErrors: suffixes.get(end) ?? 0 };
      if (total(moved) < total(best)) best = moved;
    }
  }
  return best;
}
