import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as jsonld from 'jsonld';
import { exportCollection, makeSelectors, WORKSPACE_SOURCE, type Annotation, type Reply } from '../../../src/core';

// The W3C context, shipped locally (test/fixtures/jsonld/README.md): the test never reaches the network.
const ANNO = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'jsonld', 'anno.jsonld'), 'utf8')) as Record<string, unknown>;
const documentLoader = async (url: string) => {
  if (url === 'http://www.w3.org/ns/anno.jsonld') return { contextUrl: undefined, documentUrl: url, document: ANNO };
  throw new Error(`no network in this test: ${url}`);
};

const OA = 'http://www.w3.org/ns/oa#';
const TEXT = 'Police said 3,000 came; organisers said 10,000.';

describe('W3C interoperability: the exported collection expands cleanly with a JSON-LD processor', function () {
  this.timeout(20_000);

  const review: Annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:01a21730-d1c3-7e83-9fb6-c3fdaf7e7959', type: 'Annotation',
    creator: { type: 'Person', name: 'Ada' }, created: '2026-11-26T10:00:00.000Z', modified: '2026-11-26T10:00:00.000Z',
    body: { type: 'TextualBody', purpose: 'assessing', kind: 'dispute-review', value: 'Two counts of one march.', fields: { status: 'confirmed' } },
    target: { source: 'reports/Q3 march.md', selector: makeSelectors(TEXT, 12, 17) },
  };
  const rule: Annotation = {
    ...review, id: 'urn:uuid:01a21730-d1c4-7e83-9fb6-c3fdaf7e7959',
    body: { type: 'TextualBody', purpose: 'tagging', kind: 'actor', value: 'Police', fields: { action: 'declare', actorKind: 'organisation' } },
    target: { source: WORKSPACE_SOURCE, selector: makeSelectors(TEXT, 0, 6) },
  };
  const reply: Reply = {
    '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:01a21731-0000-7abc-8def-0123456789ab', type: 'Annotation', motivation: 'replying',
    creator: { type: 'Person', name: 'Grace' }, created: '2026-11-26T11:00:00.000Z', modified: '2026-11-26T11:00:00.000Z',
    body: { type: 'TextualBody', purpose: 'replying', kind: 'reply', value: 'Agreed.' }, target: review.id,
  };

  it('keeps every field (safe mode fails on any term it would drop), with ids, sources and reply targets as IRIs', async () => {
    const collection = JSON.parse(exportCollection('reports/Q3 march.md', [review, rule], [reply])) as object;
    const expanded = await jsonld.expand(collection, { documentLoader, base: 'file:///workspace/', safe: true } as jsonld.Options.Expand) as Array<Record<string, unknown>>;
    const AS = 'http://www.w3.org/ns/activitystreams#';
    assert.deepEqual(expanded[0]['@type'], [`${AS}OrderedCollection`]);
    assert.deepEqual(expanded[0][`${AS}totalItems`], [{ '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger', '@value': 3 }]);
    const page = (expanded[0][`${AS}first`] as Array<Record<string, unknown>>)[0];
    const items = (page[`${AS}items`] as Array<{ '@list': Array<Record<string, unknown>> }>)[0]['@list'];
    assert.deepEqual(items.map((i) => i['@id']), [review.id, rule.id, reply.id]);
    const [first, second, third] = items;
    const body = (first[`${OA}hasBody`] as Array<Record<string, unknown>>)[0];
    assert.deepEqual(body['urn:marginalia:kind'], [{ '@value': 'dispute-review' }]);
    assert.deepEqual(body['urn:marginalia:fields'], [{ '@type': '@json', '@value': { status: 'confirmed' } }]);
    assert.deepEqual(body[`${OA}hasPurpose`], [{ '@id': `${OA}assessing` }]);
    const target = (first[`${OA}hasTarget`] as Array<Record<string, unknown>>)[0];
    // The document's path, relative to the workspace folder, resolves against it as an IRI.
    assert.deepEqual(target[`${OA}hasSource`], [{ '@id': 'file:///workspace/reports/Q3%20march.md' }]);
    const ruleTarget = (second[`${OA}hasTarget`] as Array<Record<string, unknown>>)[0];
    assert.deepEqual(ruleTarget[`${OA}hasSource`], [{ '@id': 'file:///workspace/*' }]);
    assert.deepEqual(third[`${OA}motivatedBy`], [{ '@id': `${OA}replying` }]);
    assert.deepEqual(third[`${OA}hasTarget`], [{ '@id': review.id }]);
  });

  it('fails in safe mode on a field outside both contexts: the check is not vacuous', async () => {
    const collection = JSON.parse(exportCollection('a.md', [review])) as { first: { items: Array<Record<string, unknown>> } };
    collection.first.items[0].colour = 'red';
    await assert.rejects(jsonld.expand(collection as object, { documentLoader, safe: true } as jsonld.Options.Expand), /dropped|safe mode/i);
  });
});
