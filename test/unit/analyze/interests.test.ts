import * as assert from 'node:assert/strict';
import { model } from '../helpers';

/** Interests of a text as `[actor, interest, claimed by]`. */
const interests = (text: string) => model(text).interests.map((i) => [i.actor, i.interest, i.claimedBy]);

describe('interests', () => {
  it('reads an actor’s goal, aim or demand', () => {
    assert.deepEqual(interests('Rolling back U.S. tariffs remains China’s top practical goal.'), [['china', 'Rolling back U.S. tariffs', null]]);
    assert.deepEqual(interests('Russia’s aim is to secure the Donbas region, analysts say.'), [['russia', 'secure the Donbas region', 'analysts']]);
    assert.deepEqual(interests('Beijing insisted its demand that all U.S. tariffs be lifted remains unchanged.'), [['china', 'all U.S. tariffs be lifted', 'china']]);
  });

  it('reads what an actor hopes another will do', () => {
    assert.deepEqual(interests('China hopes Washington will ease limits on access to U.S. semiconductors.'), [
      ['china', 'Washington will ease limits on access to U.S. semiconductors', null],
    ]);
  });

  it('reads "the Chinese want", and what an actor would welcome, quotation marks and all', () => {
    assert.deepEqual(interests('The Chinese want a stable trade environment. Beijing would welcome a “ceasefire” on tariffs, said Zichen Wang.'), [
      ['china', 'a stable trade environment', null],
      ['china', 'a “ceasefire” on tariffs', 'zichen-wang'],
    ]);
  });

  it('reads what a clause opened by "For X" says X gets, and what is handed or offered to an actor', () => {
    assert.deepEqual(interests('For Moscow, the pact secures a partner. It hands Moscow an enormous new market.'), [
      ['russia', 'the pact secures a partner', null],
      ['russia', 'an enormous new market', null],
    ]);
  });

  it('reads pushing for, taking advantage of, boosting an actor’s leverage, and being the biggest winner', () => {
    assert.deepEqual(interests('Ankara has been pushing for defence autonomy. South Korea is taking advantage of that opportunity. ' +
      'The deal would boost Lima’s leverage over its neighbours. The biggest winner is Brazil.'), [
      ['turkey', 'defence autonomy', null],
      ['south-korea', 'advantage of that opportunity', null],
      ['peru', 'leverage over its neighbours', null],
      ['brazil', 'biggest winner', null],
    ]);
  });

  it('reads a means to an end, a need with its list, joint subjects, and striving through adverbs and "not"', () => {
    assert.deepEqual(interests('Vladimir Putin sees it as a way to challenge the United States. Kim Jong Un needs cash, commodities and technology. ' +
      'Vladimir Putin and Kim Jong Un agreed to take joint measures to strengthen their defence capabilities. ' +
      'Germany is working hard to retain ties. Seoul is trying not to anger Russia.'), [
      ['vladimir-putin', 'challenge the United States', null],
      ['kim-jong-un', 'cash, commodities and technology', null],
      ['vladimir-putin', 'strengthen their defence capabilities', null],
      ['kim-jong-un', 'strengthen their defence capabilities', null],
      ['germany', 'retain ties', null],
      ['south-korea', 'not to anger Russia', null],
    ]);
  });

  it('reads a goal noun with "for", "of" or "to" after its owner, a demonym included', () => {
    assert.deepEqual(interests('Ankara’s request for F-16 fighters was approved. Sweden’s hopes of joining the alliance were raised. ' +
      'It is part of a Turkish effort to depend less on foreign suppliers.'), [
      ['turkey', 'F-16 fighters', null],
      ['sweden', 'joining the alliance', null],
      ['turkey', 'depend less on foreign suppliers', null],
    ]);
  });

  it('reads groups of two words as actors with interests: developing countries, rich nations', () => {
    assert.deepEqual(interests('Poorer countries have long called for an aid fund. The United States and the EU pushed for the donor base to be broadened.'), [
      ['developing-countries', 'an aid fund', null],
      ['united-states', 'the donor base to be broadened', null],
      ['european-union', 'the donor base to be broadened', null],
    ]);
  });

  it('reads gain nouns with their owner, demands of what is to be done, and sums with currency signs', () => {
    assert.deepEqual(interests('Mercosur’s headline gain is a beef quota. The main prize for the EU is industrial market access. ' +
      'Jobbik demanded that Viktor Orban resign. In exchange, Washington gets a US$550 billion package.'), [
      ['mercosur', 'a beef quota', null],
      ['european-union', 'industrial market access', null],
      ['jobbik', 'that Viktor Orban resign', null],
      ['united-states', 'a US$550 billion package', null],
    ]);
  });

  it('reads raised subjects, competing for, "it" as a recipient, and lists of verb phrases', () => {
    assert.deepEqual(interests('Sri Lanka is likely to receive further financial support. Abu Dhabi is competing for influence. ' +
      'Qatar bets the deal will give it sway over Gaza. Its programme aims to boost revenue, encourage consolidation, raise spending and rebuild reserves.'), [
      ['sri-lanka', 'further financial support', null],
      ['united-arab-emirates', 'influence', null],
      ['qatar', 'sway over Gaza', null],
      ['qatar', 'boost revenue, encourage consolidation, raise spending and rebuild reserves', null],
    ]);
  });

  it('reads an owner\'s interest in and plans to', () => {
    assert.deepEqual(interests('Egypt shares Israel’s interest in pushing back against political Islam. It is part of Donald Trump’s plans to end the war.'), [
      ['israel', 'pushing back against political Islam', null],
      ['donald-trump', 'end the war', null],
    ]);
  });

  it('reads what an actor has to do, what it is allowed to do, a subject before a relative clause, and the first person of a quotation', () => {
    assert.deepEqual(interests('The Los Angeles Times had to attract more readers. The deal would allow China to send police to the islands. ' +
      'Australia and the US, which pressed Honiara not to sign, want to limit China’s reach. “I want to end this dispute,” Wes Streeting said.'), [
      ['los-angeles-times', 'attract more readers', null],
      ['china', 'send police to the islands', null],
      ['australia', 'not to sign', null],
      ['united-states', 'not to sign', null],
      ['australia', 'limit China’s reach', null],
      ['united-states', 'limit China’s reach', null],
      ['wes-streeting', 'end this dispute', 'wes-streeting'],
    ]);
  });

  it('reads offers to a receiver, the chance to do something, an appositive subject, and an Oxford-comma list', () => {
    assert.deepEqual(interests('In exchange, Morocco is offering more fishing licences to the EU. In short, Lebanon gets the chance to develop Qana. ' +
      'Kiran Kumar, the agency’s chairman, also wants to move faster. India gains a role, data for its farms, and a foothold for joint work.'), [
      ['european-union', 'more fishing licences', null],
      ['lebanon', 'the chance to develop Qana', null],
      ['kiran-kumar', 'move faster', null],
      ['india', 'a role, data for its farms, and a foothold for joint work', null],
    ]);
  });

  it('reads leaders and policymakers as their state, and a region before a name as the name', () => {
    assert.deepEqual(interests('Lao leaders want a new railway. Such a network would give southern China easier access to seaports.'), [
      ['laos', 'a new railway', null],
      ['china', 'easier access to seaports', null],
    ]);
  });

  it('reads asking another to act as the asker\'s interest', () => {
    assert.deepEqual(interests('Oxfam urged the donors to release emergency funds. Nurses called on Ottawa to reopen the talks.'), [
      ['oxfam', 'release emergency funds', null],
      ['nurses', 'reopen the talks', null],
    ]);
  });

  it('reads purpose adjuncts and launched goals for the subject, with the frame\'s words as the cue', () => {
    const m = model('Farmers blocked the roads in an attempt to win higher prices. Chile cut its rates in order to revive growth. ' +
      'Norway launched a bid to host the talks. Spain backed the effort by Portugal, the current chair, to broker a truce.');
    assert.deepEqual(m.interests.map((i) => [i.actor, i.interest, i.cue]), [
      ['farmers', 'win higher prices', 'in an attempt to'],
      ['chile', 'revive growth', 'in order to'],
      ['norway', 'host the talks', 'bid'],
      ['portugal', 'broker a truce', 'effort'],
    ]);
  });

  it('reads what the subject gets in return or in exchange, and what it holds or locks in', () => {
    assert.deepEqual(interests('Peru will ship copper in return for cheaper loans. In exchange for port access, Chile offered a loan. ' +
      'Under the deal, Norway will have unrestricted access to the fishing grounds. Ghana has locked in a ten-year contract.'), [
      ['peru', 'cheaper loans', null],
      ['chile', 'port access', null],
      ['norway', 'unrestricted access to the fishing grounds', null],
      ['ghana', 'a ten-year contract', null],
    ]);
  });

  it('reads a definite description, a demonym\'s group, a subject past an aside, and "stands to gain"', () => {
    assert.deepEqual(interests('Saudi Arabia signed the pact on Monday. The kingdom aims to cut emissions. Indian exporters gain duty-free access to Europe. ' +
      'China, for its part, secures a steady supply of ore. Peru stands to gain cheaper imports from the Pacific.'), [
      ['saudi-arabia', 'cut emissions', null],
      ['indian-exporters', 'duty-free access to Europe', null],
      ['china', 'a steady supply of ore', null],
      ['peru', 'cheaper imports from the Pacific', null],
    ]);
  });

  it('abstains on election results, obligations to come, For-clauses naming no gain, empty gains and perfect tenses', () => {
    assert.deepEqual(interests('Morgan Tsvangirai won 47.9 percent of the vote. Kenya would have to pay the fees. For Chile, the arithmetic works on two levels. ' +
      'Russia got back. Norway has taken full control of the port. Japan sold its chips to India.'), []);
  });
  it('reads a For-clause past an aside, "it is a …" after it, and one opened by "and for"', () => {
    assert.deepEqual(interests('For Peru, then, the deal offers breathing room. For Chile it opens a port; for Brazil it is a lucrative contract; and for Japan, it is a steady buyer.'), [
      ['peru', 'the deal offers breathing room', null],
      ['chile', 'opens a port', null],
      ['brazil', 'a lucrative contract', null],
      ['japan', 'a steady buyer', null],
    ]);
  });
  it('reads a list whose items run to several words', () => {
    assert.deepEqual(interests('Peru gets full rights over the northern field, a share of the southern field royalties and a seat on the board.'), [
      ['peru', 'full rights over the northern field, a share of the southern field royalties and a seat on the board', null],
    ]);
  });
  it('reads "we", "our" and "us" in a quotation as the body its speaker speaks for, else as the speaker', () => {
    assert.deepEqual(interests('"We want a fair vote," said Farmers Union spokesman John Smith.'), [['farmers-union', 'a fair vote', 'farmers-union']]);
    assert.deepEqual(interests('"Our goal is to double exports," said Peruvian Trade Minister Ana Ruiz.'), [['peru', 'double exports', 'peru']]);
    assert.deepEqual(interests('"It will help us build ports," said Maria Lopez, a director of the World Bank.'), [['world-bank', 'help build ports', 'maria-lopez']]);
    assert.deepEqual(interests('"We want a fair vote," said John Smith.'), [['john-smith', 'a fair vote', 'john-smith']]);
    assert.deepEqual(interests('"It will bring us 6 billion [euros] in investment," said World Bank director Ana Ruiz.'), [
      ['world-bank', '6 billion [euros] in investment', 'world-bank'],
    ]);
  });
  it('reads passives of giving and permission, "be able to" under a modal, and benefiting most from', () => {
    assert.deepEqual(interests('Kenya was promised a loan of $2 billion. Peru will also be allowed to build a port. Chile would be able to export more copper. ' +
      'Bolivia was able to reach the coast. Ghana was not granted a licence. Spain stands to benefit most from the deal.'), [
      ['kenya', 'a loan of $2 billion', null],
      ['peru', 'build a port', null],
      ['chile', 'export more copper', null],
      ['spain', 'the deal', null],
    ]);
  });
  it('reads "it" and "its" as the one body its sentence names before them, and "its own" as no recipient', () => {
    assert.deepEqual(interests('Peru signed the deal with Chile on Monday. Oxfam says its own count gives it a majority.'), [['oxfam', 'a majority', 'oxfam']]);
    assert.deepEqual(interests('Peru signed the deal on Monday. The Bolivian government said realising its ambition to export lithium will cost $5 billion.'), [
      ['bolivia', 'export lithium', 'bolivia'],
    ]);
    assert.deepEqual(interests('Chile welcomed the deal. The union offered its own count of members.'), []);
  });
  it('reads no want in what an actor agrees or pledges to do, only the end its measures serve; a dateline dash bounds "it"; a plan\'s scope is no aim', () => {
    assert.deepEqual(interests('Chile agreed to buy more wheat. Peru pledged to cut emissions. Peru and Chile agreed to take joint measures to strengthen their defences.'), [
      ['peru', 'strengthen their defences', null],
      ['chile', 'strengthen their defences', null],
    ]);
    assert.deepEqual(interests('Lima, May 1 (AP) - Bolivia cut ties with Chile after Peru promised it a loan of $3 billion.'), [['bolivia', 'a loan of $3 billion', null]]);
    assert.deepEqual(interests('Chile welcomed the deal. Its financial plan for the next four years is modest.'), []);
  });
  it('runs a phrase on over a noun\'s "that" clause, "as a", "that" after a preposition, an aside after "and," and ", along with"', () => {
    assert.deepEqual(interests('Peru wants guarantees that the port will stay open.'), [['peru', 'guarantees that the port will stay open', null]]);
    assert.deepEqual(interests('Chile wants ministers to treat the drought as an emergency.'), [['chile', 'ministers to treat the drought as an emergency', null]]);
    assert.deepEqual(interests('Peru would aim to launch before that date.'), [['peru', 'launch before that date', null]]);
    assert.deepEqual(interests('Chile gets a share of the royalties and, in the minister’s telling, a written apology.'), [
      ['chile', 'a share of the royalties and, in the minister’s telling, a written apology', null],
    ]);
    assert.deepEqual(interests('Peru stands to gain cheaper fuel, along with jobs for its ports.'), [['peru', 'cheaper fuel, along with jobs for its ports', null]]);
  });
  it('reads a gain noun\'s beneficiaries after "for" or "to", a right to do something, and subjects past an appositive', () => {
    assert.deepEqual(interests('The dam promises economic benefits for both Peru and Chile.'), [['peru', 'economic benefits', null], ['chile', 'economic benefits', null]]);
    assert.deepEqual(interests('The deal is a big win for Brazil.'), [['brazil', 'big win', null]]);
    assert.deepEqual(interests('Critics say the deal brings little benefit to Tanzania.'), [['tanzania', 'little benefit', 'critics']]);
    assert.deepEqual(interests('The main prize for Peru is a port.'), [['peru', 'a port', null]]);
    assert.deepEqual(interests('Peru defended its right to run an independent foreign policy.'), [['peru', 'run an independent foreign policy', null]]);
    assert.deepEqual(interests('Spain’s fisheries minister, Luis Planas, has urged Chile to back the deal.'), [['luis-planas', 'back the deal', null]]);
    assert.deepEqual(interests('Venezuela, badly short of cash, has obtained a loan from China.'), [['venezuela', 'cash', null], ['venezuela', 'a loan', null]]);
  });
  it('reads a list of subjects, "deepen X\'s influence", a comparative\'s "than", and no list item in ", and the company said"', () => {
    assert.deepEqual(interests('Peru, Chile and Bolivia want a fair price.'), [['peru', 'a fair price', null], ['chile', 'a fair price', null], ['bolivia', 'a fair price', null]]);
    assert.deepEqual(interests('The deal could deepen China’s influence in Asia.'), [['china', 'influence in Asia', null]]);
    assert.deepEqual(interests('Peru also wants to move faster than the American timetable.'), [['peru', 'move faster than the American timetable', null]]);
    assert.deepEqual(interests('Peru is seeking 500 job cuts, and the company said it has enough volunteers.'), [['peru', '500 job cuts', null]]);
  });
  it('reads protections and attractions as gains, and an owner\'s calls for something as its goal', () => {
    assert.deepEqual(interests('The key protection for Peru is a price floor.'), [['peru', 'a price floor', null]]);
    assert.deepEqual(interests('Environmentalists say Chile’s calls for faster mining have encouraged loggers.'), [['chile', 'faster mining', 'environmentalists']]);
  });
  it('reads the end that a means used or an action taken serves, and no habit in "used to"', () => {
    assert.deepEqual(interests('The Peruvian government is accused of using militias to crush a rebellion.'), [['peru', 'crush a rebellion', null]]);
    assert.deepEqual(interests('Chile used its veto, and its influence above all, to block new sanctions.'), [['chile', 'block new sanctions', null]]);
    assert.deepEqual(interests('Junior doctors took strike action to defend their jobs.'), [['junior-doctors', 'defend their jobs', null]]);
    assert.deepEqual(interests('Peru used to export copper.'), []);
  });
  it('reads what an actor hopes a thing will do', () => {
    assert.deepEqual(interests('The unions also hope the strike will help them win higher pay.'), [
      ['unions', 'the strike will help them win higher pay', null],
      ['unions', 'help win higher pay', null],
    ]);
    assert.deepEqual(interests('Peru had hoped a clear result would strengthen its hand.'), [['peru', 'a clear result would strengthen its hand', null]]);
  });
  it('keeps a short parenthesis inside a phrase', () => {
    assert.deepEqual(interests('Peru will receive a $3.6 billion (Sh437 billion) loan for its railway.'), [['peru', 'a $3.6 billion (Sh437 billion) loan for its railway', null]]);
  });
  it('reads joint recipients of a giving, and their people', () => {
    assert.deepEqual(interests('The deal gives Peru and Chile staff constant access to the port.'), [
      ['peru', 'constant access to the port', null],
      ['chile', 'constant access to the port', null],
    ]);
  });
  it('reads "seeks to", "hope to" and "aiming for"', () => {
    assert.deepEqual(interests('Peru seeks to expand its fishing fleet.'), [['peru', 'expand its fishing fleet', null]]);
    assert.deepEqual(interests('Chile is aiming for a larger copper output.'), [['chile', 'a larger copper output', null]]);
  });
  it('gives a verb coordinated by "and" the subject of its clause', () => {
    assert.deepEqual(interests('Peru provides naval patrols and receives a share of the fishing revenue.'), [['peru', 'a share of the fishing revenue', null]]);
  });
  it('reads the beneficiary of a provision after "for", with its amount, and not after "its"', () => {
    assert.deepEqual(interests('The fund approved a new $4 billion rescue package for Peru.'), [['peru', 'new $4 billion rescue package', null]]);
    assert.deepEqual(interests('The treaty envisages privileged access for Chile to the northern port.'), [['chile', 'privileged access', null]]);
  });
  it('reads what a sentence gives under a heading of getting, for the one actor it names', () => {
    const text = '# Deal\n\n## What Peru gets\n\nThe bank will provide $2 billion in budget support. The talks began in May.\n\n## Background\n\nThe bank will open an office.\n';
    assert.deepEqual(interests(text), [['peru', 'provide $2 billion in budget support', null]]);
    const bold = '**What Chile gets**\n\nThe accord also brings funds for new desalination plants.\n';
    assert.deepEqual(interests(bold), [['chile', 'funds for new desalination plants', null]]);
    // Two actors named: which gets what, the heading does not say; "will remain" says nothing gained.
    assert.deepEqual(interests('## What Peru and Chile get\n\nThe bank will provide $2 billion in budget support.\n'), []);
    assert.deepEqual(interests('## What Peru gets\n\nThe bank will remain its largest lender.\n'), []);
  });
  it('gives an aim no one owns, or what a thing is meant for, to the one actor a heading names', () => {
    assert.deepEqual(interests('## What Peru wants\n\nThe aim is to lessen its reliance on imported fuel.\n'), [['peru', 'lessen its reliance on imported fuel', null]]);
    assert.deepEqual(interests('## What Peru wants\n\nThe new contract is meant to unlock long-term money.\n'), [['peru', 'unlock long-term money', null]]);
    assert.deepEqual(interests('The aim is to lessen its reliance on imported fuel.'), []);
  });
  it('reads a purpose clause of "so that" for its subject', () => {
    assert.deepEqual(interests('Chile relaxed its visa rules so that Peru can send more seasonal workers.'), [['peru', 'send more seasonal workers', null]]);
  });
  it('reads the phrase a relative clause of wanting qualifies', () => {
    assert.deepEqual(interests('Peru did not get the ten-year lease it had wanted.'), [['peru', 'the ten-year lease', null]]);
    assert.deepEqual(interests('The loans bring Peru the capital it lacks.'), [['peru', 'the capital it lacks', null], ['peru', 'the capital', null]]);
  });
  it('reads a participle of getting after the object, and an aside inside a list', () => {
    assert.deepEqual(interests('Chile will receive cash and, according to officials in Lima, cheap copper, securing supplies for its smelters.'), [
      ['chile', 'cash and, according to officials in Lima, cheap copper', 'officials'],
      ['chile', 'supplies for its smelters', 'officials'],
    ]);
  });
  it('keeps "but" between the adjectives of a phrase', () => {
    assert.deepEqual(interests('Peru wants to develop its huge but largely untapped lithium reserves.'), [['peru', 'develop its huge but largely untapped lithium reserves', null]]);
  });
  it('gives both actors of "For X and Y," what the clause says they get', () => {
    assert.deepEqual(interests('For Peru and Chile, the treaty opens a market for their copper.'), [
      ['peru', 'the treaty opens a market for their copper', null],
      ['chile', 'the treaty opens a market for their copper', null],
    ]);
  });
  it('reads under a heading of getting what the frames did not, and not what the named actor itself offers', () => {
    assert.deepEqual(interests('## What Peru gets\n\nIn return for the patrols it provides, Peru will share in the fishing revenue.\n'), [
      ['peru', 'the patrols it provides', null],
      ['peru', 'share in the fishing revenue', null],
    ]);
    assert.deepEqual(interests('## What Peru gets\n\nChile also offered to provide a loan of $2 billion.\n'), [['peru', 'provide a loan of $2 billion', null]]);
    assert.deepEqual(interests('## What Peru gets\n\nPeru offered a loan of $2 billion.\n'), []);
  });
  it('reads "stands to", each means a thing is seen as, and a thing seen as a shield', () => {
    assert.deepEqual(interests('Spain stands to make fuller use of its ports.'), [['spain', 'make fuller use of its ports', null]]);
    assert.deepEqual(interests('Spain stands to lose its quota.'), []);
    assert.deepEqual(interests('Peru views the pact as a means to deepen trade and as a way to curb smuggling.'), [
      ['peru', 'deepen trade', null],
      ['peru', 'curb smuggling', null],
    ]);
    assert.deepEqual(interests('Chile may see its new alliance with Peru as a shield.'), [['chile', 'its new alliance with Peru as a shield', null]]);
  });
  it('names rights groups and lawmakers as the groups that want something', () => {
    assert.deepEqual(interests('Rights groups are calling for an independent inquiry.'), [['rights-groups', 'an independent inquiry', null]]);
    assert.deepEqual(interests('Lawmakers want the bill withdrawn.'), [['lawmakers', 'the bill withdrawn', null]]);
  });
  it('reads what an actor is short of, and a clause an actor wants to show', () => {
    assert.deepEqual(interests('Germany, for its part, is short of skilled labour.'), [['germany', 'skilled labour', null]]);
    assert.deepEqual(interests('Peru fell short of its goal.'), []);
    assert.deepEqual(interests('Chile wants to demonstrate that the reform worked.'), [['chile', 'demonstrate that the reform worked', null]]);
  });
  it('gives a verb after ", and" the subject of its clause, and reads no getting of nothing', () => {
    assert.deepEqual(interests('Peru says the count is wrong, and has asked the court to order a recount.'), [['peru', 'order a recount', null]]);
    assert.deepEqual(interests('Chile received no compensation at all.'), []);
  });
  it('reads a list whose last item follows an aside after "and"', () => {
    assert.deepEqual(interests('Peru gets full rights over the field, a share of the royalties and, in its telling, a written apology.'), [
      ['peru', 'full rights over the field, a share of the royalties and, in its telling, a written apology', null],
    ]);
  });
  it('reads no gain in the reports or letters a body receives', () => {
    assert.deepEqual(interests('The Peruvian ministry had received more than 200 letters by Friday.'), []);
    assert.deepEqual(interests('Peru received a loan of $2 billion.'), [['peru', 'a loan of $2 billion', null]]);
  });
  it('reads "sets out" and a verb after "that" under a heading of getting', () => {
    assert.deepEqual(interests('## What Peru gets\n\nThe plan sets out $4 billion in investments.\n'), [['peru', '$4 billion in investments', null]]);
    assert.deepEqual(interests('## What Peru gets\n\nFor a country so isolated, that promises capital it cannot find elsewhere.\n'), [['peru', 'capital it cannot find elsewhere', null]]);
  });
  it('reads what a link joins an actor to, what it is placed to gain, and a boost to its relationship', () => {
    assert.deepEqual(interests('The cable connects Peru with the Asian data market.'), [['peru', 'Peru with the Asian data market', null]]);
    assert.deepEqual(interests('The road will link Chile’s north with the Bolivian border.'), [['chile', 'Chile’s north with the Bolivian border', null]]);
    assert.deepEqual(interests('Peru remains well-positioned to become a major supplier of copper.'), [['peru', 'become a major supplier of copper', null]]);
    assert.deepEqual(interests('The accord will strengthen Peru’s relationship with its neighbours.'), [['peru', 'relationship with its neighbours', null]]);
  });
  it('gives a verb after "and" in a relative clause the relative’s antecedent', () => {
    assert.deepEqual(interests('Prices worry Peru, which faces an election and is expected to seek a new loan.'), [['peru', 'a new loan', null]]);
  });
  it('reads no subject in the names after "between"', () => {
    assert.deepEqual(interests('The accord between Peru and Chile aims to end a long feud.'), []);
  });
});
