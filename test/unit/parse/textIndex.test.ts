import * as assert from 'node:assert/strict';
import { TextIndex } from '../../../src/core';

describe('TextIndex', () => {
  it('converts offsets to 1-based lines and columns across LF, CRLF and CR', () => {
    const index = new TextIndex('ab\r\ncd\ref\ngh');
    assert.deepEqual([0, 1, 4, 7, 10, 11].map((o) => index.toLineColumn(o)), [
      { line: 1, column: 1 }, { line: 1, column: 2 }, { line: 2, column: 1 }, { line: 3, column: 1 }, { line: 4, column: 1 }, { line: 4, column: 2 },
    ]);
  });

  it('converts back and clamps out-of-range input', () => {
    const index = new TextIndex('ab\ncd');
    assert.equal(index.toOffset(2, 2), 4);
    assert.equal(index.toOffset(9, 9), 5);
    assert.deepEqual(index.toLineColumn(99), { line: 2, column: 3 });
  });
});
