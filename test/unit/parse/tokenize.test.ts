import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { splitSentences, TOKEN_PATTERN, tokenize, type Token, type TokenKind } from '../../../src/core/parse/tokenize';
import { rng } from '../../support/rng';

/** The tokens the reference pattern gives: what the scanner must reproduce exactly. */
function reference(text: string, start = 0): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const t = m[0];
    const kind: TokenKind = m[1] ? 'acronym' : m[2] ? 'number' : m[3] ? 'word' : m[4] ? 'possessive' : 'punct';
    const first = t.charAt(0);
    out.push({ text: t, lower: t.toLowerCase(), kind, start: start + m.index, end: start + m.index + t.length,
      capitalised: (kind === 'word' || kind === 'acronym') && first !== first.toLowerCase() });
  }
  return out;
}

const tokens = (text: string, start = 0) => tokenize({ start, end: start + text.length, text, kind: 'paragraph' });

describe('tokenizer', () => {
  it('reads words, numbers, acronyms, possessives and punctuation with their offsets', () => {
    assert.deepEqual(tokens("The U.S. sent 1,000.5 troops; Kim's men—and Ukraine’s.", 10).map((t) => [t.text, t.kind, t.start, t.capitalised]), [
      ['The', 'word', 10, true], ['U.S.', 'acronym', 14, true], ['sent', 'word', 19, false], ['1,000.5', 'number', 24, false],
      ['troops', 'word', 32, false], [';', 'punct', 38, false], ['Kim', 'word', 40, true], ["'s", 'possessive', 43, false],
      ['men', 'word', 46, false], ['—', 'punct', 49, false], ['and', 'word', 50, false], ['Ukraine', 'word', 54, true],
      ['’s', 'possessive', 61, false], ['.', 'punct', 63, false],
    ]);
  });

  it('gives exactly the tokens of the reference pattern on every fixture article', () => {
    const dir = path.join(__dirname, '..', '..', 'fixtures', 'articles');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      assert.deepEqual(tokens(text, 7), reference(text, 7), f);
    }
  });

  it('gives exactly the tokens of the reference pattern on random text from a hostile alphabet', () => {
    const next = rng(7);
    const alphabet = ['a', 'Z', 'É', 'é', 'ß', 'İ', 'ϒ', '\u0301', '\u0903', '5', '٣', '²', 'Ⅻ', '.', ',', "'", '’', 's', 'S', ' ', '\n', '\t', '\u00a0',
      '\u2028', '😀', '\u200d', '\ufe0f', '👍🏽', '\ud800', '\udc00', '𝐀', '𝟘', '中', '—', '“', '-', '$', '£', '%', 'U.', 'N.', '1,', ',0', "'s", '’s1'];
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      assert.deepEqual(tokens(text), reference(text), JSON.stringify(text));
    }
  });

  it('does not end a sentence at the initial inside a name, but does at a numeral or a lone letter', () => {
    const split = (text: string) => splitSentences(tokens(text), 0).map((x) => x.tokens.map((t) => t.text).join(' '));
    assert.deepEqual(split('Kenneth S. Courtis said 5. K. Ullas Karanth said 6. They fought World War I. Then it ended.'),
      ['Kenneth S . Courtis said 5 .', 'K . Ullas Karanth said 6 .', 'They fought World War I .', 'Then it ended .']);
  });
});
