import search from 'approx-string-match';
import type { TextQuoteSelector } from './annotation';
import { sideLengths } from './contextErrors';

/** One place where the quote may stand now, and the edit distance between the text there and the quote. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly quoteErrors: number;
}

/** The most edits an approximate match of the quote may have, as a share of the quote's length. */
export const MAX_ERROR_RATE = 0.2;
/** Exact occurrences looked at; a quote found more often than this is never anchored confidently. */
export const MAX_EXACT_CANDIDATES = 1_000;
/**
 * Above this many characters a quote is matched in chunks (found by exact seeds, then aligned piece by piece
 * in a small window), because one bit-parallel alignment of the whole quote costs quote² / 32 steps.
 */
export const LONG_QUOTE = 1_024;
/** Matches of the whole recorded text kept per search: one alignment can end at several adjacent places. */
const MAX_REGIONS = 16;
/** A character the text is masked with once a region has been reported, so the next search finds the next one. */
const MASK = '\uffff';

/** Every exact occurrence of the quote, up to `MAX_EXACT_CANDIDATES`; `complete` is false when there were more. */
export function exactCandidates(text: string, exact: string): { candidates: Candidate[]; complete: boolean } {
  const candidates: Candidate[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    if (candidates.length === MAX_EXACT_CANDIDATES) return { candidates, complete: false };
    candidates.push({ start: at, end: at + exact.length, quoteErrors: 0 });
  }
  return { candidates, complete: true };
}

/** Approximate places of the quote: the best tier at once, and the next tier on demand. */
export interface ApproximateSearch {
  readonly candidates: readonly Candidate[];
  /** The next tier (places other than those of the first), to check that the best is the only good one. */
  readonly next: () => Candidate[];
}

/**
 * Approximate places of the quote, each within `MAX_ERROR_RATE` edits of it. A short quote is found through
 * its whole recorded text (prefix + quote + suffix, so the place where the context survives is found even
 * when another copy of the words is closer to exact), one tier of equally good places at a time; a long one
 * through seeds, all copies at once.
 */
export function approximateCandidates(text: string, quote: TextQuoteSelector): ApproximateSearch {
  // Under five characters no edit is allowed: a quote that short is found exactly or not at all.
  if (Math.floor(quote.exact.length * MAX_ERROR_RATE) === 0) return { candidates: [], next: () => [] };
  if (quote.exact.length > LONG_QUOTE) return { candidates: longCandidates(text, quote.exact), next: () => [] };
  const first = shortTier(text, text, quote);
  return { candidates: first.candidates, next: () => (first.regions.length === 0 ? [] : shortTier(text, maskRegions(text, first.regions), quote).candidates) };
}

/** The best matches of the whole recorded text in `searched` (the text, maybe masked), and the quote's places in them. */
function shortTier(text: string, searched: string, quote: TextQuoteSelector): { candidates: Candidate[]; regions: Array<[number, number]> } {
  const { exact, prefix, suffix } = quote;
  const maxQuoteErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  const whole = prefix + exact + suffix;
  // Enough errors for the quote's own and a quarter of its context: an approximate match with less of its
  // context than that can be neither certain nor a rival, so it need not be found.
  const [p, s] = sideLengths(quote);
  const maxErrors = maxQuoteErrors + Math.floor((p + s) / 4);
  const regions = merge(search(searched, whole, maxErrors).slice(0, MAX_REGIONS));
  const candidates: Candidate[] = [];
  for (const [from, to] of regions) {
    // Exact occurrences are candidates already; masked, they do not hide an approximate one in the region.
    const region = text.slice(from, to).split(exact).join(MASK.repeat(exact.length));
    for (const q of search(region, exact, maxQuoteErrors)) candidates.push({ start: from + q.start, end: from + q.end, quoteErrors: q.errors });
  }
  return { candidates, regions };
}

/** Overlapping or touching [start, end) regions merged, in order. */
function merge(matches: ReadonlyArray<{ start: number; end: number }>): Array<[number, number]> {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const out: Array<[number, number]> = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start <= last[1]) last[1] = Math.max(last[1], m.end);
    else out.push([m.start, m.end]);
  }
  return out;
}

