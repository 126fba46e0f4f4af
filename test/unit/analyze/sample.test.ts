import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, type DocumentModel } from '../../../src/core';

const text = readFileSync(path.join(__dirname, '..', '..', '..', 'samples', 'north-korean-troops.md'), 'utf8');

describe('the sample article', () => {
  let model: DocumentModel;
  before(() => {
    model = analyzeDocument(text);
  });

  it('finds the actors with their kinds, aliases and mention counts', () => {
    assert.deepEqual(
      model.actors.map((a) => [a.id, a.kind, a.aliases, a.mentions.length]),
      [
        ['russia', 'country', ['Moscow', 'the Russians', 'Russian', 'Russian leadership'], 24],
        ['ukraine', 'country', ['Kyiv'], 6],
        ['kim-jong-un', 'person', ['Kim'], 12],
        ['north-korea', 'country', ['Pyongyang', 'the North Koreans', 'North Koreans', 'North Korean', 'North Korea’s leadership', 'North Korean regime'], 23],
        ['sergei-shoigu', 'person', [], 1],
        ['south-korea', 'country', [], 1],
        ['olga-lyubimova', 'person', [], 1],
        ['vladimir-putin', 'person', ['Putin'], 2],
        ['reports', 'group', [], 2],
        ['united-nations', 'organisation', ['UN'], 2],
      ],
    );
  });

  it('keeps each mention at its exact place in the text', () => {
    for (const actor of model.actors) for (const m of actor.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    const putin = model.actors.find((a) => a.id === 'vladimir-putin');
    assert.equal(putin?.mentions[0].text, 'Vladimir Putin');
  });

  it('reads the figures, their values, subjects and claimants, and no date or year', () => {
    assert.deepEqual(
      model.figures.map((f) => [f.text, f.low, f.high, f.approximate, f.subjectGroup, f.claimant, f.partOf]),
      [
        ['6,000', 6000, 6000, false, 'troops', 'russia', null],
        ['25-30,000', 25000, 30000, false, 'troops', 'ukraine', null],
        ['1,000', 1000, 1000, false, 'troops', 'sergei-shoigu', 'f1'],
        ['5,000', 5000, 5000, false, 'troops', 'sergei-shoigu', 'f1'],
        ['25,000-30,000', 25000, 30000, false, 'troops', 'ukraine', null],
        ['about 10,000-15,000', 10000, 15000, true, 'troops', null, null],
      ],
    );
    for (const f of model.figures) assert.equal(text.slice(f.start, f.end), f.text);
  });

  it('raises one dispute: Russia’s 6,000 against Ukraine’s 25,000–30,000', () => {
    assert.deepEqual(model.disputes, [
      { id: 'd1', subject: 'troops', figures: ['f1', 'f2', 'f5'], message: 'Disputed: Russia says 6,000; Ukraine says 25,000–30,000' },
    ]);
    assert.deepEqual(model.findings.map((f) => [f.figureId, f.severity, f.related.map((r) => r.message)]), [
      ['f1', 'warning', ['Ukraine says 25,000–30,000', 'Ukraine says 25,000–30,000']],
      ['f2', 'warning', ['Russia says 6,000', 'Ukraine says 25,000–30,000']],
      ['f5', 'warning', ['Russia says 6,000', 'Ukraine says 25,000–30,000']],
    ]);
  });

  it('finds the claimed interests, each with who claims it and its evidence', () => {
    assert.deepEqual(
      model.interests.map((i) => [i.actor, i.interest, i.claimedBy]),
      [
        ['russia', '25-30,000 more soldiers on the battlefield', 'ukraine'],
        ['kim-jong-un', 'more benefits and concessions', null],
        ['russia', 'his troops', null],
        ['russia', 'about 10,000-15,000 soldiers', null],
        ['kim-jong-un', 'oil and food', 'reports'],
        ['kim-jong-un', 'Russian military expertise', 'reports'],
        ['kim-jong-un', 'help advance North Korea’s nuclear and missile programmes', 'reports'],
        ['north-korea', 'help build submarines', 'reports'],
        ['north-korea', 'help undermine international sanctions', null],
        ['russia', 'abolish a UN panel', null],
        ['north-korea', 'help evade sanctions for years', null],
        ['north-korea', 'the rewards of helping Russia for over a year now', null],
        ['kim-jong-un', 'prepare his people for more troop deployments', null],
        ['kim-jong-un', 'the latest troop deployment as leverage', null],
        ['kim-jong-un', 'pressure the Russian leadership into giving even more support to his government', null],
      ],
    );
    const oil = model.interests.find((i) => i.interest === 'oil and food');
    assert.deepEqual(oil?.evidence.text, 'Kim is getting oil and food');
    assert.equal(text.slice(oil?.evidence.start, oil?.evidence.end), 'Kim is getting oil and food');
  });

  it('ignores the front matter', () => {
    assert.ok(!model.actors.some((a) => a.name.includes('Parekh')));
  });
});
