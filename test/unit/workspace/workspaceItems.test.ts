import * as assert from 'node:assert/strict';
import { describeCounts, matchesFilter, parseFilter, type WorkspaceItem } from '../../../src/features/workspace/workspaceItems';

const item = (over: Partial<WorkspaceItem>): WorkspaceItem => ({
  kind: 'note', label: 'Which reports?', author: 'Ada Lovelace', status: null, id: 'n1', start: 10, end: 22, quote: 'oil and food', ...over,
});

describe('workspace view items', () => {
  it('parses words and author:, kind:, status: terms, quoted or not', () => {
    assert.deepEqual(parseFilter('oil author:"Ada Lovelace" kind:note'), { words: ['oil'], author: 'ada lovelace', kind: 'note' });
    assert.deepEqual(parseFilter('status:orphan "two words" Kim'), { words: ['two words', 'kim'], status: 'orphan' });
    assert.deepEqual(parseFilter('  '), { words: [] });
    assert.deepEqual(parseFilter('url:http://x'), { words: ['url:http://x'] });
  });

  it('keeps the items every term of the filter holds for', () => {
    const items = [
      item({}),
      item({ id: 'r1', kind: 'dispute-review', label: 'Different quantities', status: 'not-a-dispute', author: 'Grace', quote: '6,000' }),
      item({ id: 'o1', label: 'Gone', status: 'orphan', start: null, end: null, quote: 'a deleted line' }),
      item({ id: null, kind: 'dispute', label: 'Disputed: Russia says 6,000', author: null, quote: '6,000' }),
    ];
    const ids = (q: string) => items.filter((i) => matchesFilter(i, parseFilter(q))).map((i) => i.id ?? i.kind);
    assert.deepEqual(ids(''), ['n1', 'r1', 'o1', 'dispute']);
    assert.deepEqual(ids('6,000'), ['r1', 'dispute']);
    assert.deepEqual(ids('kind:dispute'), ['r1', 'dispute'], 'kind is a prefix: dispute-review and dispute');
    assert.deepEqual(ids('kind:dispute-'), ['r1']);
    assert.deepEqual(ids('author:ada'), ['n1', 'o1']);
    assert.deepEqual(ids('status:orphan'), ['o1']);
    assert.deepEqual(ids('status:not author:grace different'), ['r1']);
    assert.deepEqual(ids('FOOD'), ['n1']);
  });

  it('counts a document\'s annotations, orphans and disputes', () => {
    assert.equal(describeCounts([item({}), item({ status: 'orphan' }), item({ kind: 'dispute' }), item({ kind: 'dispute' })]), '2 annotations, 1 orphan, 2 disputes');
    assert.equal(describeCounts([item({})]), '1 annotation');
    assert.equal(describeCounts([]), '');
  });
});
