import * as assert from 'node:assert/strict';
import { extractProseBlocks } from '../../../src/core';

describe('prose extraction', () => {
  it('keeps prose at its offsets and blanks markup, code, link targets and HTML', () => {
    const text = 'A **bold** [link](https://x.example/9) and `code` <b>html</b> end.';
    const [block] = extractProseBlocks(text);
    assert.equal(block.text.length, text.length);
    assert.equal(block.text, 'A   bold    link                       and           html     end.');
  });

  it('takes paragraphs, headings and table cells, and skips front matter and code blocks', () => {
    const text = '---\ntitle: x\n---\n\n# Head\n\nPara.\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| c | d |\n\n> Quote.\n\n- Item.\n';
    assert.deepEqual(extractProseBlocks(text).map((b) => [b.kind, b.text.trim()]), [
      ['heading', 'Head'], ['paragraph', 'Para.'], ['tableCell', 'a'], ['tableCell', 'b'], ['tableCell', 'c'], ['tableCell', 'd'],
      ['paragraph', 'Quote.'], ['paragraph', 'Item.'],
    ]);
  });

  it('blanks bare URLs in prose', () => {
    const [block] = extractProseBlocks('See https://example.com/2024/7000 now.');
    assert.equal(block.text, `See ${' '.repeat('https://example.com/2024/7000'.length)} now.`);
  });

  it('maps each block to its source span', () => {
    const text = 'One.\n\nTwo words.\n';
    assert.deepEqual(extractProseBlocks(text).map((b) => [b.start, b.end, text.slice(b.start, b.end)]), [[0, 4, 'One.'], [6, 16, 'Two words.']]);
  });
});
