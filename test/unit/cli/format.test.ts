import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeDocument } from '../../../src/core';
import { artifactLocation, toSarif } from '../../../src/cli/format';

describe('SARIF output', () => {
  const root = path.join(path.sep, 'work', 'repo');
  const text = 'Police said 10,000 people marched. Organisers counted 50,000 people.\n';

  it('gives a dispute its rival claims as related locations, at URIs relative to %SRCROOT%', () => {
    const file = path.join(root, 'my notes', 'march #1.md');
    const log = toSarif([{ file, text, model: analyzeDocument(text), anchored: [] }], '0.1.0', root);
    const artifactLocation = { uri: 'my%20notes/march%20%231.md', uriBaseId: '%SRCROOT%' };
    const region = (startColumn: number, endColumn: number) => ({ startLine: 1, startColumn, endLine: 1, endColumn });
    const message = { text: 'Disputed: Police say 10,000; Organisers say 50,000' };
    assert.deepEqual(log, {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{
        tool: { driver: { name: 'marginalia', version: '0.1.0', rules: [
          { id: 'disputed-figure', shortDescription: { text: 'Sources give values that do not agree for the same quantity' } },
          { id: 'orphaned-annotation', shortDescription: { text: 'An annotation whose text is no longer in the document' } },
          { id: 'annotation-needs-review', shortDescription: { text: 'An annotation whose place needs review' } },
        ] } },
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///work/repo/' } },
        columnKind: 'utf16CodeUnits',
        results: [
          { ruleId: 'disputed-figure', level: 'warning', message, locations: [{ physicalLocation: { artifactLocation, region: region(13, 19) } }],
            relatedLocations: [{ id: 1, physicalLocation: { artifactLocation, region: region(55, 61) }, message: { text: 'Organisers say 50,000' } }] },
          { ruleId: 'disputed-figure', level: 'warning', message, locations: [{ physicalLocation: { artifactLocation, region: region(55, 61) } }],
            relatedLocations: [{ id: 1, physicalLocation: { artifactLocation, region: region(13, 19) }, message: { text: 'Police say 10,000' } }] },
        ],
      }],
    });
  });

  it('writes a file outside the root as a file: URI, percent-encoded, and doubles braces in messages', () => {
    assert.deepEqual(artifactLocation(path.join(path.sep, 'tmp', 'a b', '100%.md'), root), { uri: 'file:///tmp/a%20b/100%25.md' });
    assert.deepEqual(artifactLocation(path.join(root, '..', 'repo-other', 'x.md'), root), { uri: 'file:///work/repo-other/x.md' });
    assert.deepEqual(artifactLocation('docs/ünï.md', root), { uri: 'docs/%C3%BCn%C3%AF.md', uriBaseId: '%SRCROOT%' });
    const orphan = {
      annotation: { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'o', type: 'Annotation', creator: { type: 'Person', name: 'Bo {0}' }, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z',
        body: { type: 'TextualBody', purpose: 'commenting', kind: 'note', value: 'x' },
        target: { source: 'a.md', selector: [{ type: 'TextQuoteSelector', exact: 'gone {1}', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 8 }] } },
      anchor: { status: 'orphan', reason: 'the quoted text is no longer in the document' },
    } as const;
    const log = toSarif([{ file: path.join(root, 'a.md'), text: 'Calm.\n', model: analyzeDocument('Calm.\n'), anchored: [orphan] }], '0.1.0', root);
    assert.deepEqual(log.runs[0].results?.map((r) => r.message.text), [
      'Orphaned annotation (note by Bo {{0}}): “gone {{1}}” — the quoted text is no longer in the document. It is kept in its file; re-attach or delete it.',
    ]);
  });
});
