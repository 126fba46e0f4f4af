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

// Every alternative consumes at least one character and none nests a quantifier inside another
// unbounded one, so the scan is linear in the text.
const TOKEN = /((?:\p{Lu}\.){2,})|(\d+(?:[.,]\d+)*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*)|(['’]s(?![\p{L}\p{N}]))|([^\s\p{L}\p{M}\p{N}\p{Extended_Pictographic}\u200d\ufe0f])/gu;

/** Splits a prose block into tokens carrying document offsets. */
export function tokenize(block: ProseBlock): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(block.text); m !== null; m = TOKEN.exec(block.text)) {
    const text = m[0];
    const kind: TokenKind = m[1] ? 'acronym' : m[2] ? 'number' : m[3] ? 'word' : m[4] ? 'possessive' : 'punct';
    const first = text.charAt(0);
    tokens.push({
      text,
      lower: text.toLowerCase(),
      kind,
      start: block.start + m.index,
      end: block.start + m.index + text.length,
      capitalised: (kind === 'word' || kind === 'acronym') && first !== first.toLowerCase(),
    });
  }
  return tokens;
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

function makeSentence(tokens: readonly Token[], block: number, heading: boolean): Sentence {
  return { tokens, start: tokens[0].start, end: tokens[tokens.length - 1].end, block, heading };
}
