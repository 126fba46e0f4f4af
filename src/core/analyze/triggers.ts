import type { Token } from '../parse/tokenize';

/**
 * Trigger words: each pass after actors (attribution, figures, interests) starts its work only at
 * certain words ("said", "according", "six", "seeks" …). Each pass registers its words here once, and
 * gets a bit; a sentence's triggers ({@link sentenceTriggers}) are the bits of all its words, found with
 * one look-up per word. A pass skips a sentence whose triggers lack its bit, instead of testing each of
 * the sentence's words against its own word lists: most sentences give most passes nothing to do.
 */
const bitsOfWord = new Map<string, number>();
let nextBit = 1 << 3;

/** The bit of a sentence holding a number token ("1,250", "25"). */
export const NUMBER_TOKEN = 1 << 0;
/** The bit of a sentence holding a possessive ("Russia's"). */
export const POSSESSIVE_TOKEN = 1 << 1;
/** The bit of a sentence holding a double quotation mark (“, ” or "). */
export const QUOTE_TOKEN = 1 << 2;

/** Registers lower-case trigger words and returns their bit. Called once per pass, when its module loads. */
export function triggerWords(words: Iterable<string>): number {
  if (nextBit > 1 << 30) throw new Error('triggers: no bits left');
  const bit = nextBit;
  nextBit <<= 1;
  for (const w of words) bitsOfWord.set(w, (bitsOfWord.get(w) ?? 0) | bit);
  return bit;
}

/** The trigger bits of a sentence's tokens. */
export function sentenceTriggers(tokens: readonly Token[]): number {
  let mask = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word') {
      mask |= bitsOfWord.get(t.lower) ?? 0;
      // "USD28", "Rs850": digits glued to a currency abbreviation are a number too.
      const last = t.text.charCodeAt(t.text.length - 1);
      if (last >= 48 && last <= 57) mask |= NUMBER_TOKEN;
    } else if (t.kind === 'number') mask |= NUMBER_TOKEN;
    else if (t.kind === 'possessive') mask |= POSSESSIVE_TOKEN;
    else if (t.text === '“' || t.text === '”' || t.text === '"') mask |= QUOTE_TOKEN;
  }
  return mask;
}
