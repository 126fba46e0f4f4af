import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ACTOR_ACTIONS, REVIEW_STATUSES } from '../../../src/core';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('annotation JSON schema', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'annotation.schema.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it('is contributed for files under .marginalia/', () => {
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.marginalia/**/*.json', url: './schemas/annotation.schema.json' }]);
  });

  it('names the same kinds and required fields as the parser', () => {
    assert.deepEqual(schema.properties.body.properties.kind.enum, ['note', 'actor', 'interest', 'claim', 'dispute-review']);
    assert.deepEqual(schema.required, ['@context', 'id', 'type', 'creator', 'created', 'modified', 'body', 'target']);
    assert.deepEqual(schema.properties.body.properties.fields.properties.action.enum, ACTOR_ACTIONS);
    assert.deepEqual(schema.properties.body.properties.fields.properties.status.enum, REVIEW_STATUSES);
  });
});
