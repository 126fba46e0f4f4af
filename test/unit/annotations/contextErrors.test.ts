import * as assert from 'node:assert/strict';
import type { TextQuoteSelector } from '../../../src/core';
import { ContextScorer, quoteErrorsFrom, sideLengths } from '../../../src/core/annotations/contextErrors';
import { rng } from '../../support/rng';

const selector = (prefix: string, suffix: string): TextQuoteSelector => ({ type: 'TextQuoteSelector', exact: 'Q', prefix, suffix });

/** The reference: the plain dynamic programme over the side read from the quote outwards, the edge as one more symbol. */
function reference(text: string, at: number, direction: -1 | 1, side: string, length: number): number {
  const edge = -1;
  const s = (i: number) => (i >= side.length ? edge : direction < 0 ? side.charCodeAt(side.length - 1 - i) : side.charCodeAt(i));
  const t = (j: number) => {
    const k = direction < 0 ? at - 1 - j : at + j;
    return k < 0 || k >= text.length ? edge : text.charCodeAt(k);
  };
  let row = Array.from({ length: 2 * length + 1 }, (_, j) => j);
  for (let i = 1; i <= length; i++) {
    const next = [i];
    for (let j = 1; j <= 2 * length; j++) next[j] = Math.min(row[j - 1] + (s(i - 1) === t(j - 1) ? 0 : 1), row[j] + 1, next[j - 1] + 1);
    row = next;
  }
  return Math.min(...row);
}

describe('context edit distance', () => {
  const text = 'Russia says North Korea will send 6,000 soldiers to Kursk. Ukraine says 25,000 soldiers will come.';
  const at = text.indexOf('6,000');
  const prefix = text.slice(at - 32, at);
  const suffix = text.slice(at + 5, at + 5 + 32);

  it('is 0 for the text the selector was made from, and counts one changed character beside the quote as one', () => {
    const scorer = new ContextScorer(selector(prefix, suffix));
    assert.deepEqual([scorer.prefixErrors(text, at), scorer.suffixErrors(text, at + 5)], [0, 0]);
    const edited = `${text.slice(0, at - 1)}_${text.slice(at)}`;
    assert.deepEqual([scorer.prefixErrors(edited, at)], [1]);
  });

  it('counts words inserted beside the quote by their length, and text beyond the stored 32 characters not at all', () => {
    const scorer = new ContextScorer(selector(prefix, suffix));
    const inserted = `${text.slice(0, at)}about ${text.slice(at)}`;
    assert.equal(scorer.prefixErrors(inserted, at + 6), 6);
    const far = `XXXX${text}`;
    assert.equal(scorer.prefixErrors(far, at + 4), 0);
  });

  it('reads a side cut by the document\'s edge as reaching it: a copy in mid-text pays for the missing edge', () => {
    const start = 'Russia says North Korea will send troops.';
    const scorer = new ContextScorer(selector('', start.slice(6, 38)));
    assert.deepEqual(sideLengths(selector('', 'x')), [32, 32]);
    assert.equal(scorer.prefixErrors(start, 0), 0);
    assert.equal(scorer.prefixErrors(`Moscow: ${start}`, 8), 8);
  });

  it('has no context to score for an annotation recorded without any', () => {
    const scorer = new ContextScorer(selector('', ''));
    assert.deepEqual(sideLengths(selector('', '')), [0, 0]);
    assert.deepEqual([scorer.prefixErrors(text, at), scorer.suffixErrors(text, at + 5)], [0, 0]);
  });

  it('agrees with the plain dynamic programme on 3,000 random cases, sides of 0 to 40 characters (seed 11)', () => {
    const r = rng(11);
    const alphabet = 'ab c.\n';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
    for (let i = 0; i < 3_000; i++) {
      const t = word(Math.floor(r() * 120));
      const [p, s] = [word(Math.floor(r() * 41)), word(1 + Math.floor(r() * 40))];
      const q = selector(p, s);
      const [pl, sl] = sideLengths(q);
      const k = Math.floor(r() * (t.length + 1));
      const scorer = new ContextScorer(q);
      assert.deepEqual([scorer.prefixErrors(t, k), scorer.suffixErrors(t, k)], [reference(t, k, -1, p, pl), reference(t, k, 1, s, sl)], JSON.stringify({ t, k, p, s }));
    }
  });

  it('gives the edit distance of the quote to every end from one start', () => {
    assert.deepEqual([...quoteErrorsFrom('xx6,001 soldiers', 2, 9, '6,000')], [5, 4, 3, 2, 1, 1, 2, 3]);
  });
});
