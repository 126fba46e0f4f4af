import * as assert from 'node:assert/strict';
import { model } from '../helpers';

describe('disputes', () => {
  it('disputes values from different sources that do not overlap', () => {
    const m = model('Police said 10,000 people marched, but organisers said 50,000 people marched.');
    assert.deepEqual(m.disputes.map((d) => [d.subject, d.figures, d.message]), [
      ['people', ['f1', 'f2'], 'Disputed: Police say 10,000; Organisers say 50,000'],
    ]);
  });

  it('does not set figures of two named cities against each other, but compares each with figures of no place', () => {
    const m = model('Organisers said 750,000 people marched in Los Angeles. Police said 500,000 people marched in New York.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.place, f.claimant]), [
      ['750,000', 'Los Angeles', 'organisers'], ['500,000', 'New York', 'police'],
    ]);
    assert.deepEqual(m.disputes, []);
    const rivals = model('Organisers said 750,000 people marched in Los Angeles. Police said 100,000 people marched.');
    assert.deepEqual(rivals.disputes.map((d) => d.message), ['Disputed: Organisers say 750,000; Police say 100,000']);
  });

  it('does not dispute overlapping ranges or approximate values close enough', () => {
    assert.deepEqual(model('Kyiv says 25-30,000 troops. Ukraine says 25,000-30,000 troops. Russia says about 29,000 troops.').disputes, []);
  });

  it('does not count parts that sum to another claim as rivals', () => {
    const m = model('Russia says 6,000 soldiers are coming. Shoigu announced that 1,000 combat engineers and 5,000 military builders are coming.');
    assert.deepEqual(m.figures.map((f) => f.partOf), [null, 'f1', 'f1']);
    assert.deepEqual(m.disputes, []);
  });

  it('does not set the article’s own voice against a source', () => {
    assert.deepEqual(model('Police say 100 people came. About 5,000 people came.').disputes, []);
  });

  it('does not compare different kinds of quantity', () => {
    assert.deepEqual(model('Police say 100 people came. Organisers say 5,000 soldiers came.').disputes, []);
  });

  it('puts a finding on every disputed figure with the rivals as related places', () => {
    const m = model('Police said 10,000 people marched, but organisers said 50,000 people marched.', );
    assert.deepEqual(m.findings.map((f) => [f.code, f.start, f.end, f.related.map((r) => [r.start, r.end, r.message])]), [
      ['disputed-figure', 12, 18, [[55, 61, 'Organisers say 50,000']]],
      ['disputed-figure', 55, 61, [[12, 18, 'Police say 10,000']]],
    ]);
  });

  it('does not set an earlier value or a change against the current value', () => {
    const m = model('Officials said the death toll rose by more than 1,000 to 3,621. The board put the toll at 4,000 deaths, up from 2,000 deaths a day before. The governor says the toll has been increased to 34 from 16 deaths.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.change]), [
      ['more than 1,000', 'delta'], ['3,621', null], ['4,000', null], ['2,000', 'previous'], ['34', null], ['16', 'previous'],
    ]);
    assert.deepEqual(m.disputes.map((d) => d.message), ['Disputed: Officials say 3,621; Board says 4,000']);
  });

  it('does not dispute a value and the same value rounded', () => {
    assert.deepEqual(model('The council said it must save £179m. The union said cuts of £180m would be devastating.').disputes, []);
    assert.deepEqual(model('OCHA said 4,460 people died. Police said 4,500 people died.').disputes, []);
    // One significant digit is an estimate of its own, and equal precision is no rounding.
    assert.equal(model('Officials said 3,621 people died. Police said 4,000 people died.').disputes.length, 1);
    assert.equal(model('Police said 11,000 people marched. Organisers said 12,000 people marched.').disputes.length, 1);
  });

  it('does not set values a hundredfold apart against each other: they count different things', () => {
    const m = model('Organisers said 10,000 people were affected. The UN said 11.8 million people were affected. Police said 20,000 people were affected.');
    assert.deepEqual(m.disputes.map((d) => d.message), ['Disputed: Organisers say 10,000; Police say 20,000']);
  });

  it('sets a denial against the figure it denies', () => {
    const m = model('The union said 6,000 jobs are under threat. The council said the number of job cuts would be "nowhere near" 6,000.');
    assert.deepEqual(m.disputes.map((d) => d.message), ['Disputed: Union says 6,000; Council says well below 6,000']);
  });

  it('compares changes with changes', () => {
    const m = model('Officials said the deficit was cut by 27% in a year. Treasury Department records show it decreased by only 2%.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.change, f.claimant]), [['27%', 'delta', 'officials'], ['2%', 'delta', 'treasury-department']]);
    assert.deepEqual(m.disputes.map((d) => [d.subject, d.message]), [['change in share of money', 'Disputed: Officials say 27%; Treasury Department says 2%']]);
  });

  it('does not set sums of different kinds against each other, but compares a sum of no known kind with any', () => {
    const m = model('The European Commission said Poland had received €200m in emergency funding. The cost had reached €8.4bn, Mateusz Morawiecki said.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.subject]), [['€200m', 'emergency funding'], ['€8.4bn', 'cost']]);
    assert.deepEqual(m.disputes, []);
    const rivals = model('The floods caused more than $30bn in damage, the World Bank said. Planning Minister Ahsan Iqbal said the true cost could reach $40bn. Economists estimated $15bn.');
    assert.deepEqual(rivals.disputes.map((d) => d.message), ['Disputed: World Bank says more than $30 billion; Ahsan Iqbal says $40 billion; Economists say $15 billion']);
  });

  it('reads "down from the 1,600 announced in April" as an earlier value', () => {
    assert.deepEqual(model('The steelmaker now plans to eliminate 1,224 positions, down from the 1,600 announced in April.').figures.map((f) => [f.text, f.change]), [
      ['1,224', null], ['1,600', 'previous'],
    ]);
  });

  it('reads "nearly" and "just over" as bounds close to the value', () => {
    const m = model('The ministry said 1,210 people had died. Oxfam said nearly 1,500 people had died.');
    assert.deepEqual(m.disputes.map((d) => d.message), ['Disputed: Ministry says 1,210; Oxfam says up to 1,500']);
    assert.deepEqual(model('The ministry said 1,450 people had died. Oxfam said nearly 1,500 people had died.').disputes, []);
    assert.deepEqual(model('The ministry said 98.5% voted yes. The observers said just over 98% voted yes.').disputes, []);
  });

  it('sets no vague magnitude against a count', () => {
    assert.deepEqual(model('The union said thousands of jobs would go. The company said 1,000 jobs would go.').disputes, []);
  });

  it('sets a nearby rebuttal in the article’s own voice against a source, but not a bare statement or a distant one', () => {
    const rebuttal = model('Donald Trump said the US had spent $350 billion in Ukraine. The real total approved by Congress is $175 billion.');
    assert.deepEqual(rebuttal.disputes.map((d) => d.message), ['Disputed: Donald Trump says $350 billion; the article states $175 billion']);
    assert.deepEqual(model('Donald Trump said the US had spent $350 billion in Ukraine. Congress approved $175 billion.').disputes, []);
    const filler = ' Nothing else happened that day in the capital, where the weather was mild and the streets were quiet.'.repeat(8);
    assert.deepEqual(model(`Police said 10,000 people marched.${filler} The real number of people who marched was 50,000.`).disputes, []);
    assert.deepEqual(model('Police said 10,000 people marched. The real number of people who marched was 50,000.').disputes.map((d) => d.message), [
      'Disputed: Police say 10,000; the article states 50,000',
    ]);
  });

  it('reads "up to $2.40 from $2" and "rose to £5bn from £3bn" as a new value and an earlier one', () => {
    assert.deepEqual(model('Fares would have to go up to $2.40 from $2, the office said. Prices rose to £5bn from £3bn.').figures.map((f) => [f.text, f.change]), [
      ['$2.40', null], ['$2', 'previous'], ['£5bn', null], ['£3bn', 'previous'],
    ]);
  });

  it('compares no sums of different currencies, nor rates of different units', () => {
    assert.deepEqual(model('Heathrow said the cost was £14 billion ($17 billion). Walsh said the cost was £32 billion.').disputes.map((d) => d.message), [
      'Disputed: Heathrow says £14 billion; Walsh says £32 billion',
    ]);
    assert.deepEqual(model('Police said the drugs sold for $29,000 a kilo. Officials said the haul was worth $420 million.').disputes, []);
    assert.deepEqual(model('Police said the drugs sold for $29,000 a kilo. Officials said they sold for $70,000 a kilo.').disputes.map((d) => d.message), [
      'Disputed: Police say $29,000; Officials say $70,000',
    ]);
  });

  it('reads what kind a sum is from the noun or the verb before it, and compares sums of one kind only', () => {
    const m = model('Economists estimated losses at $15bn. The UN said donors had pledged $816m. The company said it planned to invest $16 million.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.subject]), [['$15bn', 'losses'], ['$816m', 'pledges'], ['$16 million', 'investment']]);
    assert.deepEqual(m.disputes, []);
  });

  it('takes what is counted from the verb: "of whom 72 were killed", "71 of them had died", "might have died", "killed 769 pilgrims"', () => {
    const m = model('He said 105 passengers were on board, of whom 72 were killed. Officials said 71 of them had died. Some 300 workers might have died, the union said. The storm killed 769 pilgrims, Saudi officials said. Police were killed in 40 raids.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.subjectGroup]), [
      ['105', 'passengers'], ['72', 'deaths'], ['71', 'deaths'], ['Some 300', 'deaths'], ['769', 'deaths'], ['40', 'raids'],
    ]);
  });

  it('reads a percentage after a verb of change, before a noun of change or of inflation as a change', () => {
    const m = model('The board recorded a 31 percent year-on-year increase. Prices fell 10.6 percent. The population has grown 30 per cent. '
      + 'Economists put inflation at about 25 percent. He took 84.3% of the vote. They cut 27% of staff.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.change]), [
      ['31 percent', 'delta'], ['10.6 percent', 'delta'], ['30 per cent', 'delta'], ['about 25 percent', 'delta'], ['84.3%', null], ['27%', null],
    ]);
  });

  it('sets two unattributed figures against each other only when one sentence contrasts them', () => {
    assert.deepEqual(model('The audit found 10,563 schools, against the 10,595 schools in the ministry statistics.').disputes.map((d) => d.message), [
      'Disputed: the article states 10,563; the article states 10,595',
    ]);
    assert.deepEqual(model('Enrolled pupils were 5,734,937, which was less than the 6,031,777 pupils reported.').disputes.length, 1);
    assert.deepEqual(model('The first ship seized 5.19 tons of cocaine, while the second seized 5.79 tons of cocaine.').disputes, []);
    assert.deepEqual(model('Duties will be lowered to 15 per cent rather than 25 per cent.').disputes, []);
    assert.deepEqual(model('The new stadium costs more than a 25,000-seat one. About 30,000 seats were planned.').disputes, []);
  });

  it('reads units of measure in any spelling and scale as one quantity', () => {
    const m = model('The government put output at 93.62 million tonnes. Industry estimates put it below 85 mt. The plant makes 2 GW, the firm said; the agency said 2,000 megawatts. Meta reported 273 metric tons.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.low, f.high, f.subjectGroup]), [
      ['93.62 million', 93.62e6, 93.62e6, 'tonnes'], ['below 85', null, 85e6, 'tonnes'], ['2', 2e9, 2e9, 'watts'], ['2,000', 2e9, 2e9, 'watts'], ['273', 273, 273, 'tonnes'],
    ]);
    assert.deepEqual(m.disputes.map((d) => d.message), ['Disputed: Government says 93.62 million; Industry says up to 85 million']);
  });

  it('reads a percentage of a named rate as that rate, and a rebuttal past "U.S."', () => {
    const m = model('The headline figure puts the U.S. unemployment rate at 9.5%. Some 27.8% of households had someone out of work, the poll found. That translates to an unemployment rate of over 22%, says Mayur.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.subjectGroup]), [['9.5%', 'unemployment rate'], ['Some 27.8%', 'share of homes'], ['over 22%', 'unemployment rate']]);
    assert.deepEqual(m.disputes.map((d) => d.message), ['Disputed: the article states 9.5%; Mayur says more than 22%']);
  });

  it('reads "up from the current £1,971" as an earlier value', () => {
    assert.deepEqual(model('Investec said bills would reach around £3,725 in January, up from the current £1,971.').figures.map((f) => [f.text, f.change]), [
      ['around £3,725', null], ['£1,971', 'previous'],
    ]);
  });

  it('sets no part against the number it is a part of', () => {
    assert.deepEqual(model('Around 100,000 people live on the slopes, the agency said. Only 40,000 of them have left, police said.').disputes, []);
    assert.deepEqual(model('Around 100,000 people live on the slopes, the agency said. Only 40,000 people have left, police said.').disputes.length, 1);
  });

  it('reads "adding £500" as a change, "added up to $5.8 billion" as a total, and "30 km north of Lima" as a position', () => {
    const m = model('Analysts said the change risked adding £500. The pledges added up to $5.8 billion, Mr Robb said. The tanker was about 30 kilometres north of Lima. The road is 40 km long.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.change, f.subjectGroup]), [
      ['£500', 'delta', 'money'], ['$5.8 billion', null, 'money'], ['about 30', null, null], ['40', null, 'kilometres'],
    ]);
  });

  it('counts people forced from their homes or crossing a border as refugees', () => {
    const m = model('Officials said some 2.2 million people have been forced from their homes. The commission said 110,000 people are displaced. Some 800 people crossed into Sudan. Some 500 workers were forced to work.');
    assert.deepEqual(m.figures.map((f) => [f.text, f.subjectGroup]), [['some 2.2 million', 'refugees'], ['110,000', 'refugees'], ['Some 800', 'refugees'], ['Some 500', 'jobs']]);
  });

  it('finds two sources\' rival figures however many unattributed figures of the same quantity stand between them', () => {
    // Forty unattributed counts between the police's 100 and the organisers' 9,000 (as in a long document that
    // repeats its paragraphs): the sources are still compared with each other.
    const filler = Array.from({ length: 40 }, (_, i) => `By noon ${1_000 + i * 10} people marched.`).join(' ');
    const m = model(`Police said 100 people marched. ${filler} Organisers said 9,000 people marched.`);
    const dispute = m.disputes.find((d) => d.message.startsWith('Disputed: Police say 100; Organisers say 9,000'));
    assert.ok(dispute, m.disputes.map((d) => d.message).join(' | '));
    assert.deepEqual(dispute.figures.map((id) => m.figures.find((f) => f.id === id)?.text).filter((t) => t === '100' || t === '9,000'), ['100', '9,000']);
  });
  it('sets two sources\' sums of money against each other only with a cue or a contrast', () => {
    // Two sums for two things: no dispute.
    assert.deepEqual(model('Rosco said it would pay $600 million for the mine. Minister Ana Ruiz said the state had $857 million in reserves.').disputes, []);
    // An estimate of one sum by each: a dispute.
    const m = model('Rosco estimated the cost at $600 million. Minister Ana Ruiz said the real cost was $857 million.');
    assert.equal(m.disputes.length, 1);
  });
});
