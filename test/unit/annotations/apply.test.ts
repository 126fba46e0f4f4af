import * as assert from 'node:assert/strict';
import { analyzeDocument, applyAnnotations, makeSelectors, type Annotation, type AnnotationBody, type PlacedAnnotation } from '../../../src/core';

const text = [
  '# Turnout',
  '',
  'Police said 10,000 people marched through Lyon on Saturday. Organisers counted 50,000 people.',
  '',
  'The Acme Trust says the city needs more buses. Acme Trust spokesman Jo Bell said 2,000 volunteers helped.',
  '',
  'Lyon mayor Ana Ruiz said 12,000 demonstrators were there.',
].join('\n');

let counter = 0;
/** An annotation on the nth occurrence of `quote`, anchored where it stands. */
function on(quote: string, body: Omit<AnnotationBody, 'type' | 'purpose'>, nth = 0, author = 'Ana'): PlacedAnnotation {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  assert.ok(start >= 0, `"${quote}" is in the text`);
  const end = start + quote.length;
  counter++;
  const annotation: Annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld', id: `a${counter}`, type: 'Annotation',
    creator: { type: 'Person', name: author },
    created: `2026-01-01T00:00:${String(counter).padStart(2, '0')}.000Z`, modified: `2026-01-01T00:00:${String(counter).padStart(2, '0')}.000Z`,
    body: { type: 'TextualBody', purpose: 'commenting', ...body },
    target: { source: 'a.md', selector: makeSelectors(text, start, end) },
  };
  return { annotation, start, end };
}

