import * as assert from 'node:assert/strict';
import { actors, model } from '../helpers';

describe('actor linking', () => {
  it('takes a demonym or a possessive before a noun of the state for the state', () => {
    assert.deepEqual(actors('The Kenyan government said 40 people died. Peru\'s authorities said 12.'), [
      ['kenya', 'country', ['Kenyan', 'Kenyan government']],
      ['peru', 'country', ['Peru\'s authorities']],
    ]);
  });

  it('reads "the government" as the state whose government the text names', () => {
    const m = model('The Chilean government raised its count. Bolivia disagreed. The government said 300 people had died.');
    const chile = m.actors.find((a) => a.id === 'chile');
    assert.deepEqual(chile?.aliases, ['Chilean', 'the government', 'Chilean government']);
    assert.equal(m.figures.find((f) => f.text === '300')?.claimant, 'chile');
  });

  it('leaves "the government" alone when two states have one', () => {
    const m = model('The Chilean government and the Bolivian government met. The government said 300 people had died.');
    assert.ok(!m.actors.some((a) => a.aliases.includes('the government')));
  });

  it('reads "the government" as the one state named far more often than any other', () => {
    const m = model('Chile held a vote. Chile counted it. Santiago said turnout was high. Peru watched. The government said 300 people voted.');
    assert.ok(m.actors.find((a) => a.id === 'chile')?.aliases.includes('the government'));
  });

  it('reads a role after "the" as the one person introduced with that title', () => {
    const m = model('Health Minister Tomas Varga visited the clinic. The health minister said 30 beds were empty. The minister left.');
    assert.deepEqual(m.actors.map((a) => [a.id, a.aliases]), [['tomas-varga', ['the health minister', 'the minister']]]);
    assert.equal(m.figures[0].claimant, 'tomas-varga');
  });

  it('merges a shorter name of a body into its full name', () => {
    const m = model('The National Audit Board published its review on Monday. The Audit Board said 1,200 files were missing.');
    assert.deepEqual(m.actors.map((a) => [a.id, a.aliases]), [['national-audit-board', ['Audit Board']]]);
    assert.equal(m.figures[0].claimant, 'national-audit-board');
  });

  it('merges a company\'s name without its suffix, and a reordered ministry name', () => {
    const m = model('Brindle Holdings cut jobs. Brindle said 400 staff would go. The Ministry of the Interior said 119,000 people marched; the Interior Ministry later said 120,000.');
    assert.deepEqual(m.actors.map((a) => a.id), ['brindle-holdings', 'ministry-of-the-interior']);
  });

  it('does not merge a people\'s group into a body that shares a word', () => {
    const m = model('The Harbour Workers Union called a strike. Workers said 500 of them walked out.');
    assert.ok(m.actors.some((a) => a.name === 'Harbour Workers Union'));
    assert.ok(!m.actors.find((a) => a.name === 'Harbour Workers Union')?.aliases.includes('Workers'));
  });
});

describe('bracketed acronyms', () => {
  it('takes the name an acronym spells, places and possessives inside it, as one organisation', () => {
    assert.deepEqual(actors('The Ruvara Road and Bridge Corporation (RRBC) built it. Kenya paid. RRBC said 5 bridges were done.').map((a) => a.slice(0, 3)), [
      ['ruvara-road-and-bridge-corporation', 'organisation', ['RRBC']],
      ['kenya', 'country', []],
    ]);
    assert.deepEqual(actors('Fighters of the Tigray People\'s Liberation Front (TPLF) withdrew, the TPLF said.'), [
      ['tigray-people-s-liberation-front', 'organisation', ['TPLF']],
    ]);
  });

  it('accepts initials in another order, as names translated from French or Spanish are', () => {
    assert.deepEqual(actors('The Party of the Democratic Revolution (PRD) said 40,000 marched.'), [['party-of-the-democratic-revolution', 'organisation', ['PRD']]]);
  });

  it('leaves brackets whose letters the name before them does not spell', () => {
    assert.deepEqual(actors('Jane Smith (JS) said 40 people came.').map((a) => a[0]), ['jane-smith']);
  });
});

describe('countries named only as places', () => {
  it('drops a country only ever named where something happened, and keeps one that speaks', () => {
    assert.deepEqual(actors('Some 800 people crossed into Sudan on Monday. In Sudan, camps filled. Ethiopia said 300 had died.').map((a) => a[0]), ['ethiopia']);
    assert.deepEqual(actors('Talks were held in Qatar. Qatar said 30 hostages were freed.').map((a) => a[0]), ['qatar']);
  });

  it('takes a person-like short name of a company in the text for the company', () => {
    const m = model('Yue Yuen Industrial Holdings Ltd said 80% of workers returned. Yue Yuen said the rest would follow.');
    assert.deepEqual(m.actors.map((a) => [a.id, a.kind, a.aliases]), [['yue-yuen-industrial-holdings-ltd', 'organisation', ['Yue Yuen']]]);
  });
});
