import * as assert from 'node:assert/strict';
import { anchorAnnotation, analyzeDocument, applyAnnotations, isVocabularyRule, makeSelectors, WORKSPACE_SOURCE, type Annotation } from '../../../src/core';

const RULE_TEXT = 'Officials in Moscow said the Kremlin would respond.';

function rule(exact: string, fields: Record<string, string>, source = WORKSPACE_SOURCE, kind: Annotation['body']['kind'] = 'actor'): Annotation {
  const at = RULE_TEXT.indexOf(exact);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld', id: `rule-${exact.length}`, type: 'Annotation', creator: { type: 'Person', name: 'Ada' },
    created: '2026-12-01T10:00:00.000Z', modified: '2026-12-01T10:00:00.000Z',
    body: { type: 'TextualBody', purpose: 'describing', kind, value: 'Another name for Russia', fields },
    target: { source, selector: makeSelectors(RULE_TEXT, Math.max(0, at), Math.max(0, at) + exact.length) },
  };
}

describe('team vocabulary rules', () => {
  it('are actor annotations whose source is every document', () => {
    assert.equal(isVocabularyRule(rule('the Kremlin', { action: 'alias', actor: 'russia' })), true);
    assert.equal(isVocabularyRule(rule('the Kremlin', { action: 'alias', actor: 'russia' }, 'doc.md')), false);
    assert.equal(isVocabularyRule(rule('the Kremlin', {}, WORKSPACE_SOURCE, 'note')), false, 'a note cannot be a rule');
  });

  it('land on the first whole-word use of their words in any document, and nowhere else', () => {
    const r = rule('the Kremlin', { action: 'alias', actor: 'russia' });
    const other = 'Russia said 10 people came. Later the Kremlin said 12, and the Kremlin repeated it.';
    const at = other.indexOf('the Kremlin');
    assert.deepEqual(anchorAnnotation(other, r), { status: 'anchored', start: at, end: at + 11, confidence: 1, method: 'exact', needsReview: false });
    assert.equal(anchorAnnotation('Russia said nothing about Kremlinology.', rule('Kremlin', { action: 'alias', actor: 'russia' })), null, 'not inside a longer word');
    assert.equal(anchorAnnotation('Nothing here.', r), null, 'absent: not used, and no orphan');
    assert.equal(anchorAnnotation('x', rule('x', {}, WORKSPACE_SOURCE, 'note')), null);
  });

  it('apply to a document they were not written on', () => {
    const text = 'Russia says 6,000 soldiers were sent. Team Ivanov later said 7,000 soldiers were sent.';
    const r: Annotation = { ...rule('the Kremlin', { action: 'alias', actor: 'russia' }), target: { source: WORKSPACE_SOURCE, selector: makeSelectors('Written on another page by Team Ivanov.', 27, 38) } };
    assert.equal(r.target.selector[0].exact, 'Team Ivanov');
    const before = analyzeDocument(text);
    assert.notEqual(before.figures.find((f) => f.text === '7,000')?.claimant, 'russia', 'without the rule, not Russia');
    const placed = anchorAnnotation(text, r);
    assert.ok(placed && placed.status === 'anchored');
    assert.equal(text.slice(placed.start, placed.end), 'Team Ivanov');
    const model = applyAnnotations(before, text, [{ annotation: r, start: placed.start, end: placed.end }]);
    assert.ok(model.actors.find((a) => a.id === 'russia')?.aliases.includes('Team Ivanov'));
    assert.equal(model.figures.find((f) => f.text === '7,000')?.claimant, 'russia');
  });
});
