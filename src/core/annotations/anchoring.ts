import type { TextPositionSelector, TextQuoteSelector } from './annotation';

/** Where an annotation lands in the current text, or why it cannot. */
export type Anchor =
  | {
      readonly status: 'anchored';
      readonly start: number;
      readonly end: number;
      /** 1 for the stored position or an exact quote in its context; lower for approximate matches. */
      readonly confidence: number;
      readonly method: 'position' | 'exact' | 'approximate';
      /** True when the match is good enough to keep but a person should look at it. */
      readonly needsReview: boolean;
    }
  | { readonly status: 'orphan'; readonly reason: string };

/** Below this confidence an approximate match is not taken: the annotation becomes an orphan. */
export const MIN_CONFIDENCE = 0.75;
/** Below this confidence a match is kept but flagged for review. */
export const REVIEW_CONFIDENCE = 0.9;
/** The most edits (insertions, deletions, substitutions) an approximate match may have, as a share of the quote. */
const MAX_ERROR_RATE = 0.2;
/** How far around the stored position the approximate search looks first, in characters. */
const NEAR_WINDOW = 4_000;
/** The approximate search costs text × quote steps; above this budget it only searches near the stored position. */
const FULL_SEARCH_BUDGET = 20_000_000;
const MAX_EXACT_CANDIDATES = 10_000;

/** Length of the longest common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Length of the longest common prefix of a and b. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** How well the text around [start, end) matches the stored prefix and suffix: 0 to 1 each. */
function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): [number, number] {
  const prefix = quote.prefix.length === 0 ? 1 : commonSuffix(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix) / quote.prefix.length;
  const suffix = quote.suffix.length === 0 ? 1 : commonPrefix(text.slice(end, end + quote.suffix.length), quote.suffix) / quote.suffix.length;
  return [prefix, suffix];
}

/**
 * Re-anchors an annotation in the current text: its stored position if the text there still equals its
 * quote; else the exact quote whose context best matches (nearest the old position on a tie); else an
 * approximate match within a bounded error, scored on quote, prefix, suffix and distance. A low-confidence
 * match is flagged for review; no acceptable match makes an orphan. Never throws.
 */
export function anchor(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Anchor {
  const exact = quote.exact;
  if (exact.length === 0) return { status: 'orphan', reason: 'the annotation quotes no text' };
  if (position && position.start >= 0 && position.end <= text.length && text.slice(position.start, position.end) === exact) {
    return { status: 'anchored', start: position.start, end: position.end, confidence: 1, method: 'position', needsReview: false };
  }
  const oldStart = position?.start ?? 0;

  // Exact occurrences, best context first, then nearest.
  let best: { start: number; score: number; distance: number } | null = null;
  let count = 0;
  for (let at = text.indexOf(exact); at >= 0 && count < MAX_EXACT_CANDIDATES; at = text.indexOf(exact, at + 1), count++) {
    const [p, s] = contextScore(text, at, at + exact.length, quote);
    const score = (p + s) / 2;
    const distance = Math.abs(at - oldStart);
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && distance < best.distance)) best = { start: at, score, distance };
  }
  if (best) {
    // With the context gone and the quote found more than once, the choice is a guess: ask for review.
    const ambiguous = count > 1 && best.score < 0.5;
    return {
      status: 'anchored', start: best.start, end: best.start + exact.length, method: 'exact', needsReview: ambiguous,
      confidence: ambiguous ? 0.8 : 1,
    };
  }

  const near = approximate(text, quote, Math.max(0, oldStart - NEAR_WINDOW), Math.min(text.length, oldStart + exact.length + NEAR_WINDOW), oldStart);
  const found = near ?? (text.length * exact.length <= FULL_SEARCH_BUDGET ? approximate(text, quote, 0, text.length, oldStart) : null);
  if (!found || found.confidence < MIN_CONFIDENCE) {
    return { status: 'orphan', reason: found ? `the closest match is too different (confidence ${found.confidence.toFixed(2)})` : 'the quoted text is no longer in the document' };
  }
  return { status: 'anchored', start: found.start, end: found.end, confidence: found.confidence, method: 'approximate', needsReview: found.confidence < REVIEW_CONFIDENCE };
}

/**
 * Best approximate occurrence of the quote in text[from, to): Sellers' dynamic programme over edit
 * distance (the match may start anywhere), O((to - from) × quote length).
 */
function approximate(text: string, quote: TextQuoteSelector, from: number, to: number, oldStart: number):
  { start: number; end: number; confidence: number } | null {
  const p = quote.exact;
  const m = p.length;
  const maxErrors = Math.floor(m * MAX_ERROR_RATE);
  if (m === 0 || to - from < m - maxErrors) return null;
  // prev[i] = edit distance of p[0..i) against the best text substring ending at the current position;
  // startOf[i] = where that substring starts.
  let prev = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prev[i] = i;
    prevStart[i] = from;
  }
  let best: { start: number; end: number; errors: number } | null = null;
  for (let j = from; j < to; j++) {
    cur[0] = 0;
    curStart[0] = j + 1;
    const c = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (p.charCodeAt(i - 1) === c ? 0 : 1);
      const del = prev[i] + 1;
      const ins = cur[i - 1] + 1;
      if (sub <= del && sub <= ins) {
        cur[i] = sub;
        curStart[i] = prevStart[i - 1];
      } else if (del <= ins) {
        cur[i] = del;
        curStart[i] = prevStart[i];
      } else {
        cur[i] = ins;
        curStart[i] = curStart[i - 1];
      }
    }
    const errors = cur[m];
    if (errors <= maxErrors) {
      const start = curStart[m];
      const end = j + 1;
      if (!best || errors < best.errors || (errors === best.errors && Math.abs(start - oldStart) < Math.abs(best.start - oldStart))) best = { start, end, errors };
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  if (!best) return null;
  const [prefix, suffix] = contextScore(text, best.start, best.end, quote);
  const quoteScore = 1 - best.errors / m;
  return { start: best.start, end: best.end, confidence: 0.7 * quoteScore + 0.15 * prefix + 0.15 * suffix };
}
