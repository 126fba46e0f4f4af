import * as assert from 'node:assert/strict';
import { analyzeDocument, type DocumentModel } from '../../../src/core';

/** Positions inside the text, ids unique, every dispute's figures exist. */
function assertValid(text: string, m: DocumentModel): void {
  const spans = [...m.actors.flatMap((a) => a.mentions), ...m.figures, ...m.interests.map((i) => i.evidence), ...m.findings];
  for (const s of spans) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} inside ${text.length}`);
  const ids = m.figures.map((f) => f.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(new Set(m.actors.map((a) => a.id)).size, m.actors.length);
  for (const d of m.disputes) for (const f of d.figures) assert.ok(ids.includes(f));
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
