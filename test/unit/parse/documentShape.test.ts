import * as assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { declineReason, DELIMITER_WORK_LIMIT, LIST_WORK_LIMIT, parseMarkdown, scanShape } from '../../../src/core';
import { measureListWork } from '../../../src/core/parse/listWork';
import { tallyDelimiters, type DelimiterTally } from '../../../src/core/parse/documentShape';
import { forEachLine, newLinePrefix, readLinePrefix } from '../../../src/core/parse/linePrefix';
import { rng } from '../../support/rng';

/** The estimated work of paragraphs that are each one line of `'*a'` repeated `pairs` times: `pairs` runs, all but the first closing. */
const pairWork = (pairs: number) => (pairs - 1) * pairs;

/** Number of paragraphs, headings and table cells in the parse of `text`. */
function proseNodes(text: string): Nodes[] {
  const found: Nodes[] = [];
  const stack: Nodes[] = [parseMarkdown(text)];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') found.push(n);
    else if ('children' in n) stack.push(...(n.children as Nodes[]));
  }
  return found;
}

describe('document shape pre-scan', () => {
  it('measures an ordinary document', () => {
    const text = '# Title\n\nPolice said *10* people came, [see](x).\n\n- one\n  - two\n> - three\n';
    assert.deepEqual(scanShape(text), {
      length: text.length, longestLine: 39, nesting: 2, nestedListItems: 2, delimiters: 3,
      // Far below the limit, so not read by chunk: the bound, items times the whole length.
      listWork: { work: 2 * text.length, worst: { line: 1, items: 2, length: text.length } },
      // One paragraph: `*` opens, `*` closes, `[` and `]`: 2 closers × 4 runs.
      delimiterWork: 8, densest: { line: 3, delimiters: 4 },
    });
    assert.equal(declineReason(scanShape(text)), null);
  });

  it('measures the nesting of deep quotes, lists and both', () => {
    const tail = 'Police said 10 people came.';
    const quotes = scanShape(`${'> '.repeat(10_000)}${tail}`);
    const lists = scanShape(`${'- '.repeat(4_000)}${tail}`);
    const mixed = scanShape(`${'> - '.repeat(3_000)}${tail}`);
    assert.deepEqual([quotes.nesting, quotes.nestedListItems, lists.nesting, lists.nestedListItems, mixed.nesting, mixed.nestedListItems], [10_000, 0, 4_000, 3_999, 6_000, 3_000]);
    for (const s of [quotes, lists, mixed]) assert.equal(declineReason(s), null, 'nesting is neutralised, not declined');
  });

  it('declines a paragraph dense with emphasis, naming its line and its delimiters', () => {
    const text = `Intro.\n\n${'*a'.repeat(16_000)}\n`;
    const shape = scanShape(text);
    assert.equal(shape.delimiterWork, pairWork(16_000));
    assert.equal(declineReason(shape), 'it is too dense in emphasis and link delimiters (*, _, [, ]) to parse in reasonable time: ' +
      "the paragraph at line 3 has 16,000, and the Markdown parser's time grows with the square of that number");
  });

  it('adds up paragraphs apart: blank lines, list items, headings, thematic breaks and table rows end them', () => {
    const line = '*a'.repeat(200);
    const ten = (make: (i: number) => string) => Array.from({ length: 10 }, (_, i) => make(i)).join('\n');
    const cases: Record<string, string> = {
      'blank lines': ten(() => `${line}\n`),
      'list items': ten(() => `- ${line}`),
      'items numbered 1': ten(() => `1. ${line}`),
      'headings': ten(() => `# ${line}`),
      'thematic breaks': ten(() => `${line}\n***`),
      'table rows': `| a | b |\n|---|---|\n${ten(() => `| ${line} | x |`)}`,
    };
    for (const [name, text] of Object.entries(cases)) {
      assert.equal(scanShape(text).delimiterWork, 10 * pairWork(200), name);
      assert.equal(proseNodes(text).filter((n) => n.position!.end.offset! - n.position!.start.offset! >= line.length).length, 10, `${name}: ten paragraphs in the parse`);
    }
  });

  it('counts as one paragraph what the parser reads as one: quote lines, lazy lines, items numbered 2, a table whose rows do not match', () => {
    const line = '*a'.repeat(200);
    const cases: Record<string, string> = {
      'quote lines': Array.from({ length: 10 }, () => `> ${line}`).join('\n'),
      'lazy lines': `> ${line}\n${Array.from({ length: 9 }, () => line).join('\n')}`,
      'lines numbered 2': `Intro\n${Array.from({ length: 10 }, () => `2. ${line}`).join('\n')}`,
      'a delimiter row of another width': `a | b\n-|-|-\n${Array.from({ length: 10 }, () => `${line} |`).join('\n')}`,
    };
    for (const [name, text] of Object.entries(cases)) {
      const runs = 10 * 200;
      assert.equal(scanShape(text).delimiterWork, (runs - 10) * runs, name);
      assert.ok(proseNodes(text).some((n) => n.position!.end.offset! - n.position!.start.offset! >= 10 * line.length), `${name}: one paragraph in the parse`);
    }
  });

  it('counts only runs that can open or close: spaced stars, intraword underscores', () => {
    assert.deepEqual([scanShape('*a '.repeat(20_000)).delimiterWork, scanShape('a_b'.repeat(20_000)).delimiterWork], [0, 0]);
  });

  it('reads a 5 MB line in one pass', () => {
    const sentence = 'Police said 10,000 people marched, but organisers said 50,000 people marched. ';
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const shape = scanShape(text);
    assert.deepEqual([shape.longestLine, shape.nesting, shape.delimiterWork, declineReason(shape)], [text.length, 0, 0, null]);
  });

  it('never counts less than the parser has to do: on random Markdown, at least the work of the paragraphs it parses', () => {
    const prefixes = ['', '', '', '> ', '> > ', '>', '- ', '* ', '  - ', '1. ', '2. ', '10) ', '  ', '    ', '\t', '# ', '| ', '  > '];
    const lines = ['```', '~~~', '```a`', '<div>', '</div>', '<!--', '-->', '---', '***', '===', '- - -', '| a | b |', '|---|---|', '-|-', '|-', '', '', ''];
    const pieces = ['*a', 'a*', '_a', 'a_', '**', '*', '_', '[', ']', '](x)', ' ', 'w', '|', '`', '\\*', ' *', '* '];
    const tally: DelimiterTally = { characters: 0, runs: 0, closers: 0 };
    const prefix = newLinePrefix();
    for (let seed = 1; seed <= 400; seed++) {
      const next = rng(seed);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
      const text = Array.from({ length: 1 + Math.floor(next() * 30) }, () => {
        if (next() < 0.25) return pick(prefixes) + pick(lines);
        return pick(prefixes) + Array.from({ length: Math.floor(next() * 12) }, () => pick(pieces)).join('');
      }).join(next() < 0.1 ? '\r\n' : '\n');
      let parsed = 0;
      for (const node of proseNodes(text)) {
        tally.runs = 0;
        tally.closers = 0;
        const s = node.position!.start.offset!;
        const e = node.position!.end.offset!;
        // The node's own lines: the first from its start, the others after their container markers.
        forEachLine(text.slice(0, e), (ls, le) => {
          if (le < s) return;
          const from = ls <= s ? s : readLinePrefix(text, ls, le, Number.MAX_SAFE_INTEGER, prefix).content;
          tallyDelimiters(text, Math.max(ls, s), from, le, tally);
        });
        parsed += tally.runs * tally.closers;
      }
      assert.ok(scanShape(text).delimiterWork >= parsed, `seed ${seed}: estimate ${scanShape(text).delimiterWork} < ${parsed} in ${JSON.stringify(text)}`);
    }
  });

  it('declines a nested list too long to parse, not one broken by blank lines, nor a shorter one', () => {
    assert.equal(LIST_WORK_LIMIT, 1_500_000_000);
    const item = '- - Police said 10 people came.\n';
    const long = item.repeat(9_400);
    assert.equal(declineReason(scanShape(long)), 'its nested lists are too long to parse in reasonable time: from line 1, 9,400 nested list items ' +
      "run 300,800 characters without a break, and the Markdown parser's time grows with their number times that length");
    // The same list in stretches of 50 items between paragraphs: parsed 16 KB at a time, so linear.
    const broken = Array.from({ length: 188 }, () => `${item.repeat(50)}\nA paragraph.\n\n`).join('');
    assert.equal(declineReason(scanShape(broken)), null);
    assert.equal(declineReason(scanShape(item.repeat(3_800))), null);
  });

  it('measures list work by batch as well as by chunk: small chunks parsed with a large one pay for its length', () => {
    const text = `${'- - x\n\n'.repeat(100)}${'y'.repeat(100_000)}`;
    // 101 chunks; with batches of 1,000 characters, the 100 small ones (700 characters) are parsed with the last.
    assert.deepEqual(measureListWork(text, 1_000), { work: 100 * text.length, worst: { line: 1, items: 100, length: text.length } });
    assert.deepEqual(measureListWork(text, 1), { work: 100 * 7, worst: { line: 1, items: 1, length: 7 } });
  });

  it('keeps the limit where ordinary prose is far below it', () => {
    assert.equal(DELIMITER_WORK_LIMIT, 20_000_000);
    // Per paragraph: `*10*`, `[`, `]` and `_50_` are 6 runs, 3 of which close: 18; 2,000 paragraphs (150 KB) make 36,000.
    const article = 'Police said *10* people came, but [organisers](https://x.example) said _50_.\n\n'.repeat(2_000);
    assert.equal(scanShape(article).delimiterWork, 36_000);
  });
});
