import * as assert from 'node:assert/strict';
import { analyzeDocument, type DocumentModel } from '../../../src/core';
import { rng } from '../../support/rng';

const PIECES = [
  'Russia', 'says', 'said', 'Kyiv', 'Moscow', 'North Korea', 'Kim Jong Un', 'Kim', 'police', 'organisers', 'according to',
  '6,000', '25-30,000', 'about', 'more than', '1.03 million', '£350m', '$2bn', '20%', 'tens of thousands', 'six thousand',
  'soldiers', 'people', 'deaths', 'he said', '“', '”', '"', '(', ')', '[', ']', '*', '_', '`', '#', '>', '-', '|', '\n', '\n\n',
  '---', '```', '<b>', '</b>', '&amp;', 'https://x.example/1', ',', '.', '?', '’s', '😀', 'e\u0301', '\u0000', '\r\n', '\t', ' ',
  'between', 'and', 'to', 'the', 'wants', 'is getting', 'helping', 'in exchange for', 'June 18', '2000', '10:30', 'aged 45',
];

/** A random document: pieces of news prose mixed with Markdown syntax and junk. */
function randomDocument(next: () => number): string {
  const n = Math.floor(next() * 80);
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r < 0.05) s += String.fromCharCode(Math.floor(next() * 0x3000));
    else s += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.7 ? ' ' : '');
  }
  return s;
}

/** Positions inside the text, ids unique, disputes referring to figures that exist, spans covering their text. */
function assertValidModel(text: string, m: DocumentModel, seed: number): void {
  const where = `seed ${seed}`;
  const inside = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= text.length;
  for (const a of m.actors) for (const x of a.mentions) assert.ok(inside(x) && text.slice(x.start, x.end) === x.text, where);
  for (const f of m.figures) assert.ok(inside(f) && text.slice(f.start, f.end) === f.text, where);
  for (const i of m.interests) assert.ok(inside(i.evidence) && text.slice(i.evidence.start, i.evidence.end) === i.evidence.text, where);
  for (const f of m.findings) assert.ok(inside(f), where);
  const figureIds = new Set(m.figures.map((f) => f.id));
  assert.equal(figureIds.size, m.figures.length, where);
  assert.equal(new Set(m.actors.map((a) => a.id)).size, m.actors.length, where);
  const actorIds = new Set(m.actors.map((a) => a.id));
  for (const d of m.disputes) for (const f of d.figures) assert.ok(figureIds.has(f), where);
  for (const f of m.figures) assert.ok(f.claimant === null || actorIds.has(f.claimant), `${where}: claimant ${f.claimant}`);
  for (const i of m.interests) assert.ok(actorIds.has(i.actor) && (i.claimedBy === null || actorIds.has(i.claimedBy)), where);
}

describe('fuzz: random and mutated documents', function () {
  this.timeout(120_000);

  it('returns a valid model for 10,000 random documents without throwing', () => {
    const next = rng(20261126);
    for (let seed = 0; seed < 10_000; seed++) {
      const text = randomDocument(next);
      assertValidModel(text, analyzeDocument(text), seed);
    }
  });

  it('returns a valid model for 2,000 mutations of the sample-like text', () => {
    const base = 'Russia says North Korea will send 6,000 soldiers. But Ukraine believes that 25-30,000 more soldiers will come, Kyiv said. Reports say Kim Jong Un is getting oil and food.\n\n';
    const next = rng(7);
    for (let seed = 0; seed < 2_000; seed++) {
      let text = base.repeat(1 + Math.floor(next() * 3));
      for (let k = 0; k < 5; k++) {
        const at = Math.floor(next() * text.length);
        const cut = Math.floor(next() * 20);
        text = text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at + cut);
      }
      assertValidModel(text, analyzeDocument(text), seed);
    }
  });
});
