import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchor, makeSelectors, MIN_CONFIDENCE } from '../../../src/core';

const TEXT = 'Russia says North Korea will send 6,000 soldiers. Ukraine says 25,000 soldiers will come. Kim wants oil and food.';

describe('anchoring', () => {
  const at = (needle: string) => [TEXT.indexOf(needle), TEXT.indexOf(needle) + needle.length] as const;

  it('keeps the stored position while the text there is unchanged', () => {
    const [s, e] = at('oil and food');
    const [q, p] = makeSelectors(TEXT, s, e);
    assert.deepEqual(anchor(TEXT, q, p), { status: 'anchored', start: s, end: e, confidence: 1, method: 'position', needsReview: false });
  });

  it('follows the quote when text is inserted before it', () => {
    const [s, e] = at('oil and food');
    const [q, p] = makeSelectors(TEXT, s, e);
    const edited = `A new first sentence. ${TEXT}`;
    assert.deepEqual(anchor(edited, q, p), { status: 'anchored', start: s + 22, end: e + 22, confidence: 1, method: 'exact', needsReview: false });
  });

  it('picks the occurrence whose context matches, not the nearest', () => {
    const text = 'Police said 10 people came. Organisers said 10 people came.';
    const s = text.lastIndexOf('10 people');
    const [q, p] = makeSelectors(text, s, s + 9);
    const edited = `Intro. ${text}`;
    const a = anchor(edited, q, { ...p, start: 0, end: 9 });
    assert.equal(a.status === 'anchored' && a.start, s + 7);
  });

  it('finds a lightly edited quote approximately and flags a weak match for review', () => {
    const [s, e] = at('Ukraine says 25,000 soldiers will come');
    const [q, p] = makeSelectors(TEXT, s, e);
    const edited = TEXT.replace('25,000 soldiers will come', '25,000 troops will come');
    const a = anchor(edited, q, p);
    assert.equal(a.status, 'anchored');
    if (a.status === 'anchored') {
      assert.equal(a.method, 'approximate');
      assert.equal(edited.slice(a.start, a.end), 'Ukraine says 25,000 troops will come');
      assert.ok(a.confidence >= MIN_CONFIDENCE && a.confidence < 1);
    }
  });

  it('makes an orphan when the quoted text is gone', () => {
    const [s, e] = at('Kim wants oil and food.');
    const [q, p] = makeSelectors(TEXT, s, e);
    const edited = TEXT.replace('Kim wants oil and food.', 'The end.');
    assert.deepEqual(anchor(edited, q, p), { status: 'orphan', reason: 'the quoted text is no longer in the document' });
  });

  it('treats a stored position past the end of the document as a hint, never an error', () => {
    const [s, e] = at('oil and food');
    const [q] = makeSelectors(TEXT, s, e);
    assert.deepEqual(anchor(TEXT, q, { type: 'TextPositionSelector', start: 10_000, end: 10_012 }),
      { status: 'anchored', start: s, end: e, confidence: 1, method: 'exact', needsReview: false });
    assert.deepEqual(anchor('Short.', q, { type: 'TextPositionSelector', start: 10_000, end: 10_012 }),
      { status: 'orphan', reason: 'the quoted text is no longer in the document' });
  });

  // Property tests over random documents and edit sequences.
  const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett', 'kilo', 'lima',
    'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'xray', 'yankee', 'zulu'];
  const words = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
  const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 12 }), insert: words(0, 3) });

  it('finds a surviving quote at its new place after random edits elsewhere', () => {
    fc.assert(fc.property(words(30, 60), fc.nat(), fc.array(edit, { maxLength: 20 }), (doc, pick, edits) => {
      const tokens = doc.split(' ');
      const i = pick % (tokens.length - 4);
      const quoteText = `${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]} ${tokens[i + 3]}`;
      let start = tokens.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
      let text = doc;
      const [q, p] = makeSelectors(text, start, start + quoteText.length);
      for (const e of edits) {
        // Edit only outside the quote, shifting it as a text editor would.
        const at = e.at % (text.length + 1);
        const cut = Math.min(e.cut, text.length - at);
        if (at + cut > start && at < start + quoteText.length) continue;
        const insert = ` ${e.insert} `;
        text = text.slice(0, at) + insert + text.slice(at + cut);
        if (at <= start) start += insert.length - cut;
      }
      fc.pre(text.indexOf(quoteText) === text.lastIndexOf(quoteText));
      const a = anchor(text, q, p);
      return a.status === 'anchored' && a.start === start && a.end === start + quoteText.length;
    }), { numRuns: 500, seed: 20261126 });
  });

  it('never anchors a deleted quote with confidence above the threshold to other text', () => {
    fc.assert(fc.property(words(30, 60), fc.nat(), words(3, 8), (doc, pick, replacement) => {
      const tokens = doc.split(' ');
      const i = pick % (tokens.length - 5);
      const quoteText = tokens.slice(i, i + 5).join(' ');
      const start = tokens.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
      const [q, p] = makeSelectors(doc, start, start + quoteText.length);
      const text = doc.slice(0, start) + replacement + doc.slice(start + quoteText.length);
      fc.pre(!text.includes(quoteText));
      const a = anchor(text, q, p);
      // Either an orphan, or an approximate match flagged for a person to review.
      return a.status === 'orphan' || (a.method === 'approximate' && a.needsReview);
    }), { numRuns: 500, seed: 7 });
  });
});
