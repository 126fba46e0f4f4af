import * as assert from 'node:assert/strict';
import type { Root } from 'mdast';
import { extractProseBlocks, parseMarkdown } from '../../../src/core';
import { MAX_NESTING, neutraliseNesting } from '../../../src/core/parse/neutraliseNesting';

const NBSP = '\u00a0';
const PROSE = 'Police said 10 people came.';

describe('nesting guard', () => {
  it('returns an ordinary document itself, unchanged', () => {
    const text = '> Quote.\n>\n> - item\n>   - sub item\n\n1. one\n2. two\n';
    assert.equal(neutraliseNesting(text), text);
  });

  it('keeps 32 markers of a deeper line and blanks the rest, character for character', () => {
    assert.equal(MAX_NESTING, 32);
    const text = `${'> '.repeat(40)}${PROSE}`;
    const out = neutraliseNesting(text);
    assert.equal(out.length, text.length);
    assert.equal(out, `${'> '.repeat(32)}${`${NBSP}${NBSP}`.repeat(7)}${NBSP} ${PROSE}`);
  });

  it('counts quotes, bullets and ordered markers together, with or without blanks between quotes', () => {
    const text = `${'> - 1. '.repeat(11)}>>>${PROSE}`;
    // The 33rd marker is the 11th `1.`: it and everything up to the last `>` are blanked.
    assert.equal(neutraliseNesting(text), `${'> - 1. '.repeat(10)}> - ${NBSP.repeat(6)}${PROSE}`);
  });

  it('blanks with spaces where nothing follows the markers, so the line stays blank', () => {
    const text = `${'> '.repeat(34)}\n${'- '.repeat(33)}x\n`;
    assert.equal(neutraliseNesting(text), `${'> '.repeat(32)}${' '.repeat(4)}\n${'- '.repeat(32)}${NBSP} x\n`);
  });

  it('reads lines ended by CR, CRLF and LF', () => {
    const deep = '> '.repeat(33);
    const out = neutraliseNesting(`${deep}a\r${deep}b\r\n${deep}c\n${deep}d`);
    const kept = `${'> '.repeat(32)}${NBSP} `;
    assert.equal(out, `${kept}a\r${kept}b\r\n${kept}c\n${kept}d`);
  });

  it('leaves markers that are not markers alone: no blank after a bullet, a number with a decimal point', () => {
    const text = `${'> '.repeat(32)}-x 1.5 *a*\n${'> '.repeat(32)}10.5 million`;
    assert.equal(neutraliseNesting(text), text);
  });
});

describe('prose of deeply nested documents', () => {
  for (const [name, prefix] of [['quotes', '> '.repeat(10_000)], ['list markers', '- '.repeat(4_000)], ['quotes and lists', '> - '.repeat(3_000)]] as const) {
    it(`finds the prose after ${prefix.length.toLocaleString('en')} characters of nested ${name}, at its offset`, () => {
      const text = `${prefix}${PROSE}`;
      // The paragraph starts where the 33rd marker was; the blanked markers are spaces in its prose.
      assert.deepEqual(extractProseBlocks(text).map((b) => [b.kind, b.start, b.end, b.text]), [['paragraph', 64, text.length, `${' '.repeat(prefix.length - 64)}${PROSE}`]]);
    });
  }

  it('walks a tree far deeper than the call stack would allow', () => {
    // 200,000 nested block quotes around one paragraph, and 200,000 nested emphases inside it.
    const text = 'A deep word.';
    const position = (start: number, end: number) => ({ start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } });
    type Any = { type: string; children?: Any[]; value?: string; position: ReturnType<typeof position> };
    let inline: Any = { type: 'text', value: 'deep', position: position(2, 6) };
    for (let i = 0; i < 200_000; i++) inline = { type: 'emphasis', children: [inline], position: position(2, 6) };
    let block: Any = { type: 'paragraph', children: [{ type: 'text', value: 'A ', position: position(0, 2) }, inline, { type: 'text', value: ' word.', position: position(6, 12) }], position: position(0, 12) };
    for (let i = 0; i < 200_000; i++) block = { type: 'blockquote', children: [block], position: position(0, 12) };
    const tree = { type: 'root', children: [block], position: position(0, 12) } as unknown as Root;
    assert.deepEqual(extractProseBlocks(text, tree).map((b) => b.text), ['A deep word.']);
  });

  it('parses each line at most 32 containers deep', () => {
    const tree = parseMarkdown(`${'> '.repeat(10_000)}${PROSE}`);
    let depth = 0;
    for (let node: { children?: unknown[] } = tree; node.children && node.children.length > 0; node = node.children[0] as { children?: unknown[] }) depth++;
    assert.equal(depth, 32 + 2, 'root → 32 block quotes → paragraph → text');
  });
});
