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
});
