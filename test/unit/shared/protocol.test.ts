import * as assert from 'node:assert/strict';
import { parseFromWebview } from '../../../src/shared/protocol';

describe('webview protocol', () => {
  it('accepts well-formed messages', () => {
    assert.deepEqual(parseFromWebview({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromWebview({ type: 'reveal', uri: 'file:///a.md', start: 1, end: 4, extra: 1 }), { type: 'reveal', uri: 'file:///a.md', start: 1, end: 4 });
    assert.deepEqual(parseFromWebview({ type: 'deleteAnnotation', id: '20261126T091500-oilnote' }), { type: 'deleteAnnotation', id: '20261126T091500-oilnote' });
    assert.deepEqual(parseFromWebview({ type: 'reattachAnnotation', id: 'a.b-c_1' }), { type: 'reattachAnnotation', id: 'a.b-c_1' });
    assert.deepEqual(parseFromWebview({ type: 'editAnnotation', id: 'n1', value: 'x' }), { type: 'editAnnotation', id: 'n1' });
  });

  it('rejects anything else', () => {
    for (const bad of [null, 'ready', 42, {}, { type: 'nope' }, { type: 'reveal', uri: 1, start: 0, end: 1 },
      { type: 'reveal', uri: 'x', start: -1, end: 1 }, { type: 'reveal', uri: 'x', start: 5, end: 1 }, { type: 'reveal', uri: 'x', start: 0.5, end: 1 },
      { type: 'deleteAnnotation', id: '../../etc/passwd' }, { type: 'deleteAnnotation', id: '' }, { type: 'reattachAnnotation', id: 7 }, { type: 'editAnnotation', id: 'a/b' }]) {
      assert.equal(parseFromWebview(bad), null, JSON.stringify(bad));
    }
  });
});