function maskRegions(text: string, regions: ReadonlyArray<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [from, to] of regions) {
    out += text.slice(at, from) + MASK.repeat(to - from);
    at = to;
  }
  return out + text.slice(at);
}

/** Pieces of the quote looked up exactly to find where copies of a long quote start. */
const SEEDS = 16;
const SEED_LENGTH = 32;
/** Occurrences of one seed looked at, and copies of the quote aligned. */
const SEED_HITS = 8;
const MAX_COPIES = 8;
/** Length of the pieces a long quote is aligned in, and how far each may move from where the last one ended. */
const CHUNK = 256;

/**
 * A long quote's approximate copies: each copy shares at least one intact seed with the quote (16 pieces of
 * 32 characters spread along it), and is then aligned chunk by chunk, each chunk in a window of ±`CHUNK`
 * characters after the previous one. Seeds' estimates of a copy's start within `CHUNK` of each other are one
 * copy; the copies most seeds agree on are aligned first. Work is O(text × seeds + copies × quote × CHUNK / 32),
 * never quote².
 */
function longCandidates(text: string, exact: string): Candidate[] {
  const m = exact.length;
  const estimates: Array<{ start: number; offset: number; seed: number }> = [];
  for (let seed = 0; seed < SEEDS; seed++) {
    const offset = Math.round((seed * (m - SEED_LENGTH)) / (SEEDS - 1));
    const piece = exact.slice(offset, offset + SEED_LENGTH);
    let hits = 0;
    for (let at = text.indexOf(piece); at >= 0 && hits < SEED_HITS; at = text.indexOf(piece, at + 1), hits++) estimates.push({ start: at - offset, offset, seed });
  }
  estimates.sort((a, b) => a.start - b.start);
  const copies: Array<{ start: number; votes: number }> = [];
  for (let i = 0; i < estimates.length;) {
    // The seed nearest the quote's start estimates the copy's start best.
    let first = estimates[i];
    const seeds = new Set([first.seed]);
    let j = i + 1;
    for (; j < estimates.length && estimates[j].start - estimates[j - 1].start <= CHUNK; j++) {
      seeds.add(estimates[j].seed);
      if (estimates[j].offset < first.offset) first = estimates[j];
    }
    copies.push({ start: first.start, votes: seeds.size });
    i = j;
  }
  copies.sort((a, b) => b.votes - a.votes);
  const out: Candidate[] = [];
  const aligned: Candidate[] = [];
  for (const { start } of copies) {
    if (aligned.length === MAX_COPIES) break;
    // A copy overlapping one already aligned (as in a text that repeats itself) is that copy shifted: the one
    // more seeds agree on is kept, and an overlapping one could not be told from it anyway.
    if (aligned.some((c) => start < c.end && c.start < start + m)) continue;
    const copy = alignInChunks(text, exact, start);
    if (!copy) continue;
    aligned.push(copy);
    if (copy.quoteErrors <= Math.floor(m * MAX_ERROR_RATE)) out.push(copy);
  }
  return out;
}

/** The quote aligned piece by piece from about `estimate`; its error count is an upper bound of the edit distance. */
function alignInChunks(text: string, exact: string, estimate: number): Candidate | null {
  let pos = estimate;
  let start = -1;
  let errors = 0;
  for (let c = 0; c < exact.length; c += CHUNK) {
    const piece = exact.slice(c, c + CHUNK);
    const from = Math.max(0, pos - CHUNK);
    const to = Math.min(text.length, pos + piece.length + CHUNK);
    const found = from < to ? search(text.slice(from, to), piece, Math.floor(piece.length * MAX_ERROR_RATE)) : [];
    if (found.length === 0) {
      // The piece is gone: count it as deleted and look for the next one where this one would have started.
      errors += piece.length;
      continue;
    }
    let best = found[0];
    for (const f of found) if (Math.abs(from + f.start - pos) < Math.abs(from + best.start - pos)) best = f;
    if (start < 0) start = from + best.start;
    else errors += Math.abs(from + best.start - pos);
    errors += best.errors;
    pos = from + best.end;
  }
  return start < 0 ? null : { start, end: pos, quoteErrors: errors };
}
