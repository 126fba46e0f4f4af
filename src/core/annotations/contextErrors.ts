import { CONTEXT_LENGTH, type TextQuoteSelector } from './annotation';

/** What the text holds beyond either end of the document, and what a stored side shorter than `CONTEXT_LENGTH` ends with. */
const BOUNDARY = -1;

/**
 * How many characters each stored side of the context is read as. A side shorter than `CONTEXT_LENGTH` was
 * cut by the document's edge (as `makeSelectors` cuts it), so it is read as ending with that edge: near the
 * edge it still matches, anywhere else the missing characters count as errors, and every side weighs the
 * same. An annotation with no context at all (both sides empty, as a hand-written one may be) has none.
 */
export function sideLengths(quote: TextQuoteSelector): [number, number] {
  if (quote.prefix.length === 0 && quote.suffix.length === 0) return [0, 0];
  return [Math.max(quote.prefix.length, CONTEXT_LENGTH), Math.max(quote.suffix.length, CONTEXT_LENGTH)];
}

/** Edit distance between the stored prefix and the text before `start` (see `sideErrors`). */
export function prefixErrors(text: string, start: number, quote: TextQuoteSelector): number {
  return sideErrors(text, start, -1, quote.prefix, sideLengths(quote)[0]);
}

/** Edit distance between the stored suffix and the text from `end` (see `sideErrors`). */
export function suffixErrors(text: string, end: number, quote: TextQuoteSelector): number {
  return sideErrors(text, end, 1, quote.suffix, sideLengths(quote)[1]);
}

/**
 * Edit distance (insertions, deletions, substitutions) between one stored side of a quote's context, read
 * as `length` characters (see `sideLengths`), and the text beside a candidate span. The alignment is pinned
 * at the quote and free at the far end, so an edit next to the quote costs what it changed, and text beyond
 * the stored characters costs nothing. `direction` -1 reads the stored prefix leftwards from `at` (the
 * candidate's start); +1 reads the stored suffix rightwards from `at` (the candidate's end). 64 word steps
 * for a side of up to 32 characters.
 */
function sideErrors(text: string, at: number, direction: -1 | 1, side: string, m: number): number {
  if (m === 0) return 0;
  // Character i (0-based) of the side counted from the quote outwards, and character j of the text.
  const sideAt = (i: number) => (i >= side.length ? BOUNDARY : direction < 0 ? side.charCodeAt(side.length - 1 - i) : side.charCodeAt(i));
  const textAt = (j: number) => {
    const k = direction < 0 ? at - 1 - j : at + j;
    return k < 0 || k >= text.length ? BOUNDARY : text.charCodeAt(k);
  };
  // Beyond 2m characters of text every alignment costs more than deleting the whole side.
  return m <= 32 ? myers(m, sideAt, textAt, 2 * m) : table(m, sideAt, textAt, 2 * m);
}

/**
 * Myers' bit-parallel edit distance (in Hyyrö's form) for a pattern of at most 32 characters, pinned at the
 * start of both strings and free at the text's end: the least D[m][j] over j <= w, in O(w) word steps.
 */
function myers(m: number, sideAt: (i: number) => number, textAt: (j: number) => number, w: number): number {
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = sideAt(i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  let pv = m === 32 ? -1 : (1 << m) - 1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < w; j++) {
    const eq = peq.get(textAt(j)) ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    // The top row grows by one per text character: the alignment is pinned at the quote.
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  return best;
}

/** The same by the plain dynamic programme, for a stored side longer than 32 characters (imported annotations). */
function table(m: number, sideAt: (i: number) => number, textAt: (j: number) => number, w: number): number {
  let prev = new Int32Array(w + 1);
  let cur = new Int32Array(w + 1);
  for (let j = 0; j <= w; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const c = sideAt(i - 1);
    cur[0] = i;
    for (let j = 1; j <= w; j++) {
      const sub = prev[j - 1] + (c === textAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  let best = m;
  for (let j = 0; j <= w; j++) if (prev[j] < best) best = prev[j];
  return best;
}

/**
 * Edit distance between `quote` and each text[start, end) for end in [start, to]: the last row of the
 * standard dynamic programme, O(quote × (to - start)). Used only to settle a short match's two ends.
 */
export function quoteErrorsFrom(text: string, start: number, to: number, quote: string): Int32Array {
  const w = to - start;
  let prev = new Int32Array(w + 1);
  let cur = new Int32Array(w + 1);
  for (let j = 0; j <= w; j++) prev[j] = j;
  for (let i = 1; i <= quote.length; i++) {
    const c = quote.charCodeAt(i - 1);
    cur[0] = i;
    for (let j = 1; j <= w; j++) {
      const sub = prev[j - 1] + (c === text.charCodeAt(start + j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev;
}
