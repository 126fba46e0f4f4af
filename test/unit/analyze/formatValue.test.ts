import * as assert from 'node:assert/strict';
import { formatFigureValue, formatNumber } from '../../../src/core';

describe('formatting values', () => {
  it('groups thousands, keeps two decimals, and three significant digits below one', () => {
    assert.deepEqual([25000, 1.256, 0.001, 0.00123456, 0].map(formatNumber), ['25,000', '1.26', '0.001', '0.00123', '0']);
  });

  it('writes money, shares, ranges, open bounds and distance qualifiers as people read them', () => {
    const f = (low: number | null, high: number | null, unit: string | null, qualifier: string | null = null, approximate = false) =>
      formatFigureValue({ low, high, unit, qualifier, approximate });
    assert.deepEqual([
      f(350e6, 350e6, 'GBP'), f(25000, 30000, null), f(0.001, 0.001, '%'), f(1000, null, null), f(null, 5000, null),
      f(12000, 12000, null, 'about', true), f(null, 6000, null, 'nowhere near"'), f(1000, null, null, 'Well over'),
    ], ['£350 million', '25,000–30,000', '0.001%', 'more than 1,000', 'up to 5,000', 'about 12,000', 'well below 6,000', 'well over 1,000']);
  });

  it('writes abbreviated currencies before the number, as the copy does', () => {
    const f = (v: number, unit: string) => formatFigureValue({ low: v, high: v, unit, qualifier: null, approximate: false });
    assert.deepEqual([f(8500, 'Rs'), f(23000, 'Tk'), f(2e6, 'CHF')], ['Rs8,500', 'Tk23,000', '2 million CHF']);
  });
});
