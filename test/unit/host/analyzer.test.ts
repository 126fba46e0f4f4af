import * as assert from 'node:assert/strict';
import { needsWorker } from '../../../src/host/analyzer';

// Which documents the extension analyses off its host thread: decided by the linear pre-scan, before any parse.
describe('routing to the analysis worker', () => {
  const tail = 'Police said 10 people came.';

  it('keeps an ordinary small document inline, nesting and emphasis included', () => {
    const text = `# Title\n\n> ${tail}\n\n- one\n  - *two*\n\n${'> '.repeat(32)}${tail}\n`;
    assert.equal(needsWorker(text), false);
  });

  it('sends the hostile shapes of issue 13 to the worker, however small', () => {
    const cases: Record<string, string> = {
      '10,000 nested quotes (20 KB)': `${'> '.repeat(10_000)}${tail}`,
      '4,000 nested list markers (8 KB)': `${'- '.repeat(4_000)}${tail}`,
      '3,000 quotes and lists, mixed (12 KB)': `${'> - '.repeat(3_000)}${tail}`,
      '33 nested quotes': `${'> '.repeat(33)}${tail}`,
      '1,001 `*a` pairs': `${'*a'.repeat(1_001)} ${tail}`,
      '1,001 nested list items (6 KB)': `${'- - x\n'.repeat(1_001)}`,
      'a line of 20,001 characters': `${tail} ${'x'.repeat(20_001 - tail.length - 1)}`,
    };
    for (const [name, text] of Object.entries(cases)) assert.equal(needsWorker(text), true, name);
  });

  it('sends a 5 MB line to the worker', () => {
    assert.equal(needsWorker(`${tail} `.repeat(Math.ceil(5_000_000 / (tail.length + 1)))), true);
  });

  it('keeps what is just below each limit inline', () => {
    for (const text of [`${'*a'.repeat(999)} ${tail}`, '- - x\n'.repeat(1_000), `${tail} ${'x'.repeat(20_000 - tail.length - 1)}`]) assert.equal(needsWorker(text), false);
  });
});
