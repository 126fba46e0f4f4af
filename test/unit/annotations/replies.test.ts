import * as assert from 'node:assert/strict';
import {
  checkAnnotationFile, exportCollection, fileNameOf, idProblem, importCollection, makeSelectors, parseAnnotation, parseReply, parseStoredAnnotation,
  serializeAnnotation, serializeReply, type Annotation, type Reply,
} from '../../../src/core';

const TEXT = 'Russia says North Korea will send 6,000 soldiers.';
const NOTE_ID = 'urn:uuid:01a21730-d1c3-7e83-9fb6-c3fdaf7e7959';
const REPLY_ID = 'urn:uuid:01a21731-0000-7abc-8def-0123456789ab';

const note: Annotation = {
  '@context': 'http://www.w3.org/ns/anno.jsonld', id: NOTE_ID, type: 'Annotation', creator: { type: 'Person', name: 'Ada' },
  created: '2026-11-26T10:00:00.000Z', modified: '2026-11-26T10:00:00.000Z',
  body: { type: 'TextualBody', purpose: 'commenting', kind: 'note', value: 'Which source?' },
  target: { source: 'article.md', selector: makeSelectors(TEXT, 34, 39) },
};

const reply: Reply = {
  '@context': 'http://www.w3.org/ns/anno.jsonld', id: REPLY_ID, type: 'Annotation', motivation: 'replying',
  creator: { type: 'Person', name: 'Grace' }, created: '2026-11-26T11:00:00.000Z', modified: '2026-11-26T11:00:00.000Z',
  body: { type: 'TextualBody', purpose: 'replying', kind: 'reply', value: 'The defence ministry, per Reuters.' },
  target: NOTE_ID,
};

describe('replies and W3C ids', () => {
  it('writes a reply as its own W3C annotation: motivation replying, target the id of the annotation answered', () => {
    const text = serializeReply(reply);
    const json = JSON.parse(text);
    assert.deepEqual(Object.keys(json), ['@context', 'id', 'type', 'motivation', 'creator', 'created', 'modified', 'body', 'target']);
    assert.equal(json.motivation, 'replying');
    assert.equal(json.target, NOTE_ID);
    assert.deepEqual(json.body, { type: 'TextualBody', purpose: 'replying', kind: 'reply', value: 'The defence ministry, per Reuters.' });
    assert.deepEqual(parseReply(text), { reply });
    assert.deepEqual(parseStoredAnnotation(text), { reply });
    assert.deepEqual(parseStoredAnnotation(serializeAnnotation(note)), { annotation: note });
  });

  it('tells a reply from an annotation of a document, and names what a broken reply lacks', () => {
    const text = serializeReply(reply);
    assert.deepEqual(parseAnnotation(text), { error: { message: 'This is a reply (motivation "replying"), not an annotation of a document.', offset: text.indexOf('"motivation"') } });
    const noTarget = text.replace(`"target": "${NOTE_ID}"`, '"target": ""');
    assert.deepEqual(parseStoredAnnotation(noTarget), { error: { message: 'A reply\'s "target" must be the id of the annotation it answers.', offset: noTarget.indexOf('"target": ""') } });
    const itself = text.replace(`"target": "${NOTE_ID}"`, `"target": "${REPLY_ID}"`);
    assert.deepEqual(parseStoredAnnotation(itself), { error: { message: 'A reply cannot answer itself.', offset: itself.indexOf(`"target": "${REPLY_ID}"`) } });
    const valueless = text.replace('"value": "The defence ministry, per Reuters."', '"value": 3');
    assert.deepEqual(parseStoredAnnotation(valueless), { error: { message: 'A reply\'s "body.value" must be its text.', offset: valueless.indexOf('"value": 3') } });
  });

  it('names the file of a urn:uuid: id after the UUID, and keeps older plain ids as they were', () => {
    assert.equal(fileNameOf(NOTE_ID), '01a21730-d1c3-7e83-9fb6-c3fdaf7e7959.json');
    assert.equal(fileNameOf('20261126093005-abcd1234'), '20261126093005-abcd1234.json');
    assert.equal(idProblem(NOTE_ID), undefined);
    assert.equal(idProblem('urn:uuid:01A21730-D1C3-7E83-9FB6-C3FDAF7E7959'), 'the id "urn:uuid:01A21730-D1C3-7E83-9FB6-C3FDAF7E7959" is not "urn:uuid:" and a UUID in lower-case hexadecimal');
    assert.equal(idProblem('urn:isbn:123'), 'the id "urn:isbn:123" is not a safe file name (letters, digits, ".", "_" and "-" only, starting with a letter or digit)');
    const check = checkAnnotationFile('01a21731-0000-7abc-8def-0123456789ab.json', serializeReply(reply));
    assert.deepEqual(check, { ok: true, reply });
    const misnamed = checkAnnotationFile(`${REPLY_ID}.json`, serializeReply(reply));
    assert.equal(misnamed.ok ? 'ok' : misnamed.code, 'annotation-file-name');
  });

  it('exports a document\'s annotations with their replies, and imports both back', () => {
    const collection = exportCollection('article.md', [note], [reply]);
    const parsed = JSON.parse(collection);
    assert.equal(parsed.total, 2);
    assert.deepEqual(parsed.first.items.map((i: { id: string }) => i.id), [NOTE_ID, REPLY_ID]);
    assert.deepEqual(importCollection(collection), { annotations: [note], replies: [reply], errors: [] });
  });
});
