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

/**
 * Edit distances (insertions, deletions, substitutions) between the stored sides of a quote's context, each
 * read as `sideLengths` characters, and the text beside a candidate span. The alignment is pinned at the
 * quote and free at the far end, so an edit next to the quote costs what it changed, and text beyond the
 * stored characters costs nothing. A side of up to 32 characters takes 64 word steps (Myers' bit-parallel
 * algorithm on one 32-bit word, its pattern tables built once per quote).
 */
export class ContextScorer {
  private readonly prefix: Side;
  private readonly suffix: Side;

  constructor(quote: TextQuoteSelector) {
    const [p, s] = sideLengths(quote);
    this.prefix = side(quote.prefix, p, -1);
    this.suffix = side(quote.suffix, s, 1);
  }

  /** Edit distance between the stored prefix and the text before `start`, read leftwards. */
  prefixErrors(text: string, start: number): number {
    return sideErrors(text, start, this.prefix);
  }

  /** Edit distance between the stored suffix and the text from `end`, read rightwards. */
  suffixErrors(text: string, end: number): number {
    return sideErrors(text, end, this.suffix);
  }
}

/** One stored side as read from the quote outwards: its characters, the direction, and Myers' pattern table. */
interface Side {
  readonly chars: Int32Array;
  readonly direction: -1 | 1;
  readonly peq: Map<number, number> | null;
}

function side(stored: string, length: number, direction: -1 | 1): Side {
  const chars = new Int32Array(length);
  for (let i = 0; i < length; i++) chars[i] = i >= stored.length ? BOUNDARY : direction < 0 ? stored.charCodeAt(stored.length - 1 - i) : stored.charCodeAt(i);
  let peq: Map<number, number> | null = null;
  if (length <= 32) {
    peq = new Map();
    for (let i = 0; i < length; i++) peq.set(chars[i], (peq.get(chars[i]) ?? 0) | (1 << i));
  }
  return { chars, direction, peq };
}

function sideErrors(text: string, at: number, side: Side): number {
  const m = side.chars.length;
  if (m === 0) return 0;
  const textAt = (j: number) => {
    const k = side.direction < 0 ? at - 1 - j : at + j;
    return k < 0 || k >= text.length ? BOUNDARY : text.charCodeAt(k);
  };
  // Beyond 2m characters of text every alignment costs more than deleting the whole side.
  return side.peq ? myers(m, side.peq, textAt, 2 * m) : table(side.chars, textAt, 2 * m);
}

/**
 * Myers' bit-parallel edit distance (in Hyyrö's form) for a pattern of at most 32 characters, pinned at the
 * start of both strings and free at the text's end: the least D[m][j] over j <= w, in O(w) word steps.
 */
function myers(m: number, peq: ReadonlyMap<number, number>, textAt: (j: number) => number, w: number): number {
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
function table(chars: Int32Array, textAt: (j: number) => number, w: number): number {
  const m = chars.length;
  let prev = new Int32Array(w + 1);
  let cur = new Int32Array(w + 1);
  for (let j = 0; j <= w; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const c = chars[i - 1];
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
