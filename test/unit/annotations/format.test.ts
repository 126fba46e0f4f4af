import * as assert from 'node:assert/strict';
import { exportCollection, importCollection, makeSelectors, parseAnnotation, serializeAnnotation, type Annotation } from '../../../src/core';
import { syntaxErrorOffset } from '../../../src/core/annotations/format';

const TEXT = 'Reports say that Kim is getting oil and food.';

function note(id: string, value: string): Annotation {
  const s = TEXT.indexOf('oil and food');
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    creator: { type: 'Person', name: 'Ada' },
    created: '2026-11-26T10:00:00.000Z',
    modified: '2026-11-26T10:00:00.000Z',
    body: { type: 'TextualBody', purpose: 'commenting', kind: 'note', value },
    target: { source: 'samples/north-korean-troops.md', selector: makeSelectors(TEXT, s, s + 12) },
  };
}

describe('annotation files', () => {
  it('serialise with a fixed key order, two-space indentation and a final newline', () => {
    const text = serializeAnnotation(note('a1', 'Check the source.'));
    assert.ok(text.endsWith('}\n'));
    assert.deepEqual(text.split('\n').slice(0, 9), [
      '{', '  "@context": "http://www.w3.org/ns/anno.jsonld",', '  "id": "a1",', '  "type": "Annotation",', '  "creator": {',
      '    "type": "Person",', '    "name": "Ada"', '  },', '  "created": "2026-11-26T10:00:00.000Z",',
    ]);
  });

  it('round-trip through parse', () => {
    const a = note('a1', 'Check the source.');
    assert.deepEqual(parseAnnotation(serializeAnnotation(a)), { annotation: a });
  });

  it('point at the problem in a broken file', () => {
    // The syntax message is V8's and varies by Node version; the offset is ours and must be exact.
    const broken = parseAnnotation('{ "id": "a1", ') as { error: { message: string; offset: number } };
    assert.equal(broken.error.offset, 14);
    assert.match(broken.error.message, /^Not valid JSON: /);
    const missingValue = '{\n  "id": "broken",\n  "type": \n}\n';
    assert.equal((parseAnnotation(missingValue) as { error: { offset: number } }).error.offset, missingValue.indexOf('}'));
  });

  it('locate JSON syntax errors at the offending token, whatever the engine\'s message says', () => {
    const cases: Array<[string, number]> = [
      ['{"a": 1,}', 8], ['[1, 2', 5], ['{"a" 1}', 5], ['{"a": tru}', 6], ['{"a": "x\n"}', 8], ['{"a": [1 2]}', 9], ['{} x', 3], ['{"a": -}', 6],
    ];
    for (const [bad, offset] of cases) assert.equal(syntaxErrorOffset(bad), offset, bad);
    assert.equal(syntaxErrorOffset('{"a": [1, {"b": null}], "c": "d"}'), -1);
    const wrongKind = serializeAnnotation(note('a1', 'x')).replace('"kind": "note"', '"kind": "poem"');
    assert.deepEqual(parseAnnotation(wrongKind), { error: { message: '"body.kind" must be one of note, actor, interest, claim, dispute-review.', offset: wrongKind.indexOf('"kind"') } });
    const badPosition = serializeAnnotation(note('a1', 'x')).replace(/"start": \d+/, '"start": -4');
    assert.equal((parseAnnotation(badPosition) as { error: { message: string } }).error.message, '"target.selector" must hold a TextPositionSelector with whole-number "start" <= "end".');
  });

  it('require the fields each kind needs, naming them', () => {
    const asKind = (kind: string, fields?: Record<string, string>) => {
      const text = serializeAnnotation({ ...note('k', 'x'), body: { type: 'TextualBody', purpose: 'describing', kind: kind as 'note', value: 'x', ...(fields ? { fields } : {}) } });
      const parsed = parseAnnotation(text);
      return 'error' in parsed ? [parsed.error.message, text.slice(parsed.error.offset, parsed.error.offset + 8)] : 'ok';
    };
    assert.deepEqual(asKind('actor'), ['An actor annotation needs "body.fields.action": one of declare, alias, rename, merge, not-an-actor.', '"kind": ']);
    assert.deepEqual(asKind('actor', { action: 'alias' }), ['"alias" needs "body.fields.actor": the id of the actor.', '"fields"']);
    assert.equal(asKind('actor', { action: 'declare', actorKind: 'person' }), 'ok');
    assert.deepEqual(asKind('interest', { claimedBy: 'x' }), ['An interest annotation needs "body.fields.actor": the id of the actor whose interest it is.', '"fields"']);
    assert.deepEqual(asKind('dispute-review', { status: 'maybe' }), ['A dispute review needs "body.fields.status": one of confirmed, not-a-dispute, resolved.', '"fields"']);
    assert.equal(asKind('claim'), 'ok');
  });

  it('refuse a 10 MB file without parsing it', () => {
    const huge = `{"id":"${'x'.repeat(10_000_000)}"}`;
    assert.deepEqual(parseAnnotation(huge), { error: { message: `The file is ${huge.length} characters long; an annotation file may have at most 1000000.`, offset: 0 } });
  });

  it('keep hostile text as data', () => {
    const a = note('a1', '<script>alert(1)</script>');
    const parsed = parseAnnotation(serializeAnnotation(a));
    assert.equal('annotation' in parsed && parsed.annotation.body.value, '<script>alert(1)</script>');
  });

  it('export and import a W3C AnnotationCollection', () => {
    const collection = exportCollection('samples/x.md', [note('b', 'two'), note('a', 'one')]);
    const parsed = JSON.parse(collection);
    assert.equal(parsed.type, 'AnnotationCollection');
    assert.equal(parsed.total, 2);
    assert.deepEqual(parsed.first.items.map((i: { id: string }) => i.id), ['a', 'b']);
    const back = importCollection(collection);
    assert.deepEqual(back, { annotations: [note('a', 'one'), note('b', 'two')], errors: [] });
    assert.deepEqual(importCollection('[{"type": "Annotation"}]').errors, ['item 1: "id" must be a non-empty string.']);
  });
});
