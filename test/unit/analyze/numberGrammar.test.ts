import * as assert from 'node:assert/strict';
import { figures } from '../helpers';

describe('number grammar', () => {
  it('reads digits with separators and decimals, and multipliers', () => {
    assert.deepEqual(figures('They counted 1,234,567 votes and 1.03 million ballots.'), [
      ['1,234,567', 1234567, 1234567, false, null],
      ['1.03 million', 1030000, 1030000, false, null],
    ]);
  });

  it('reads money with symbols and glued multipliers', () => {
    assert.deepEqual(figures('The bill was £350m, the fund $2bn and the fee €5.'), [
      ['£350m', 350e6, 350e6, false, 'GBP'],
      ['$2bn', 2e9, 2e9, false, 'USD'],
      ['€5', 5, 5, false, 'EUR'],
    ]);
  });

  it('reads percentages in symbols and words', () => {
    assert.deepEqual(figures('Turnout rose 20% while support fell 3.5 per cent and 12 percent abstained.'), [
      ['20%', 20, 20, false, '%'],
      ['3.5 per cent', 3.5, 3.5, false, '%'],
      ['12 percent', 12, 12, false, '%'],
    ]);
  });

  it('reads word numbers and vague magnitudes', () => {
    assert.deepEqual(figures('Six thousand troops left; tens of thousands of protesters stayed; three people died; twenty-five soldiers returned.'), [
      ['Six thousand', 6000, 6000, false, null],
      ['tens of thousands', 10000, 99999, true, null],
      ['three', 3, 3, false, null],
      ['twenty-five', 25, 25, false, null],
    ]);
    assert.deepEqual(figures('Organisers put the turnout at half a million; more than half a billion dollars was pledged.'), [
      ['half a million', 500000, 500000, false, null],
      ['more than half a billion', 500000000, null, false, 'USD'],
    ]);
  });

  it('reads ranges, sharing the magnitude of the upper bound', () => {
    assert.deepEqual(figures('They sent 25-30,000 soldiers, then 10,000–15,000 more, 6 to 18 recruits, between 1,000 and 2,000 refugees and 1-2 million people.'), [
      ['25-30,000', 25000, 30000, false, null],
      ['10,000–15,000', 10000, 15000, false, null],
      ['6 to 18', 6, 18, false, null],
      ['between 1,000 and 2,000', 1000, 2000, false, null],
      ['1-2 million', 1e6, 2e6, false, null],
    ]);
  });

  it('turns qualifiers into bounds', () => {
    assert.deepEqual(figures('About 500 came, more than 1,000 signed, up to 300 left, at least 64 died, nearly 90 voted.'), [
      ['About 500', 500, 500, true, null],
      ['more than 1,000', 1000, null, false, null],
      ['up to 300', null, 300, false, null],
      ['at least 64', 64, null, false, null],
      ['nearly 90', null, 90, true, null],
    ]);
  });

  it('does not read dates, years, times, ages, ordinals, durations or references as figures', () => {
    assert.deepEqual(figures(
      'On June 18 and 5 March 2024, in the year 2000, at 10:30 and 3pm, a 45-year-old aged 45 came 2nd for 3 years; ' +
      'F-16 jets, COVID-19 and Article 5 were cited in 2019-2020.',
    ), []);
  });

  it('ignores numbers in code, URLs and front matter', () => {
    const text = '---\nreaders: 5000\n---\n\nSee `limit = 9000` and [the data](https://example.com/7000) for 300 soldiers.\n\n```\n400 lines\n```\n';
    assert.deepEqual(figures(text), [['300', 300, 300, false, null]]);
  });

  it('reads a year before a name that starts with "Million" as a year', () => {
    assert.deepEqual(figures('After the 1995 Million Man March, organizers said at least 1 million men took part.'), [
      ['at least 1 million', 1000000, null, false, null],
    ]);
  });

  it('reads "rose from 16 to 34" as two values, not a range, and "from 6 to 18" as a range', () => {
    assert.deepEqual(figures('The toll rose from 16 to 34 deaths. Between 6 and 18 deaths were reported. From 6 to 18 deaths a day.'), [
      ['16', 16, 16, false, null], ['34', 34, 34, false, null], ['Between 6 and 18', 6, 18, false, null], ['From 6 to 18', 6, 18, false, null],
    ]);
    // The change word need not stand right before "from": one reading decides both the range and the change.
    assert.deepEqual(figures('The toll rose sharply overnight from 16 to 34 deaths.'), [['16', 16, 16, false, null], ['34', 34, 34, false, null]]);
  });

  it('reads a denial or a stress on distance as a bound, quoted or not', () => {
    assert.deepEqual(figures('The cuts would be "nowhere near" 6,000 jobs. Well over 2,000 people came. Far fewer than 900 people came.'), [
      ['nowhere near" 6,000', null, 6000, false, null], ['Well over 2,000', 2000, null, false, null], ['Far fewer than 900', null, 900, false, null],
    ]);
  });

  it('reads a small word number as a share, and keeps tiny shares', () => {
    assert.deepEqual(figures('Rates ranged up to five percent per decade. There is a 0.001% chance.'), [
      ['up to five percent', null, 5, false, '%'], ['0.001%', 0.001, 0.001, false, '%'],
    ]);
  });

  it('reads thousands grouped by spaces, but not a day of the month before a count', () => {
    assert.deepEqual(figures('The toll rose to 37 958 people, and 1 234 567 were affected.').map((f) => [f[0], f[1]]), [['37 958', 37958], ['1 234 567', 1234567]]);
    assert.deepEqual(figures('On June 12 200 people marched.').map((f) => [f[0], f[1]]), [['200', 200]]);
  });

  it('finds no magnitude on the object prototype: "tens of constructor" is no figure', () => {
    assert.deepEqual(figures('There were tens of constructor, and tens of thousands marched.').map((f) => [f[0], f[1], f[2]]), [['tens of thousands', 10000, 99999]]);
  });

  it('reads fractions as shares, but not ordinals or durations', () => {
    assert.deepEqual(figures('The union said the figure was one-third, not 45 per cent. Three quarters of staff struck. Under a third joined. About a quarter of the staff left. Two-thirds of leaks could be fixed.'), [
      ['one-third', 33.33, 33.33, false, '%'],
      ['45 per cent', 45, 45, false, '%'],
      ['Three quarters', 75, 75, false, '%'],
      ['Under a third', null, 33.33, false, '%'],
      ['About a quarter', 25, 25, true, '%'],
      ['Two-thirds', 66.67, 66.67, false, '%'],
    ]);
    assert.deepEqual(figures('It built a third runway. It took a quarter of a century. Each quarter the firm reports.'), []);
  });

  it('reads currency abbreviations before the number, glued or apart', () => {
    assert.deepEqual(figures('The rate rose to Rs8,500 from Rs 3,300. The games cost JPY1.35 trillion, or about USD12.6 billion. Groups want Tk23,000. The G7 met.'), [
      ['Rs8,500', 8500, 8500, false, 'Rs'],
      ['Rs 3,300', 3300, 3300, false, 'Rs'],
      ['JPY1.35 trillion', 1.35e12, 1.35e12, false, 'JPY'],
      ['about USD12.6 billion', 12.6e9, 12.6e9, true, 'USD'],
      ['Tk23,000', 23000, 23000, false, 'Tk'],
    ]);
    // A sentence of no number token but digits glued to a currency is read too.
    assert.deepEqual(figures('Spending comes to about JPY3 trillion.'), [['about JPY3 trillion', 3e12, 3e12, true, 'JPY']]);
  });

  it('reads "gone up to" as a rise to a value, not a bound', () => {
    assert.deepEqual(figures('Its price has now gone up to Rs8,500. Up to 5,000 people came.'), [
      ['Rs8,500', 8500, 8500, false, 'Rs'],
      ['Up to 5,000', null, 5000, false, null],
    ]);
  });

  it('does not read "one of" as a count', () => {
    assert.deepEqual(figures('Devon was one of only two forces to record a rise. One of the soldiers died.').map((f) => f[0]), ['two']);
  });
});