describe('applying people\'s annotations to the model', () => {
  const base = analyzeDocument(text);

  it('starts from an automatic model with one police-versus-organisers dispute', () => {
    assert.deepEqual(base.disputes.map((d) => d.message), ['Disputed: Police say 10,000; Organisers say 50,000; Ana Ruiz says 12,000']);
    assert.equal(base.findings.length, 3);
  });

  it('returns the model itself when there are only notes', () => {
    assert.equal(applyAnnotations(base, text, [on('Lyon', { kind: 'note', value: 'City in France' })]), base);
  });

  it('declares a span an actor: every whole-word occurrence becomes its mention, with an author badge', () => {
    const m = applyAnnotations(base, text, [on('Acme Trust', { kind: 'actor', value: 'Acme Trust', fields: { action: 'declare', actorKind: 'organisation' } })]);
    const acme = m.actors.find((a) => a.id === 'acme-trust');
    assert.ok(acme);
    assert.equal(acme.kind, 'organisation');
    assert.deepEqual(acme.mentions.map((x) => [x.text, x.start]), [['Acme Trust', text.indexOf('Acme Trust')], ['Acme Trust', text.lastIndexOf('Acme Trust')]]);
    assert.deepEqual(acme.annotatedBy, [{ id: `a${counter}`, author: 'Ana' }]);
    // No other actor keeps a mention inside those spans.
    for (const a of m.actors) if (a !== acme) for (const x of a.mentions) assert.ok(!acme.mentions.some((y) => y.start < x.end && x.start < y.end));
  });

  it('adds an alias: the selected words become mentions of the chosen actor', () => {
    const m = applyAnnotations(base, text, [on('mayor', { kind: 'actor', value: '', fields: { action: 'alias', actor: 'ana-ruiz' } })]);
    const ana = m.actors.find((a) => a.id === 'ana-ruiz');
    assert.deepEqual(ana?.aliases, ['mayor']);
    assert.deepEqual(ana?.mentions.map((x) => x.text), ['mayor', 'Ana Ruiz']);
  });

  it('does not take a mention from a longer name that contains the declared words', () => {
    const m = applyAnnotations(base, text, [on('Ruiz', { kind: 'actor', value: 'Ruiz', fields: { action: 'declare', actorKind: 'person' } })]);
    assert.deepEqual(m.actors.find((a) => a.id === 'ana-ruiz')?.mentions.map((x) => x.text), ['Ana Ruiz']);
    assert.equal(m.actors.some((a) => a.id === 'ruiz'), false);
  });

  it('renames an actor, keeping its id and old name as an alias, and rewords the dispute', () => {
    const m = applyAnnotations(base, text, [on('Organisers', { kind: 'actor', value: 'March organisers', fields: { action: 'rename' } })]);
    const organisers = m.actors.find((a) => a.id === 'organisers');
    assert.equal(organisers?.name, 'March organisers');
    assert.deepEqual(organisers?.aliases, ['Organisers']);
    assert.equal(m.disputes[0].message, 'Disputed: Police say 10,000; March organisers say 50,000; Ana Ruiz says 12,000');
  });

  it('merges an actor into another: mentions, aliases and claims move', () => {
    const m = applyAnnotations(base, text, [on('Ana Ruiz', { kind: 'actor', value: '', fields: { action: 'merge', actor: 'organisers' } })]);
    assert.equal(m.actors.some((a) => a.id === 'ana-ruiz'), false);
    const organisers = m.actors.find((a) => a.id === 'organisers');
    assert.deepEqual(organisers?.aliases, ['Ana Ruiz']);
    assert.equal(m.figures.find((f) => f.text === '12,000')?.claimant, 'organisers');
  });

  it('marks an actor "not an actor": it disappears and its claims become the article\'s voice', () => {
    const m = applyAnnotations(base, text, [on('Ana Ruiz', { kind: 'actor', value: '', fields: { action: 'not-an-actor' } })]);
    assert.equal(m.actors.some((a) => a.id === 'ana-ruiz'), false);
    const f = m.figures.find((x) => x.text === '12,000');
    assert.equal(f?.claimant, null);
    assert.equal(f?.attribution, null);
    assert.equal(m.disputes[0].message, 'Disputed: Police say 10,000; Organisers say 50,000');
  });

  it('corrects a figure\'s claimant, and the dispute is decided again', () => {
    const m = applyAnnotations(base, text, [on('50,000', { kind: 'claim', value: 'Organisers were quoting the police', fields: { claimant: 'police' } })]);
    const f = m.figures.find((x) => x.text === '50,000');
    assert.equal(f?.claimant, 'police');
    assert.deepEqual(f?.annotatedBy?.map((r) => r.author), ['Ana']);
    assert.equal(m.disputes[0].message, 'Disputed: Police say 10,000; Police say 50,000; Ana Ruiz says 12,000');
  });

  it('gives a figure a subject: "volunteers" joins the people group and the dispute', () => {
    const before = base.figures.find((x) => x.text === '2,000');
    assert.notEqual(before?.subjectGroup, 'people');
    const m = applyAnnotations(base, text, [on('2,000', { kind: 'claim', value: '', fields: { subject: 'marchers' } })]);
    const f = m.figures.find((x) => x.text === '2,000');
    assert.deepEqual([f?.subject, f?.subjectGroup], ['marchers', 'people']);
    assert.equal(m.disputes[0].figures.length, 4);
  });

  it('links figures as one quantity through a shared group', () => {
    const m = applyAnnotations(base, text, [
      on('2,000', { kind: 'claim', value: '', fields: { group: 'helpers' } }),
      on('12,000', { kind: 'claim', value: '', fields: { group: 'helpers' } }),
    ]);
    assert.deepEqual(m.disputes.map((d) => [d.subject, d.figures.length]), [['people', 2], ['helpers', 2]]);
  });

  it('adds a claimed interest with its evidence', () => {
    const m = applyAnnotations(base, text, [on('needs more buses', { kind: 'interest', value: 'more buses', fields: { actor: 'ana-ruiz', claimedBy: 'police' } })]);
    const added = m.interests.find((i) => i.interest === 'more buses');
    assert.deepEqual(added && [added.actor, added.claimedBy, added.evidence.text, added.annotatedBy?.[0].author], ['ana-ruiz', 'police', 'needs more buses', 'Ana']);
  });

  it('ignores an interest for an actor that is not in the document', () => {
    const m = applyAnnotations(base, text, [on('needs more buses', { kind: 'interest', value: 'more buses', fields: { actor: 'nobody' } })]);
    assert.equal(m.interests.some((i) => i.interest === 'more buses'), false);
  });

  it('takes a figure marked "not a dispute" out of the comparison, and records "confirmed" and "resolved"', () => {
    const silenced = applyAnnotations(base, text, [on('50,000', { kind: 'dispute-review', value: 'Different routes', fields: { status: 'not-a-dispute' } })]);
    assert.deepEqual(silenced.disputes.map((d) => d.message), ['Disputed: Police say 10,000; Ana Ruiz says 12,000']);
    assert.deepEqual(silenced.findings.map((f) => f.start), [text.indexOf('10,000'), text.indexOf('12,000')]);
    const both = applyAnnotations(base, text, [
      on('50,000', { kind: 'dispute-review', value: '', fields: { status: 'not-a-dispute' } }),
      on('12,000', { kind: 'dispute-review', value: '', fields: { status: 'not-a-dispute' } }),
    ]);
    assert.deepEqual([both.disputes.length, both.findings.length], [0, 0]);
    const confirmed = applyAnnotations(base, text, [on('10,000', { kind: 'dispute-review', value: 'Checked', fields: { status: 'confirmed' } }, 0, 'Bo')]);
    assert.deepEqual(confirmed.disputes[0].review && [confirmed.disputes[0].review.status, confirmed.disputes[0].review.author, confirmed.disputes[0].review.comment], ['confirmed', 'Bo', 'Checked']);
    assert.match(confirmed.findings[0].message, /\(confirmed by Bo\)$/);
    const resolved = applyAnnotations(base, text, [on('10,000', { kind: 'dispute-review', value: 'Prefecture: 11,000', fields: { status: 'resolved' } })]);
    assert.deepEqual(resolved.findings.map((f) => f.severity), ['information', 'information', 'information']);
  });

  it('lets the later of two conflicting reviews of a figure win', () => {
    const a = on('10,000', { kind: 'dispute-review', value: '', fields: { status: 'not-a-dispute' } });
    const b = on('10,000', { kind: 'dispute-review', value: '', fields: { status: 'confirmed' } }, 0, 'Bo');
    const later = applyAnnotations(base, text, [b, a]);
    assert.deepEqual([later.disputes[0].figures.length, later.disputes[0].review?.author], [3, 'Bo']);
    assert.equal(applyAnnotations(base, text, [a]).disputes[0].figures.length, 2);
  });

  it('never leaves an actor without mentions, a claim by a missing actor, or a finding off a figure', () => {
    const m = applyAnnotations(base, text, [
      on('Police', { kind: 'actor', value: '', fields: { action: 'merge', actor: 'organisers' } }),
      on('Organisers', { kind: 'actor', value: '', fields: { action: 'not-an-actor' } }),
      on('Lyon', { kind: 'actor', value: 'Lyon', fields: { action: 'declare', actorKind: 'other' } }),
    ]);
    const ids = new Set(m.actors.map((a) => a.id));
    for (const a of m.actors) assert.ok(a.mentions.length > 0);
    for (const f of m.figures) assert.ok(f.claimant === null || ids.has(f.claimant));
    for (const i of m.interests) assert.ok(ids.has(i.actor) && (i.claimedBy === null || ids.has(i.claimedBy)));
    for (const f of m.findings) assert.ok(m.figures.some((g) => g.id === f.figureId && g.start === f.start));
    // With no organisers left, "Organisers counted 50,000" is the article's own count: a rival of the mayor's,
    // as a count said near a source's and named as one ("counted"), but no dispute names a removed actor.
    assert.deepEqual(m.disputes.map((d) => d.message), ['Disputed: the article states 50,000; Ana Ruiz says 12,000']);
  });
});
