import * as assert from 'node:assert/strict';
import { analyzeDocument, type DocumentModel } from '../../../src/core';

/** Positions inside the text, ids unique, every dispute's figures exist. */
function assertValid(text: string, m: DocumentModel): void {
  const spans = [...m.actors.flatMap((a) => a.mentions), ...m.figures, ...m.interests.map((i) => i.evidence), ...m.findings];
  for (const s of spans) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} inside ${text.length}`);
  const ids = new Set(m.figures.map((f) => f.id));
  assert.equal(ids.size, m.figures.length);
  assert.equal(new Set(m.actors.map((a) => a.id)).size, m.actors.length);
  for (const d of m.disputes) for (const f of d.figures) assert.ok(ids.has(f));
}

describe('hostile input', () => {
  const cases: Record<string, string> = {
    'empty': '',
    'binary junk and NUL bytes': Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('') + '\u0000\u0000',
    'unbalanced quotes and brackets': '“Russia said (6,000 [soldiers “ Ukraine said 25,000 troops ) ] ” "',
    'CRLF and mixed line endings': 'Police said 100 people came.\r\n\r\nOrganisers said 900 people came.\rMore.\n',
    'deep nesting': `${'> '.repeat(200)}${'- '.repeat(200)}Police said 10 people came.`,
    'one huge table': `| a | b |\n|---|---|\n${'| Police said 5 people | 6,000 |\n'.repeat(2000)}`,
    'many numbers': Array.from({ length: 20000 }, (_, i) => `${i},000`).join(' '),
    'emoji around names and numbers': '😀Moscow😀 said 👍6,000👍 soldiers; Kyiv said 25,000 troops 🎉.',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`returns a valid model for ${name}`, () => assertValid(text, analyzeDocument(text)));
  }

  it('keeps offsets right next to emoji', () => {
    const text = '😀Moscow😀 said 👍6,000👍 soldiers; Kyiv said 25,000 troops 🎉.';
    const m = analyzeDocument(text);
    assert.deepEqual(m.figures.map((f) => [text.slice(f.start, f.end), f.claimant]), [['6,000', 'russia'], ['25,000', 'ukraine']]);
  });
});

describe('pathological input', function () {
  this.timeout(120_000);

  it('analyses a 5 MB single line, with the same model per repeat', () => {
    const sentence = 'Police said 10,000 people marched, but organisers said 50,000 people marched. ';
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const m = analyzeDocument(text);
    const repeats = Math.ceil(5_000_000 / sentence.length);
    assert.equal(m.figures.length, 2 * repeats);
    assert.equal(m.disputes.length, 1);
    assert.equal(m.findings.length, 2 * repeats);
    assertValid(text, m);
  });

  it('analyses 100,000 numbers', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `${(i % 900) + 100} soldiers`).join(', ');
    const m = analyzeDocument(text);
    assert.equal(m.figures.length, 100_000);
  });

  // Scaling, not wall-clock budgets. Eight times the input may take at most 24 times as long: linear work
  // takes about 8, a quadratic path 64. Each size is timed five times, interleaved with the other, and the
  // best of each is compared, so a burst of load on a shared machine slows both sides or neither.
  const worst: Record<string, (n: number) => string> = {
    'a line of spaces': (n) => `${' '.repeat(n)}x`,
    'tabs and spaces before a dash': (n) => `${'\t '.repeat(n / 2)}-`,
    'dashes before a pipe': (n) => `${'-'.repeat(n)} |`,
    'pipes': (n) => '| '.repeat(n / 2),
    'digit groups': (n) => `${'1,'.repeat(n / 2)}x`,
    'dotted capitals': (n) => 'A.'.repeat(n / 2),
    'a URL': (n) => `http://${'a'.repeat(n)}`,
    'capitalised words': (n) => 'Abc '.repeat(n / 4),
    'quotes': (n) => '“'.repeat(n),
  };
  const bestOf = (texts: string[], rounds: number): number[] => {
    const best = texts.map(() => Infinity);
    for (let r = 0; r < rounds; r++) {
      texts.forEach((t, i) => {
        const t0 = performance.now();
        analyzeDocument(t);
        best[i] = Math.min(best[i]!, performance.now() - t0);
      });
    }
    return best;
  };
  for (const [name, make] of Object.entries(worst)) {
    it(`stays linear on ${name}`, () => {
      analyzeDocument(make(20_000));
      const [small, large] = bestOf([make(50_000), make(400_000)], 5) as [number, number];
      assert.ok(large < Math.max(24 * small, 100), `${name}: 50 K ${small.toFixed(0)} ms, 400 K ${large.toFixed(0)} ms`);
    });
  }
});
