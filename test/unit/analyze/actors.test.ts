import * as assert from 'node:assert/strict';
import { actors, model } from '../helpers';

describe('actors', () => {
  it('finds countries by name, capital, seat of power and plural demonym', () => {
    assert.deepEqual(actors('Moscow warned Kyiv. The Kremlin said the Ukrainians would lose. Russia denied it.'), [
      ['russia', 'country', ['Moscow', 'the Kremlin']],
      ['ukraine', 'country', ['Kyiv', 'the Ukrainians']],
    ]);
  });

  it('knows every UN member state, the small ones too', () => {
    assert.deepEqual(actors('Burundians fled to Malawi. The Gambia and Swaziland sent aid, and Malagasy officials said 40 people died.'), [
      ['burundi', 'country', ['Burundians']], ['malawi', 'country', []], ['gambia', 'country', []], ['eswatini', 'country', ['Swaziland']],
      ['madagascar', 'country', ['Malagasy', 'Malagasy officials']],
    ]);
  });

  it('does not take a demonym adjective for a mention', () => {
    assert.deepEqual(actors('Russian troops and North Korean engineers arrived.'), []);
  });

  it('strips titles and refers to a person later by one part of the name', () => {
    assert.deepEqual(actors('German Chancellor Olaf Scholz met Emmanuel Macron. Later, Scholz spoke and Macron listened.'), [
      ['olaf-scholz', 'person', ['Scholz']],
      ['emmanuel-macron', 'person', ['Macron']],
    ]);
  });

  it('treats a title with one name as a person', () => {
    assert.deepEqual(actors('President Biden spoke.'), [['biden', 'person', []]]);
  });

  it('finds organisations by acronym and by name, with their seat', () => {
    assert.deepEqual(actors('The UN and the United Nations are one; Brussels and the EU too; the Bank of England agreed.'), [
      ['united-nations', 'organisation', ['UN']],
      ['european-union', 'organisation', ['Brussels', 'EU']],
      ['bank-of-england', 'organisation', []],
    ]);
  });

  it('makes an organisation of a capitalised name with an organisation head', () => {
    assert.deepEqual(actors('The Kyiv School of Economics and Harvard University published figures.'), [
      ['kyiv-school-of-economics', 'organisation', []],
      ['harvard-university', 'organisation', []],
    ]);
  });

  it('does not take a name inside a longer place or event name for an actor', () => {
    assert.deepEqual(actors('They performed at the East Pyongyang Grand Theatre after the Comprehensive Strategic Partnership.'), []);
    assert.deepEqual(actors('Talks were held in Berlin.'), []);
  });

  it('keeps offsets right around emoji and combining characters', () => {
    const text = '🎉 Café owners said 😀 Moscow agreed.';
    const m = model(text);
    const mention = m.actors[0].mentions[0];
    assert.equal(text.slice(mention.start, mention.end), 'Moscow');
  });

  it('does not read title-case headings as names', () => {
    assert.deepEqual(actors('# Big Crowds Gather Near Old Town Hall Tonight\n\nNothing else.'), []);
  });

  it('joins a name over "and" into an organisation, but not two states', () => {
    assert.deepEqual(actors('The National Disaster Risk Reduction and Management Council (NDRRMC) said 1,140 remain missing.'), [
      ['national-disaster-risk-reduction-and-management-council', 'organisation', ['NDRRMC']],
    ]);
    assert.deepEqual(actors('Britain and France said they would send aid.').map(([id]) => id), ['united-kingdom', 'france']);
  });

  it('does not take a sentence’s first word for a name when the text also writes it in lower case', () => {
    assert.deepEqual(actors('Official figures rose to 3,621 deaths. Malacañang maintained the official count.').map(([id]) => id), ['philippines']);
  });

  it('does not take a storm’s or an operation’s name alone for an actor', () => {
    assert.deepEqual(actors('Typhoon Yolanda struck on Friday. The loss of life from Yolanda would be high, Aquino said.').map(([id]) => id), ['aquino']);
  });

  it('knows territories and their demonyms', () => {
    assert.deepEqual(actors('Puerto Rico says 34 people died. Puerto Ricans are angry.'), [['puerto-rico', 'country', ['Puerto Ricans']]]);
  });

  it('takes a name after "Mr" or "Dr" for a person', () => {
    assert.deepEqual(actors('Mr Brown said he would meet the rule. Dr Okafor agreed.').map(([id, kind]) => [id, kind]), [['brown', 'person'], ['okafor', 'person']]);
  });

  it('ends a person’s name before "of" and an organisation, and does not take "Earlier" or "on Earth" for actors', () => {
    assert.deepEqual(actors('Professor Mark Costello of Auckland University said so.').map(([id, kind]) => [id, kind]), [
      ['mark-costello', 'person'], ['auckland-university', 'organisation'],
    ]);
    assert.deepEqual(actors('The Bank of England said so. Earlier estimates were high. Life on Earth is rich.').map(([id]) => id), ['bank-of-england']);
  });

  it('takes an organisation’s initials for another name of it, unless two organisations share them', () => {
    assert.deepEqual(actors('The Election Commission said turnout was 62.59%. The EC said so again.'), [['election-commission', 'organisation', ['EC']]]);
    assert.deepEqual(actors('The Election Commission met the European Commission. The EC said so.').map(([id]) => id).sort(), ['ec', 'election-commission', 'european-commission']);
  });

  it('does not take a name after "the" for a person, but for an organisation when a group noun or a verb follows', () => {
    assert.deepEqual(actors('Turnout was higher than in the Lok Sabha elections.'), []);
    assert.deepEqual(actors('The White Helmets rescue group reported 790 deaths.'), [['white-helmets', 'organisation', []]]);
  });

  it('keeps a hyphenated name whole, and joins hyphenated states as two', () => {
    assert.deepEqual(actors('Rumi Nielson-Green said 30 people died. Nielson-Green said so. The Russia-Ukraine war goes on. Guinea-Bissau agreed.'), [
      ['rumi-nielson-green', 'person', ['Nielson-Green']], ['russia', 'country', []], ['ukraine', 'country', []], ['guinea-bissau', 'country', []],
    ]);
  });

  it('names "the Interior Ministry" as an organisation, not "Interior"', () => {
    assert.deepEqual(actors('But the Interior Ministry said 76 civilians died.'), [['interior-ministry', 'organisation', []]]);
  });

  it('links a description to the organisation named last that it describes, and keeps demonyms as aliases', () => {
    const m = model('Mercosur signed the deal with the European Union. The bloc said 700 million people would gain. ' +
      'The National Disaster Risk Management Commission counted 2,000 families; the commission said more would come. Tata Motors cut 2,900 jobs, the carmaker said.');
    const aliases = (id: string) => m.actors.find((a) => a.id === id)?.aliases;
    assert.deepEqual(aliases('european-union'), ['the bloc']);
    assert.deepEqual(aliases('national-disaster-risk-management-commission'), ['the commission']);
    assert.deepEqual(m.figures.map((f) => f.claimant), ['european-union', 'national-disaster-risk-management-commission', 'tata-motors']);
    assert.deepEqual(model('Moscow said Russian troops crossed into Ukraine.').actors.map((a) => [a.id, a.aliases]), [['russia', ['Moscow', 'Russian']]]);
  });

  it('links "the campaign group" to the organisation the article named, and keeps "of the" inside a guild\'s name', () => {
    const m = model('The Prison Reform Trust published its report. The campaign group warns that more than 10,000 prisoners share cells. ' +
      'The Media Guild of the West, which represents 400 staff, wrote that 94 jobs went.');
    assert.deepEqual(m.actors.map((a) => [a.id, a.aliases]), [['prison-reform-trust', ['the campaign group']], ['media-guild-of-the-west', []]]);
    assert.deepEqual(m.figures.map((f) => f.claimant), ['prison-reform-trust', null, 'media-guild-of-the-west']);
  });

  it('gives "the study" and "the report" to the body whose work it is', () => {
    const m = model('A World Bank study released on Monday looks at trade. The study finds that incomes could rise 9%. The report says 30 million people would gain.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.claimant]), [['9%', 'world-bank'], ['30 million', 'world-bank']]);
  });

  it('takes no indefinite pronoun or sentence-opening -ing word for a name, but keeps a surname in -ing', () => {
    assert.deepEqual(actors('Someone said 40 people came. Everyone said more. Falling prices said little. Having won 30 seats, the party celebrated.'), []);
    assert.deepEqual(actors('Alex Manning said 20 people came. Manning said more came later.'), [['alex-manning', 'person', ['Manning']]]);
  });

  it('keeps the particles of a person\'s name inside it, before the surname too', () => {
    assert.deepEqual(actors('Commission chief Ursula von der Leyen said 30 states agreed. Von der Leyen said more. Later, von der Leyen added two.'), [
      ['european-commission', 'organisation', ['Commission']],
      ['ursula-von-der-leyen', 'person', ['Von der Leyen', 'von der Leyen']],
    ]);
    assert.deepEqual(actors('Crown Prince Mohammed bin Salman said 12 firms signed. Charles de Gaulle said 40.'), [
      ['mohammed-bin-salman', 'person', []], ['charles-de-gaulle', 'person', []],
    ]);
  });

  it('takes "the authorities" for the state the article is about', () => {
    const m = model('Peru said 300 people were hurt. Peru counted 20 more. Peru asked for help. The authorities said 40 were missing.');
    assert.deepEqual(m.actors.map((a) => [a.id, a.aliases]), [['peru', ['the authorities']]]);
    assert.deepEqual(m.figures.map((f) => f.claimant), ['peru', 'peru', 'peru']);
  });

  it('makes a name beside a noun of its kind an organisation, with that name as an alias', () => {
    const m = model('The court ordered oil company Zentrol to pay. Zentrol said 10,396 barrels leaked. The CGT union said 3.5 million marched.');
    assert.deepEqual(m.actors.map((a) => [a.id, a.kind, a.aliases]), [['zentrol', 'organisation', []], ['cgt', 'organisation', ['CGT union']]]);
  });

  it('reads a state inside a source\'s name as part of a body\'s name', () => {
    const air = model('Air France denies that 5,000 jobs will go.').actors.find((a) => a.name === 'Air France');
    assert.equal(air?.kind, 'organisation');
  });

  it('links "the kingdom" and "the country" to the one fitting state named just before', () => {
    const m = model('Saudi Arabia signed the deal with Egypt. The kingdom said it would invest $35 billion.\n\n' +
      'Guyana, the small country, produces 600,000 barrels a day. Talks with Turkey and Sweden went on; the Nordic country waited.');
    const aliases = (id: string) => m.actors.find((a) => a.id === id)?.aliases;
    assert.deepEqual(aliases('saudi-arabia'), ['the kingdom']);
    assert.deepEqual(aliases('guyana'), ['the small country']);
    assert.deepEqual(aliases('sweden'), []);
  });

  it('names the state a leader heads by "the X administration" and "X\'s government"', () => {
    const m = model('Venezuelan President Nicolas Maduro said 40 prisoners were freed. Venezuela and the United States said 12. ' +
      'Sanctions on Maduro\'s government eased, and the Obama administration had agreed.');
    const aliases = (id: string) => m.actors.find((a) => a.id === id)?.aliases;
    assert.deepEqual(aliases('venezuela'), ['Venezuelan', "Maduro's government"]);
    assert.deepEqual(aliases('united-states'), ['Obama administration']);
  });

  it('takes "the union" for the body introduced as "the CGT union"', () => {
    const m = model('The CGT union said 3.5 million marched. The union said 200 towns joined. Police said 1 million, according to the union.');
    assert.deepEqual(m.actors.map((a) => [a.id, a.aliases]), [['cgt', ['the union', 'CGT union']], ['police', []]]);
    assert.deepEqual(m.figures.map((f) => f.claimant), ['cgt', 'cgt', 'police']);
  });
});

describe('actors: places, descriptions and names of bodies', () => {
  it('drops a state named only where something happened, in a dateline or a heading', () => {
    const m = model('# Floods in Ruritania\n\nDHAKA — Floods near Nepal killed 40 people in northern India, off the coast of Sri Lanka and in Bangladesh. Oxfam said 300 people died.');
    assert.deepEqual(m.actors.map((a) => a.id), ['oxfam']);
  });

  it('keeps a state that acts as well as where things happen', () => {
    assert.deepEqual(actors('Floods hit northern India. India said 40 people died.').map((a) => a[0]), ['india']);
  });

  it('links "the Chinese group" to the body of that state named before, not to one of another state', () => {
    const m = model('Russian state firm Zentrova said it would invest $600 million. Halvex Group said 40 plants would open. The Russian firm said 30 engineers would come. The Chinese group said 50 jobs.');
    assert.deepEqual(m.figures.map((f) => f.claimant), ['zentrova', 'halvex-group', 'zentrova', 'halvex-group']);
    assert.deepEqual(m.actors.find((a) => a.id === 'halvex-group')?.aliases, ['the Chinese group']);
  });

  it('takes "the company" for a one-word name that acted before', () => {
    const m = model('Brixton said 200 jobs would go. The company had said 150 in May.');
    assert.deepEqual(m.actors.map((a) => [a.id, a.kind, a.aliases]), [['brixton', 'organisation', ['the company']]]);
  });

  it('takes a one-word name beside a noun of its kind, or with an apposition of a body, for an organisation', () => {
    assert.deepEqual(actors('Qatar will sell gas to the American company Norvale. The ruling Zerka party lost. Klemz, an alliance of lenders, met.').map((a) => [a[0], a[1]]),
      [['qatar', 'country'], ['norvale', 'organisation'], ['zerka', 'organisation'], ['klemz', 'organisation']]);
  });

  it('does not take an adverb before a comma, or a creed before its kind, for a body', () => {
    assert.deepEqual(actors('Separately, a group of analysts met. The Peronist trade union marched.'), []);
  });

  it('runs a gazetteer name on over its lower-case tail', () => {
    const m = model('The U.N. health agency said 500 people died.');
    assert.deepEqual(m.actors.map((a) => [a.id, a.aliases]), [['world-health-organization', ['U.N. health agency']]]);
  });

  it('keeps portfolios and "and" inside the names of bodies', () => {
    assert.deepEqual(actors('The Pakistan Institute of Development Economics said 5. The Ministry of Labour and Social Security said 7. Energy Minister Ana Ruiz said 9.').map((a) => [a[0], a[1]]), [
      ['pakistan-institute-of-development-economics', 'organisation'], ['ministry-of-labour-and-social-security', 'organisation'], ['ana-ruiz', 'person'],
    ]);
  });

  it('joins a name the gazetteer knows over "and", after a state', () => {
    assert.deepEqual(actors('US National Aeronautics and Space Administration said 3.').map((a) => a[0]), ['united-states', 'national-aeronautics-and-space-administration']);
  });

  it('gives "the Chinese government" to China', () => {
    assert.deepEqual(actors('China lent money. The Chinese government said it lent $50 billion.'), [['china', 'country', ['Chinese', 'Chinese government']]]);
  });

  it('keeps the initials inside a person\'s name, across the full stop', () => {
    assert.deepEqual(actors('Kenneth S. Courtis said 5. H Lawrence Culp said 7. Later Courtis said 9 and Culp said 10.'), [
      ['kenneth-s-courtis', 'person', ['Courtis']], ['h-lawrence-culp', 'person', ['Culp']],
    ]);
  });

  it('takes a region for a place unless it acts, and its government for a body', () => {
    const m = model('Floods hit Uttar Pradesh. A toll of 37 was given by the Uttar Pradesh government. West Bengal has said 12 died.');
    assert.deepEqual(m.actors.map((a) => [a.id, a.kind]), [['uttar-pradesh-government', 'organisation'], ['west-bengal', 'other']]);
  });

  it('takes no treaty named with its acronym for an organisation', () => {
    assert.deepEqual(actors('The Indus Waters Treaty (IWT) was signed in 1960. Under the IWT, India gets three rivers. The Tigray People\'s Liberation Front (TPLF) said 40.').map((a) => a[0]),
      ['india', 'tigray-people-s-liberation-front']);
  });

  it('merges the head word alone into a name joined with "and"', () => {
    const m = model('The Guangzhou Land Resources and Housing Bureau said prices rose 5%. The Bureau said 300 homes were sold.');
    assert.deepEqual(m.figures.map((f) => f.claimant), ['guangzhou-land-resources-and-housing-bureau', 'guangzhou-land-resources-and-housing-bureau']);
  });

  it('takes no quoted title or qualifier of a noun for a person, and a name with its movement for a body', () => {
    assert.deepEqual(actors('Voters stayed away in the "Clean Finger" campaign. Some Arab countries with Sunni Muslim majorities met. Yemen\'s Houthi Ansarullah movement said 40.').map((a) => [a[0], a[1]]),
      [['yemen', 'country'], ['houthi-ansarullah-movement', 'organisation']]);
  });

  it('reads initials after a lower-case word, Arabic articles, and titles with "of" in people\'s names', () => {
    assert.deepEqual(actors('Tiger expert K. Ullas Karanth said 5. President Abdel Fattah al-Sisi said 6. US Secretary of State John Kerry said 7. NASA Administrator Charles Frank Bolden said 8.')
      .filter((a) => a[1] === 'person').map((a) => a[0]), ['k-ullas-karanth', 'abdel-fattah-al-sisi', 'john-kerry', 'charles-frank-bolden']);
  });

  it('keeps a portfolio before a body\'s head, and takes no seat of a title for a person', () => {
    assert.deepEqual(actors('The Home Office said 9. Ben Bradshaw, the Labour MP for Exeter, wants 4 more officers. Justice Arijit Banerjee said 3.').map((a) => [a[0], a[1]]),
      [['home-office', 'organisation'], ['ben-bradshaw', 'person'], ['arijit-banerjee', 'person']]);
  });

  it('does not join a second name that opens with a state\'s over "and"', () => {
    assert.deepEqual(actors('Two firms, Halvex and China Railway Group, will invest $3bn.').map((a) => a[0]), ['china-railway-group']);
  });

  it('links a description of qualifiers and a head to the one body whose name has them', () => {
    const m = model('The National Disaster Mitigation Agency said 500 people fled. The disaster agency said 300 more. Indonesia\'s disaster agency said 20. The National Independent Authority for Elections said 40. The electoral authority said 50.');
    assert.deepEqual(m.figures.map((f) => f.claimant), ['national-disaster-mitigation-agency', 'national-disaster-mitigation-agency', 'national-disaster-mitigation-agency',
      'national-independent-authority-for-elections', 'national-independent-authority-for-elections']);
    assert.deepEqual(m.actors[0].aliases, ['the disaster agency', 'disaster agency', 'Indonesia\'s disaster agency']);
  });

  it('keeps the full stop of a company\'s abbreviated suffix in its name', () => {
    assert.deepEqual(actors('Carrier Corp. said 900 jobs would stay.'), [['carrier-corp', 'organisation', []]]);
  });

  it('takes a description set beside a body\'s name by commas for another name of it, and keeps "on" in a body\'s name', () => {
    const m = model('The Halvex Commission on Human Rights, the independent rights body, said 22. Saudi Arabia\'s sovereign wealth fund, the Public Investment Fund, will invest $1 billion. The Zentra Council on Friday said 5.');
    assert.deepEqual(m.actors.filter((a) => a.kind === 'organisation').map((a) => [a.id, a.aliases]), [
      ['halvex-commission-on-human-rights', ['the independent rights body']], ['public-investment-fund', ['Saudi Arabia\'s sovereign wealth fund']], ['zentra-council', []],
    ]);
  });

  it('knows the major parties by their short names, but not a party word that qualifies a noun', () => {
    assert.deepEqual(actors('Labour said 5,000 nurses were needed. The Greens were on 6 per cent. Labour activists marched. The Labor state government agreed.').filter((a) => a[1] === 'organisation').map((a) => [a[0], a[2]]),
      [['labour-party', ['Labour']], ['green-party', ['Greens']]]);
  });
});
