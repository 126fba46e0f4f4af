import type { ProseBlock } from './parseMarkdown';

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'acronym' | 'possessive' | 'punct';

/** A word, number or punctuation mark, with its document offsets. */
export interface Token {
  readonly text: string;
  /** Lower-cased text, for lexicon look-ups. */
  readonly lower: string;
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** True when the word starts with an upper-case letter. */
  readonly capitalised: boolean;
}

/** A sentence of a prose block: its tokens and its span. */
export interface Sentence {
  readonly tokens: readonly Token[];
  readonly start: number;
  readonly end: number;
  /** Index of the block (paragraph) the sentence belongs to, for paragraph-scoped rules. */
  readonly block: number;
  /** True when the block is a heading. */
  readonly heading: boolean;
}

/**
 * The token grammar, as one regular expression (the reference the scanner below implements, kept for
 * tests): an acronym of two or more capital-dot pairs ("U.S."), a number of ASCII digits with `.`/`,`
 * groups, a word of letters and marks (then digits), a possessive `'s`/`’s`, or any other single
 * character that is not a space, letter, mark, digit, emoji or emoji joiner. Anything else is skipped.
 */
export const TOKEN_PATTERN = /((?:\p{Lu}\.){2,})|(\d+(?:[.,]\d+)*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*)|(['’]s(?![\p{L}\p{N}]))|([^\s\p{L}\p{M}\p{N}\p{Extended_Pictographic}\u200d\ufe0f])/gu;

// Character classes, per code point: what the scanner needs to know about a character.
const LETTER = 1; // \p{L} or \p{M}
const DIGIT = 2; // \p{N}
const UPPER = 4; // \p{Lu}
const SKIP = 8; // \s, \p{Extended_Pictographic}, U+200D, U+FE0F: never a token
const ASCII_DIGIT = 16;

const NON_ASCII = new Map<number, number>();
function classify(cp: number): number {
  if (cp < 128) {
    if (cp >= 97 && cp <= 122) return LETTER;
    if (cp >= 65 && cp <= 90) return LETTER | UPPER;
    if (cp >= 48 && cp <= 57) return DIGIT | ASCII_DIGIT;
    return cp === 32 || (cp >= 9 && cp <= 13) ? SKIP : 0;
  }
  let k = NON_ASCII.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = (/[\p{L}\p{M}]/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? DIGIT : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0) |
      (/[\s\p{Extended_Pictographic}\u200d\ufe0f]/u.test(ch) ? SKIP : 0);
    if (NON_ASCII.size < 100_000) NON_ASCII.set(cp, k);
  }
  return k;
}

/**
 * Splits a prose block into tokens carrying document offsets (`offset` is added, for a block parsed from a
 * part of the document): a hand-written scanner over char codes
 * that gives exactly the tokens of {@link TOKEN_PATTERN} (a test holds it to that), at a fraction of
 * the cost of running the pattern with its capture groups.
 */
export function tokenize(block: ProseBlock, offset = 0): Token[] {
  const s = block.text;
  const n = s.length;
  const base = block.start + offset;
  const tokens: Token[] = [];
  const codeAt = (i: number): number => {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
    }
    return c;
  };
  const width = (cp: number): number => (cp > 0xffff ? 2 : 1);
  /** `lowerAlready`: the scanner saw only lower-case ASCII, so the text is its own lower case (no new string). */
  const push = (from: number, to: number, kind: TokenKind, capitalised: boolean, lowerAlready = false) => {
    const text = s.slice(from, to);
    tokens.push({ text, lower: lowerAlready ? text : text.toLowerCase(), kind, start: base + from, end: base + to, capitalised });
  };
  let i = 0;
  while (i < n) {
    const cp = codeAt(i);
    const k = classify(cp);
    // An acronym: two or more capital-dot pairs.
    if (k & UPPER) {
      let j = i;
      let pairs = 0;
      for (;;) {
        if (j >= n) break;
        const c = codeAt(j);
        if (!(classify(c) & UPPER) || s.charCodeAt(j + width(c)) !== 46) break;
        j += width(c) + 1;
        pairs++;
      }
      if (pairs >= 2) {
        const first = s.charAt(i);
        push(i, j, 'acronym', first !== first.toLowerCase());
        i = j;
        continue;
      }
    }
    if (k & ASCII_DIGIT) {
      let j = i + 1;
      for (;;) {
        while (j < n && isAsciiDigit(s.charCodeAt(j))) j++;
        const c = s.charCodeAt(j);
        if ((c === 46 || c === 44) && j + 1 < n && isAsciiDigit(s.charCodeAt(j + 1))) j += 2;
        else break;
      }
      push(i, j, 'number', false, true);
      i = j;
      continue;
    }
    if (k & LETTER) {
      let j = i + width(cp);
      let plain = cp >= 97 && cp <= 122;
      while (j < n) {
        const c = codeAt(j);
        const kc = classify(c);
        if (!(kc & (LETTER | DIGIT))) break;
        if (plain && !((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) plain = false;
        j += width(c);
      }
      const first = s.charAt(i);
      push(i, j, 'word', cp < 128 ? (k & UPPER) !== 0 : first !== first.toLowerCase(), plain);
      i = j;
      continue;
    }
    if ((cp === 39 || cp === 0x2019) && s.charCodeAt(i + 1) === 115) {
      if (i + 2 >= n || !isLetterOrNumberStrict(codeAt(i + 2))) {
        push(i, i + 2, 'possessive', false);
        i += 2;
        continue;
      }
    }
    if (!(k & (SKIP | LETTER | DIGIT))) push(i, i + width(cp), 'punct', false);
    i += width(cp);
  }
  return tokens;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LN = new Map<number, boolean>();
/** \p{L} or \p{N} (the possessive's look-ahead excludes marks, which LETTER includes). */
function isLetterOrNumberStrict(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  let v = LN.get(cp);
  if (v === undefined) {
    v = /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));
    if (LN.size < 100_000) LN.set(cp, v);
  }
  return v;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'prof', 'no', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'inc', 'ltd', 'co', 'jr', 'sr']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/** Splits a block's tokens into sentences at `.`, `!`, `?` (and `:` before a capital) outside abbreviations. */
export function splitSentences(tokens: readonly Token[], block: number, heading = false): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct' || (t.text !== '.' && t.text !== '!' && t.text !== '?')) continue;
    if (t.text === '.' && i > 0 && ABBREVIATIONS.has(tokens[i - 1].lower) && tokens[i - 1].end === t.start) continue;
    // "Kenneth S. Courtis", "K. Ullas Karanth": the initial of a name before another name word ("I" is a numeral).
    // After a lower-case word ("said tiger expert K. Ullas Karanth") two name words must follow ("vitamin C. The study").
    if (t.text === '.' && i > 0 && isInitial(tokens[i - 1]) && tokens[i - 1].end === t.start && tokens[i + 1]?.kind === 'word' && tokens[i + 1].capitalised &&
      (i - 1 === from || (tokens[i - 2].kind === 'word' && tokens[i - 2].end < tokens[i - 1].start &&
        (tokens[i - 2].capitalised || (tokens[i + 2]?.kind === 'word' && tokens[i + 2].capitalised))))) continue;
    // "JPY1.35 trillion": a decimal point inside a word glued to digits.
    if (t.text === '.' && tokens[i + 1]?.kind === 'number' && tokens[i + 1].start === t.end && i > 0 && tokens[i - 1].end === t.start) continue;
    let end = i;
    while (end + 1 < tokens.length && CLOSERS.has(tokens[end + 1].text) && tokens[end + 1].start === tokens[end].end) end++;
    const next = tokens[end + 1];
    if (next && next.kind === 'word' && !next.capitalised) continue;
    sentences.push(makeSentence(tokens.slice(from, end + 1), block, heading));
    from = end + 1;
    i = end;
  }
  if (from < tokens.length) sentences.push(makeSentence(tokens.slice(from), block, heading));
  return sentences;
}

/** One capital letter, not "I": an initial of a name. */
function isInitial(t: Token): boolean {
  return t.kind === 'word' && t.text.length === 1 && t.text !== 'I' && t.text >= 'A' && t.text <= 'Z';
}

function makeSentence(tokens: readonly Token[], block: number, heading: boolean): Sentence {
  return { tokens, start: tokens[0].start, end: tokens[tokens.length - 1].end, block, heading };
}
