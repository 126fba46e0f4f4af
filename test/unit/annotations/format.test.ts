import * as assert from 'node:assert/strict';
import { exportCollection, importCollection, makeSelectors, parseAnnotation, salvageTargetSource, serializeAnnotation, type Annotation } from '../../../src/core';

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
    assert.deepEqual(text.split('\n').slice(0, 20), [
      '{', '  "@context": [', '    "http://www.w3.org/ns/anno.jsonld",', '    {', '      "@version": 1.1,', '      "marginalia": "urn:marginalia:",',
      '      "kind": "marginalia:kind",', '      "fields": {', '        "@id": "marginalia:fields",', '        "@type": "@json"', '      },',
      '      "assessing": "http://www.w3.org/ns/oa#assessing"', '    }', '  ],',
      '  "id": "a1",', '  "type": "Annotation",', '  "creator": {', '    "type": "Person",', '    "name": "Ada"', '  },',
    ]);
    // The document's path is written as an IRI reference relative to the workspace folder, and read back as the path.
    const spaced = { ...note('a1', 'x'), target: { ...note('a1', 'x').target, source: 'notes/Q3 #2: 50%?.md' } };
    const written = serializeAnnotation(spaced);
    assert.ok(written.includes('"source": "notes/Q3%20%232%3A%2050%25%3F.md"'), written);
    assert.deepEqual(parseAnnotation(written), { annotation: spaced });
    // A file written before sources were IRIs keeps its path: one with a space, and one with a lone "%".
    for (const old of ['notes/Q3 report.md', 'notes/50% off.md']) {
      const legacy = written.replace('notes/Q3%20%232%3A%2050%25%3F.md', old);
      assert.equal((parseAnnotation(legacy) as { annotation: Annotation }).annotation.target.source, old);
    }
  });

  it('round-trip through parse', () => {
    const a = note('a1', 'Check the source.');
    assert.deepEqual(parseAnnotation(serializeAnnotation(a)), { annotation: a });
  });

  it('point at the problem in a broken file, in words that do not depend on the Node version', () => {
    assert.deepEqual(parseAnnotation('{ "id": "a1", '), { error: { message: 'Not valid JSON: a property name in double quotes is expected.', offset: 14 } });
    const missingValue = '{\n  "id": "broken",\n  "type": \n}\n';
    assert.deepEqual(parseAnnotation(missingValue), { error: { message: 'Not valid JSON: a value is expected.', offset: missingValue.indexOf('}') } });
  });

  it('locate JSON syntax errors at the offending token', () => {
    const cases: Array<[string, number, string]> = [
      ['{"a": 1,}', 8, 'a property name in double quotes is expected'], ['[1, 2', 5, 'a closing bracket is expected'],
      ['{"a" 1}', 5, 'a colon is expected'], ['{"a": tru}', 6, 'an unexpected symbol'], ['{"a": "x\n"}', 6, 'a string is not closed on its line'],
      ['{"a": [1 2]}', 9, 'a comma is expected'], ['{} x', 3, 'an unexpected symbol'], ['{"a": -}', 6, 'an unexpected symbol'],
      ['// note\n{}', 0, 'comments are not allowed in JSON'], ['{"a": 1}{"b": 2}', 8, 'the file should end after its one JSON value'],
      ['', 0, 'a value is expected'], ['{"a": "\t"}', 6, 'a control character inside a string'], ['{"a": 1e}', 6, 'a number ends too early'],
    ];
    for (const [bad, offset, words] of cases) assert.deepEqual(parseAnnotation(bad), { error: { message: `Not valid JSON: ${words}.`, offset } }, bad);
  });

  it('point each schema error at its own node, not at the first key of that name', () => {
    const text = serializeAnnotation(note('a1', 'x'));
    const errorOf = (t: string) => (parseAnnotation(t) as { error: { message: string; offset: number } }).error;
    // The file has six "type" keys; the quote selector's is the fifth.
    const misspelt = text.replace('"type": "TextQuoteSelector"', '"type": "TextQuoteSelecter"');
    assert.deepEqual(errorOf(misspelt), { message: '"target.selector" must hold a TextQuoteSelector with "exact", "prefix" and "suffix".', offset: misspelt.indexOf('"type": "TextQuoteSelecter"') });
    const backwards = text.replace(/"end": \d+/, '"end": 1');
    assert.deepEqual(errorOf(backwards), { message: '"target.selector" must hold a TextPositionSelector with whole-number "start" <= "end".', offset: backwards.indexOf('"end": 1') });
    const noExact = text.replace(/"exact": "[^"]*"/, '"exact": 12');
    assert.equal(errorOf(noExact).offset, noExact.indexOf('"exact": 12'));
    const nameless = text.replace('"name": "Ada"', '"name": 7');
    assert.deepEqual(errorOf(nameless), { message: '"creator" must be {"type": "Person", "name": "…"}.', offset: nameless.indexOf('"name": 7') });
    const numberField = serializeAnnotation({ ...note('a1', 'x'), body: { type: 'TextualBody', purpose: 'assessing', kind: 'dispute-review', value: 'x', fields: { status: 'confirmed' } } }).replace('"status": "confirmed"', '"status": 3');
    assert.deepEqual(errorOf(numberField), { message: '"body.fields" must map names to strings.', offset: numberField.indexOf('"status": 3') });
    // A missing field points at the object that lacks it.
    const valueless = text.replace(/,\n {4}"value": "x"/, '');
    assert.deepEqual(errorOf(valueless), { message: '"body.value" must be a string.', offset: valueless.indexOf('"body"') });
    assert.deepEqual(errorOf('[]'), { message: 'An annotation file holds one JSON object.', offset: 0 });
    const wrongKind = text.replace('"kind": "note"', '"kind": "poem"');
    // The context also has a "kind" key: the error points at the body's.
    assert.deepEqual(errorOf(wrongKind), { message: '"body.kind" must be one of note, actor, interest, claim, dispute-review.', offset: wrongKind.indexOf('"kind": "poem"') });
  });

  it('refuse a key given twice in one object, at the second', () => {
    const twice = serializeAnnotation(note('a1', 'x')).replace('"id": "a1",', '"id": "a1",\n  "id": "a2",');
    assert.deepEqual(parseAnnotation(twice), { error: { message: '"id" appears twice in one object; keep one.', offset: twice.indexOf('"id": "a2"') } });
  });

  it('name unresolved git merge conflict markers and their line', () => {
    const text = serializeAnnotation(note('a1', 'Check the source.'));
    const conflicted = text.replace('  "modified": "2026-11-26T10:00:00.000Z",\n',
      '<<<<<<< HEAD\n  "modified": "2026-11-27T10:00:00.000Z",\n=======\n  "modified": "2026-11-28T10:00:00.000Z",\n>>>>>>> theirs\n');
    const message = (line: number) => `The file has unresolved git merge conflict markers at line ${line}; resolve the conflict (keep one side) and delete the marker lines.`;
    // "modified" is on line 22 (after the 13 lines of the context and 6 of id, type and creator, and "created").
    assert.equal(text.split('\n').indexOf('  "modified": "2026-11-26T10:00:00.000Z",') + 1, 22);
    assert.deepEqual(parseAnnotation(conflicted), { error: { message: message(22), offset: conflicted.indexOf('<<<<<<<') } });
    const crlf = conflicted.replace(/\n/g, '\r\n');
    assert.deepEqual(parseAnnotation(crlf), { error: { message: message(22), offset: crlf.indexOf('<<<<<<<') } });
    // Only the separator left behind (the other markers deleted by hand) is still named.
    const separator = text.replace('  "created"', '=======\n  "created"');
    assert.deepEqual(parseAnnotation(separator), { error: { message: message(21), offset: separator.indexOf('=======') } });
    // Marker-like text inside a value is data.
    const a = note('a1', '<<<<<<< HEAD\n=======\n>>>>>>> theirs');
    assert.deepEqual(parseAnnotation(serializeAnnotation(a)), { annotation: a });
  });

  it('load a file that starts with a byte order mark, with offsets into the text as given', () => {
    const a = note('a1', 'x');
    assert.deepEqual(parseAnnotation(`\ufeff${serializeAnnotation(a)}`), { annotation: a });
    const wrongKind = `\ufeff${serializeAnnotation(a)}`.replace('"kind": "note"', '"kind": "poem"');
    assert.equal((parseAnnotation(wrongKind) as { error: { offset: number } }).error.offset, wrongKind.indexOf('"kind": "poem"'));
    assert.deepEqual(parseAnnotation('\ufeff{"id": '), { error: { message: 'Not valid JSON: a value is expected.', offset: 8 } });
    assert.deepEqual(importCollection(`\ufeff${exportCollection('samples/x.md', [a])}`), { annotations: [a], replies: [], errors: [] });
  });

  it('refuse deep nesting before parsing, as a value and not a stack overflow', () => {
    assert.deepEqual(parseAnnotation('['.repeat(500_000)), { error: { message: 'Nested more than 64 levels deep; an annotation file is four levels deep.', offset: 64 } });
    const a = note('a1', '['.repeat(500));
    assert.deepEqual(parseAnnotation(serializeAnnotation(a)), { annotation: a });
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
    assert.deepEqual(asKind('dispute-review', { status: 'maybe' }), ['A dispute review needs "body.fields.status": one of confirmed, not-a-dispute, resolved.', '"status"']);
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
    assert.deepEqual(back, { annotations: [note('a', 'one'), note('b', 'two')], replies: [], errors: [] });
    assert.deepEqual(importCollection('[{"type": "Annotation"}]').errors, ['item 1: "id" must be a non-empty string.']);
    assert.deepEqual(importCollection('{\n  "type": "AnnotationCollection",\n  "total": 1,,\n}'), { annotations: [], replies: [], errors: ['line 3, column 14: Not valid JSON: a property name in double quotes is expected.'] });
  });
});

describe('salvageTargetSource', function () {
  it('reads the document a broken annotation file is about, or says it cannot', function () {
    assert.equal(salvageTargetSource('{ "body": { "kind": "note" "value": "x" }, "target": { "source": "notes/a%20b.md" } }'), 'notes/a b.md');
    assert.equal(salvageTargetSource('{ "target": { "source": "report.md", '), 'report.md');
    // A file git left in conflict still names its document on its first side.
    assert.equal(salvageTargetSource('<<<<<<< ours\n{ "target": { "source": "x.md" } }\n=======\n'), 'x.md');
    assert.equal(salvageTargetSource('{ "target": "urn:uuid:1" }'), undefined);
    assert.equal(salvageTargetSource('['.repeat(100) + '{ "target": { "source": "deep.md" } }'), undefined);
    assert.equal(salvageTargetSource('\u0000\u0001 binary'), undefined);
  });
});
