import * as assert from 'node:assert/strict';
import { describeBasis } from '../../../src/core';
import { actors, claims, model } from '../helpers';

describe('attribution', () => {
  it('reads a source before its reporting verb, in any tense', () => {
    assert.deepEqual(claims('Police said 10,000 people marched. Organisers estimate 50,000 people marched.'), [
      ['10,000', 'people', 'police'],
      ['50,000', 'people', 'organisers'],
    ]);
  });

  it('reads a post-posed and an inverted source', () => {
    assert.deepEqual(claims('At least 64 people died, the government said. About 4,000 people died, said Oxfam.'), [
      ['At least 64', 'deaths', 'government'],
      ['About 4,000', 'deaths', 'oxfam'],
    ]);
  });

  it('reads "according to" and a possessive source noun', () => {
    assert.deepEqual(claims('According to the UNHCR, 2,000 refugees crossed. Hungary’s figures show 600 refugees.'), [
      ['2,000', 'refugees', 'un-refugee-agency'],
      ['600', 'refugees', 'hungary'],
    ]);
  });

  it('records the basis of every claim: the words and the rule that read them', () => {
    const m = model('Police said 10,000 people marched. About 4,000 people died, said Oxfam. According to the UNHCR, 2,000 refugees crossed. ' +
      'Hungary’s figures show 600 refugees. Some 300 houses burned.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.claimBasis, f.attribution?.text ?? null]), [
      ['10,000', 'source-before', 'Police said'],
      ['About 4,000', 'source-after', 'said Oxfam'],
      ['2,000', 'according-to', 'According to the UNHCR'],
      ['600', 'source-noun', 'Hungary’s figures'],
      ['Some 300', null, null],
    ]);
    assert.equal(describeBasis(m.figures[2].attribution, m.figures[2].claimBasis), '“According to the UNHCR” — “according to”');
    assert.equal(describeBasis(null, null), null);
  });

  it('reads the source after a participle and "by", for the phrase just before it', () => {
    assert.deepEqual(claims('In Marseille the prefecture counted 16,000 demonstrators against the 280,000 put forward by the CGT.'), [
      ['16,000', 'people', 'prefecture'],
      ['280,000', 'people', 'cgt'],
    ]);
    assert.deepEqual(claims('Turnout was 44 percent, according to an opinion poll conducted by the think-tank Nezopont.').map((c) => c[2]), ['nezopont']);
  });

  it('reads possessive sources through modifiers, group heads and pronouns', () => {
    assert.deepEqual(claims('The government’s much-criticised estimate of 4,000 deaths was rejected. By the union’s own count, 9,000 workers walked out.').map((c) => [c[0], c[2]]), [
      ['4,000', 'government'],
      ['9,000', 'union'],
    ]);
    assert.deepEqual(claims('The CGT union’s figures put the turnout at 3.5 million.').map((c) => [c[0], c[2]]), [['3.5 million', 'cgt']]);
    assert.deepEqual(claims('Oxfam said the camps were full. By its reckoning, 2,000 families left.').map((c) => [c[0], c[2]]), [['2,000', 'oxfam']]);
  });

  it('names a group by the noun before it ("union sources"), a count\'s capitalised owner, and "Ministry of the Interior"', () => {
    assert.deepEqual(claims('Air France will shed 5,000 jobs, two union sources told Reuters.').map((c) => c[2]), ['union-sources']);
    assert.deepEqual(claims('The march drew 700,000 people by the CGT’s count.').map((c) => c[2]), ['cgt']);
    assert.deepEqual(claims('A total of 1.08 million people marched, according to the Ministry of the Interior.').map((c) => c[2]), ['ministry-of-the-interior']);
  });

  it('reads "claims by X", "by the reckoning of X", a relative clause naming the source, and a parenthetical source', () => {
    assert.deepEqual(claims('Leaders rejected claims by the Red Cross that 300 people were missing.').map((c) => [c[0], c[2]]), [['300', 'international-committee-of-the-red-cross']]);
    assert.deepEqual(claims('The true toll was 60,223, by the reckoning of the Armed Conflict Location & Event Data Project.').map((c) => c[2]),
      ['armed-conflict-location-event-data-project']);
    assert.deepEqual(claims('The figure of 10,000 that the United Nations has been using is out of date.').map((c) => c[2]), ['united-nations']);
    assert.deepEqual(claims('The true toll, Ibrahim Yusuf said, was less than 7,000 people.').map((c) => c[2]), ['ibrahim-yusuf']);
  });

  it('names organisations whose names hold "the" or "&"', () => {
    assert.deepEqual(claims('Save the Children says some 85,000 children died.').map((c) => c[2]), ['save-the-children']);
  });

  it('reads a source past a time between it and its verb, and "by X’s breakdown"', () => {
    assert.deepEqual(claims('Pakistani authorities on Thursday put the death toll at some 48 000.').map((c) => [c[0], c[2]]), [['some 48 000', 'pakistan']]);
    assert.deepEqual(claims('By the interior ministry’s breakdown, the quake killed 30 800 people.').map((c) => [c[0], c[2]]), [['30 800', 'interior-ministry']]);
  });

  it('keeps a people\'s group apart from its state, and lets a far pronoun go unattributed', () => {
    assert.deepEqual(claims('As many as 75 per cent of workers joined, the two largest Spanish unions said.').map((c) => c[2]), ['spanish-unions']);
    const far = `Oxfam opened a clinic. ${'The rain kept falling on the hills all week. '.repeat(12)}It said 300 families came.`;
    assert.deepEqual(claims(far).map((c) => c[2]), [null]);
  });

  it('gives "its estimate" to the clause\'s subject group, and reads "Independent observers" as a group', () => {
    assert.deepEqual(claims('The Food Corporation of India stores grain. The Government has trimmed its wheat production estimate to 93 million tonnes.').map((c) => c[2]), ['government']);
    assert.deepEqual(claims('Independent observers had said that 50 percent of voters stayed home.').map((c) => c[2]), ['independent-observers']);
  });

  it('reads a verb setting a count, a group before "in <place>", and a named local administration', () => {
    assert.deepEqual(claims('Authorities in Assam on Wednesday fixed the death toll at 63.').map((c) => [c[0], c[2]]), [['63', 'authorities']]);
    assert.deepEqual(claims('The Dhubri district administration said 63 people died.').map((c) => c[2]), ['dhubri-district-administration']);
  });

  it('reads "according to the company" as the organisation named last', () => {
    assert.deepEqual(claims('Tata Motors makes cars. According to the company, the net loss could be as low as 100 jobs.').map((c) => [c[0], c[2]]), [['100', 'tata-motors']]);
  });

  it('reads a post-posed speaker after a long prepositional adjunct', () => {
    assert.deepEqual(claims('At least 40 people were killed, the mayor said in a statement to local television.').map((c) => [c[0], c[2]]), [['At least 40', 'mayor']]);
  });

  it('resolves "she said" and "it" to the last subject or speaker, not the last name seen', () => {
    assert.deepEqual(claims('Jane Smith, a nurse, met Oleg Petrov at the clinic. “We counted 12,000 people,” she said.').map((c) => [c[0], c[2]]), [['12,000', 'jane-smith']]);
    assert.deepEqual(model('South Korea has a policy of not sending aid to Ukraine, and it is trying not to anger Russia.').interests.map((i) => [i.actor, i.interest]),
      [['south-korea', 'not to anger Russia']]);
  });

  it('resolves "he said" to the last person named', () => {
    assert.deepEqual(claims('Sergei Shoigu arrived. “We will send 1,000 engineers,” he said.'), [['1,000', 'engineers', 'sergei-shoigu']]);
  });

  it('reads what happened to the people counted through hedges: "were confirmed to have died", "are feared dead"', () => {
    assert.deepEqual(claims('Officials said 19,136 people were confirmed to have died. Police said 300 people are feared dead and 42 were reported injured.'), [
      ['19,136', 'deaths', 'officials'], ['300', 'deaths', 'police'], ['42', 'injuries', 'police'],
    ]);
  });

  it('does not take a large city for an actor, and gives "organisers in <city> said" to the organisers', () => {
    assert.deepEqual(claims('Crowds filled Los Angeles. March organisers in New York claimed 500,000 people marched.'), [['500,000', 'people', 'organisers']]);
    assert.deepEqual(actors('Crowds filled Los Angeles. March organisers in New York claimed 500,000 people marched.'), [['organisers', 'group', []]]);
  });

  it('reads a source whose acronym follows it in brackets', () => {
    assert.deepEqual(claims('The US Committee for Refugees (USCR) estimated that there were 14 million refugees.'), [['14 million', 'refugees', 'us-committee-for-refugees']]);
  });

  it('takes newspapers and broadcasters as sources', () => {
    assert.deepEqual(claims('The Chicago Tribune reported that 150,000 people rallied. Iranian state television reported 25 deaths. Local radio said 40 people died.'), [
      ['150,000', 'people', 'chicago-tribune'], ['25', 'deaths', 'iran'], ['40', 'deaths', 'radio'],
    ]);
    assert.deepEqual(actors('The Chicago Tribune reported that 150,000 people rallied.'), [['chicago-tribune', 'organisation', []]]);
  });

  it('gives "X told Y they estimated …" to the one who told, not the one told', () => {
    assert.deepEqual(claims('Organisers told Reuters they estimated the turnout at 40,000 people.'), [['40,000', 'people', 'organisers']]);
    assert.deepEqual(claims('Jane Smith told reporters that she counted 300 protesters.'), [['300', 'people', 'jane-smith']]);
  });

  it('gives a country as the source for its officials and media', () => {
    assert.deepEqual(claims('Russian officials say 300 soldiers died. North Korean state media reported 100 deaths.'), [
      ['300', 'deaths', 'russia'],
      ['100', 'deaths', 'north-korea'],
    ]);
  });

  it('leaves the article’s own statements without a claimant', () => {
    assert.deepEqual(claims('About 500 soldiers were sent.'), [['About 500', 'troops', null]]);
  });

  it('carries a source into a sentence hedged with "reportedly"', () => {
    const m = model('Kim Jong Un met them. Reports say Kim is getting oil. He is reportedly receiving food.');
    assert.deepEqual(m.interests.map((i) => [i.interest, i.claimedBy]), [['oil', 'reports'], ['food', 'reports']]);
  });

  it('reads a source in a relative clause, a plural possessive and a progressive verb', () => {
    assert.deepEqual(claims('President Aquino, who said 2,000 people died, was wrong. The council (NDRRMC), which said 1,140 people died, disagreed.'), [
      ['2,000', 'deaths', 'aquino'],
      ['1,140', 'deaths', 'ndrrmc'],
    ]);
    assert.deepEqual(claims('There were protests (organisers’ estimate: 200,000 people; police estimate: 55,000 people).'), [
      ['200,000', 'people', 'organisers'],
      ['55,000', 'people', 'police'],
    ]);
    assert.deepEqual(claims('The BBC are saying 5,000 people came, while CNN are saying 2,000 people came.'), [
      ['5,000', 'people', 'bbc'],
      ['2,000', 'people', 'cnn'],
    ]);
    assert.deepEqual(claims('The demonstrators claimed there were 200,000 people out today.'), [['200,000', 'people', 'demonstrators']]);
  });

  it('gives ", saying …" with no source before it to the clause’s subject, never to the noun before the comma', () => {
    const m = model('Oxfam said 4,460 people died. It later withdrew this report, saying 3,000 people had died.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.claimant]), [['4,460', 'oxfam'], ['3,000', 'oxfam']]);
    assert.equal(m.actors.some((a) => a.id === 'reports'), false);
  });

  it('reads "the official count" as a noun, not officials counting', () => {
    const m = model('Malacañang maintained the official count and said 2,000 people died.');
    assert.equal(m.actors.some((a) => a.id === 'officials'), false);
  });

  it('ends a source’s reach where a claim of no named source begins', () => {
    assert.deepEqual(claims('Analysts have found no evidence supporting claims that the deficit was cut by 27%.'), [['27%', 'share of money', null]]);
  });

  it('reads "the Chinese say" as China, and carries a source over ", adding that …"', () => {
    assert.deepEqual(claims('Officials said the Chinese say 5,000 people died.'), [['5,000', 'deaths', 'china']]);
    assert.deepEqual(claims('“It is bad,” said Jane Smith, adding that 300 people died.'), [['300', 'deaths', 'jane-smith']]);
  });

  it('gives "X of Y and his colleagues put …" to X', () => {
    assert.deepEqual(claims('Now Professor Mark Costello of Auckland University and his colleagues put the number at eight million species.'), [
      ['eight million', 'species', 'mark-costello'],
    ]);
  });

  it('gives every sentence of a quotation to the source named after it closes', () => {
    assert.deepEqual(claims('Hans Korver was angry. “This sounds better. But now we know that 3,245 employees are redundant,” Korver told reporters.'), [
      ['3,245', 'jobs', 'hans-korver'],
    ]);
    // A quotation that closes with no source after it gives nothing to its sentences.
    assert.deepEqual(claims('“This sounds better. But now 3,245 employees are redundant.” Police said 12 people came.'), [
      ['3,245', 'jobs', null], ['12', 'people', 'police'],
    ]);
  });

  it('reads "the company expects" as the company’s claim, and an industry word as an organisation’s head', () => {
    assert.deepEqual(claims('Tata Steel plans cuts. The company expects to declare approximately 800 employees redundant.'), [
      ['approximately 800', 'jobs', 'tata-steel'],
    ]);
  });

  it('gives a bare document ("the poll", "the study says") the source named for it before, or no one', () => {
    assert.deepEqual(claims('Turnout was low, according to a poll conducted by Medianet. The poll indicated that 40% voted.').map((c) => c[2]), ['medianet']);
    assert.deepEqual(claims('The poll indicated that 40% voted.').map((c) => c[2]), [null]);
  });

  it('gives "X, a description with other names, said" to X, and a relative clause’s name to no one', () => {
    assert.deepEqual(claims('Anna Berg, a spokeswoman for the Red Cross, said 300 people died.'), [['300', 'deaths', 'anna-berg']]);
    assert.deepEqual(claims('Acme Holdings Ltd, a maker of shoes for Nike, Adidas and other brands, said 80% of workers returned.').map((c) => c[2]), ['acme-holdings-ltd']);
    assert.deepEqual(claims('The Snes-FSU, the largest teachers’ union, put the figure at 62%.').map((c) => c[2]), ['snes-fsu']);
    assert.deepEqual(claims('The plant’s builder, which worked for Carrier, said 1,069 jobs stayed.').map((c) => c[2]), [null]);
  });

  it('keeps "X’s count" to its own clause, unless it opens the sentence', () => {
    assert.deepEqual(claims('The club published an average of 61,843, while the council’s count came to 58,103.').map((c) => [c[0], c[2]]), [
      ['61,843', null], ['58,103', 'council'],
    ]);
    assert.deepEqual(claims('On the council’s count, 5,000 came, while 300 left.').map((c) => [c[0], c[2]]), [['5,000', 'council'], ['300', 'council']]);
    assert.deepEqual(claims('About 70 million records were stolen, according to reports by Databreaches.').map((c) => c[2]), ['databreaches']);
  });

  it('gives "X says its count …" to X, not to an actor named before', () => {
    assert.deepEqual(claims('The commission released its results. Podemos says its parallel count gives it 138 seats.').map((c) => [c[0], c[2]]), [
      ['138', 'podemos'],
    ]);
  });

  it('gives the figures of a quotation to its speaker, not to a source the quoted words name', () => {
    assert.deepEqual(claims('“Industry estimates put the harvest below 85 tonnes,” said a trade source.').map((c) => c[2]), ['trade-source']);
    assert.deepEqual(claims('“Industry estimates put the harvest below 85 tonnes. Others say 81 tonnes,” said a trade source.').map((c) => c[2]), [
      'trade-source', 'trade-source',
    ]);
  });

  it('gives "analysts at X" to the firm X, and a document compared with another source to no one', () => {
    assert.deepEqual(claims('Analysts at Kestrel Partners estimated the savings at €4bn.').map((c) => c[2]), ['kestrel-partners']);
    assert.deepEqual(claims('The losses are 60 percent more than the agency had estimated, according to the study.').map((c) => c[2]), [null]);
  });

  it('reads a sentence opening "It said" / "They said" as the subject of the sentence before', () => {
    assert.deepEqual(claims('Only 70 staff worked, Acme Rail said. The union hit back. It said 4,000 workers struck.').map((c) => [c[0], c[2]]), [
      ['70', 'acme-rail'], ['4,000', 'union'],
    ]);
    assert.deepEqual(claims('The department said 79,000 staff struck. The unions disagreed. They said 400,000 staff struck.').map((c) => c[2]), [
      'department', 'unions',
    ]);
  });

  it('reads no claim in a negated or refused verb, a sum added, or "reported missing"', () => {
    assert.deepEqual(claims('Maduro has not said which projects the $5bn will pay for.').map((c) => c[2]), [null]);
    assert.deepEqual(claims('The ministry declined to say whether 300 people died.').map((c) => c[2]), [null]);
    assert.deepEqual(claims('The European Union later added $245 million to the fund.').map((c) => c[2]), [null]);
    assert.deepEqual(claims('The number of workers reported missing passed 1,300.').map((c) => c[2]), [null]);
    assert.deepEqual(claims('The ministry added that 300 people died.').map((c) => c[2]), ['ministry']);
  });

  it('gives "X said independent observers had counted N" to X, the one who reports it', () => {
    assert.deepEqual(claims('Its spokesperson, Jane Obi, said independent observers had counted fewer than 30% of voters.').map((c) => c[2]), ['jane-obi']);
    assert.deepEqual(claims('Police said 3,000 came, while organisers said 9,000 came.').map((c) => c[2]), ['police', 'organisers']);
  });

  it('gives "the groups that organised the march in Seoul said" to the groups, not to a name in the relative clause', () => {
    assert.deepEqual(claims('The civic groups that organised the march in Seoul said 200,000 people came.').map((c) => c[2]), ['groups']);
    assert.deepEqual(claims('Iraq charged that a U.N. report putting the toll at 3,709 was wrong.').map((c) => c[2]), ['united-nations']);
  });

  it('gives "By its reckoning" opening a sentence to the subject of the sentence before', () => {
    assert.deepEqual(claims('Labour met the National Party. The Acme poll told a different story. By its reckoning Labour was on 43.4 per cent.').map((c) => c[2]), ['acme']);
  });

  it('reads "then" between a source and its verb', () => {
    assert.deepEqual(claims('Hospital officials in Wexford then reported that 14 people had died.'), [['14', 'deaths', 'hospital-officials']]);
  });

  it('reads "the force" as the police force named before it, and abstains when none was', () => {
    assert.deepEqual(claims('Kent Police released its numbers. Burglary fell 12 per cent, the force said. Assaults rose 3 per cent, according to the force.'), [
      ['12 per cent', null, 'kent-police'],
      ['3 per cent', null, 'kent-police'],
    ]);
    assert.deepEqual(claims('The Acme Corporation grew. Turnout fell 12 per cent, the force said.'), [['12 per cent', 'share of votes', null]]);
  });

  it('gives "its government" to the country or organisation the pronoun refers to', () => {
    assert.deepEqual(claims('Egypt fears the dam. Its government argues that 3 million farmers would lose their jobs.'), [['3 million', 'farmers', 'egypt']]);
  });

  it('gives "It said" to a known name opening the sentence before, even where it was not marked', () => {
    assert.deepEqual(claims('The NHS said 20 hospitals closed. NHS England said 30 wards shut. The BMA disagreed. NHS England went further in describing the impact. ' +
      'It said 400 more patients were treated.').map((c) => c[2]), ['nhs', 'nhs-england', 'nhs-england']);
  });

  it('reads an owner\'s average as its figure, up to a figure set against it, but not "Britain\'s average wage"', () => {
    assert.deepEqual(claims('Oxford United published its gate. Oxford United\'s average of 40,593 set against 37,088 counted by stewards. Britain\'s average wage was £30,000.')
      .map((c) => [c[0], c[2]]), [['40,593', 'oxford-united'], ['37,088', null], ['£30,000', null]]);
  });

  it('reads a name modifying a source noun as its owner where the noun gives figures, not where it is described', () => {
    assert.deepEqual(claims('The Gallup Organization said the race was close. The Gallup Organization poll, taken last week, had the Greens on 6 per cent. ' +
      'The Gallup Organization poll covered only 15 of the 50 states.').map((c) => [c[0], c[2]]), [['6 per cent', 'gallup-organization'], ['15', null], ['50', null]]);
  });

  it('gives a verb of recording inside what a source noun reports to the reporter', () => {
    assert.deepEqual(claims('The WHO’s figures suggest that Peru recorded roughly 83,000 excess deaths. Chile recorded 12,000 deaths.')
      .map((c) => [c[0], c[2]]), [['roughly 83,000', 'world-health-organization'], ['12,000', 'chile']]);
  });

  it('reads a name ending in \'s before its verb as an organisation, not a possessive', () => {
    assert.deepEqual(claims('Moody\'s has suggested that losses could reach $15 billion. McDonald\'s said it would hire 2,000 workers. ' +
      'Peru\'s estimated 3,000 troops stayed home.').map((c) => [c[0], c[2]]), [['$15 billion', 'moody-s'], ['2,000', 'mcdonald-s'], ['3,000', null]]);
  });

  it('reads a body setting a target or goal as the source of its figure', () => {
    assert.deepEqual(claims('The Grain Board had set a target of buying 40 tonnes of wheat.').map((c) => [c[0], c[2]]), [['40', 'grain-board']]);
  });

  it('gives a bare document\'s figures to the source named in the paragraph before, but not across a heading', () => {
    assert.deepEqual(claims('The finance ministry said it had checked the rolls.\n\nThe survey showed 5,700 pupils.\n\n## Schools\n\nThe survey showed 320 schools.')
      .map((c) => [c[0], c[2]]), [['5,700', 'finance-ministry'], ['320', null]]);
  });

  it('reads "according to new research from X" without an article', () => {
    assert.deepEqual(claims('Wales is 900 nurses short, according to new research from the Royal College of Nursing.').map((c) => [c[0], c[2]]),
      [['900', 'royal-college-of-nursing']]);
  });
  it('reads a parenthetical "he said" after an opening phrase as the last person who spoke', () => {
    assert.deepEqual(claims('Maria Delgado said 1,500 homes were hit. Of those, she said, 891 were destroyed.').map((c) => [c[0], c[2]]),
      [['1,500', 'maria-delgado'], ['891', 'maria-delgado']]);
    // Just after an organisation spoke, "he" with no person named since is left unresolved.
    assert.deepEqual(claims('Tom Brandt met the press. The Red Cross said 1,500 homes were hit. Of those, he said, 891 were destroyed.').map((c) => [c[0], c[2]]),
      [['1,500', 'international-committee-of-the-red-cross'], ['891', null]]);
  });
  it('reads "X gives a toll of N" as a count given, and the subject of ", while Y gives N" as its own source', () => {
    assert.deepEqual(claims('The Interior Ministry gives a death toll of 4,120, while the Red Cross gives 5,300.').map((c) => [c[0], c[2]]),
      [['4,120', 'interior-ministry'], ['5,300', 'international-committee-of-the-red-cross']]);
    // A contrasted clause whose subject gives no figure ends the first source's reach.
    assert.deepEqual(claims('The Interior Ministry gives a death toll of 4,120, while the Red Cross sent 300 volunteers.').map((c) => [c[0], c[2]]),
      [['4,120', 'interior-ministry'], ['300', null]]);
  });
  it('gives "its reckoning" after a survey to its named pollster, and abstains when the owner is an unknown subject', () => {
    assert.deepEqual(claims('The Wexley-Norpoll survey told another story. By its reckoning Labour held 43.4 per cent.').map((c) => [c[0], c[2]]),
      [['43.4 per cent', 'wexley-norpoll']]);
    assert.deepEqual(claims('Oxfam counted 900 camps. Finance also said its findings showed 10,563 schools.').map((c) => [c[0], c[2]]),
      [['900', 'oxfam'], ['10,563', null]]);
  });
  it('reads "according to an investigation by X", a description without article before a firm\'s name, and "was quoted as saying"', () => {
    assert.deepEqual(claims('At least 82 people died, according to an investigation by the Daily Clarion.').map((c) => [c[0], c[2]]), [['At least 82', 'daily-clarion']]);
    assert.deepEqual(claims('Losses reached $6 billion, according to risk modelling firm Verisk Analytics.').map((c) => [c[0], c[2]]), [['$6 billion', 'verisk-analytics']]);
    assert.deepEqual(claims('Mary Okafor was quoted as saying that 15,000 were infected.').map((c) => [c[0], c[2]]), [['15,000', 'mary-okafor']]);
    assert.deepEqual(claims('"The number could be 15,000," Mary Okafor was quoted as saying by the semi-official ILNA agency.').map((c) => [c[0], c[2]]),
      [['15,000', 'mary-okafor']]);
  });
  it('reads "…,” X told The Independent." and "told AFP on Friday" as a source closing the quotation', () => {
    assert.deepEqual(claims('"There are now about 21,000 refugees. I cannot say more," Sanjukta Sahany told The Independent.').map((c) => [c[0], c[2]]),
      [['about 21,000', 'sanjukta-sahany']]);
    assert.deepEqual(claims('About 700 people queued outside the camp, Selim Ahmed told AFP on Friday.').map((c) => [c[0], c[2]]), [['About 700', 'selim-ahmed']]);
  });
  it('gives the figures of "a statement from X" to X, but not those of "a statement of intent"', () => {
    assert.deepEqual(claims('A statement from Oxfam listed more than 89,000 dead.').map((c) => [c[0], c[2]]), [['more than 89,000', 'oxfam']]);
    assert.deepEqual(claims('A statement of intent listed 40 projects.').map((c) => [c[0], c[2]]), [['40', null]]);
  });
  it('gives a reporting verb coordinated by "and" the subject opening its sentence, but not a document\'s', () => {
    assert.deepEqual(claims('On Monday, the authorities raised the alert and said 100,000 residents had been ordered out.').map((c) => [c[0], c[2]]),
      [['100,000', 'authorities']]);
    assert.deepEqual(claims('Hospital officials reported that four more people had died, and said 17 were in a serious condition.').map((c) => [c[0], c[2]]),
      [['four', 'hospital-officials'], ['17', 'hospital-officials']]);
    assert.deepEqual(claims('The report points to 26 deaths since June, and notes 24 more.').map((c) => [c[0], c[2]]), [['26', null], ['24', null]]);
  });
  it('gives "the report" to its author, found a few paragraphs back, not to the press', () => {
    const text = 'In a report released on Monday, Auditor-General Jane Okoro found waste.\n\n"The plan cost $589 million," the report said.\n\n' +
      'Ministers were not consulted.\n\nAccording to the report, the bill includes $380 million in compensation.\n';
    assert.deepEqual(claims(text).map((c) => [c[0], c[2]]), [['$589 million', 'jane-okoro'], ['$380 million', 'jane-okoro']]);
  });
  it('reads "stood by a figure of N" as giving the count, but not "the count stood at N"', () => {
    assert.deepEqual(claims('Jane Okoro was asked how many had been killed. She stood by a figure of 19.').map((c) => [c[0], c[2]]), [['19', 'jane-okoro']]);
    assert.deepEqual(claims('As of Friday the official count stood at 34 deaths.').map((c) => [c[0], c[2]]), [['34', null]]);
  });
  it('names officials by their level of government: "local officials", "Regional authorities"', () => {
    assert.deepEqual(claims('Nearly 1,100 refugees have landed, according to local officials. Regional authorities said 37 958 people died.').map((c) => [c[0], c[2]]),
      [['Nearly 1,100', 'local-officials'], ['37 958', 'regional-authorities']]);
  });
});
