// A vague amount keeps its own words, so that no view has to say "more than 100,000" for
// "hundreds of thousands"; exact figures carry no such words. Sentences written for this test.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Figure } from '../../../src/types.js';
import { factsOf } from './helpers.js';

const byWhat = (figures: Figure[], what: string) => figures.find((f) => f.what === what);

test('vague amounts keep their own words; exact figures have none', () => {
  const { figures } = factsOf({
    text:
      'Hundreds of thousands of commuters were stranded when the bridge closed.\n\n' +
      'Dozens of ferries and several thousand buses were brought in, while more than 4,000 drivers waited.\n\n' +
      'By nightfall tens of thousands of walkers had crossed on foot, and a few thousand cyclists.',
  });
  const commuters = byWhat(figures, 'commuters');
  assert.equal(commuters?.vagueWords, 'Hundreds of thousands', 'the words, without the "of" that links them to the noun');
  assert.equal(commuters?.value, 100000, 'the value read from the words is kept for sorting and comparing');
  assert.equal(commuters?.qualifier, 'more_than');
  assert.equal(byWhat(figures, 'ferries')?.vagueWords, 'Dozens');
  assert.equal(byWhat(figures, 'buses')?.vagueWords, 'several thousand');
  assert.equal(byWhat(figures, 'walkers')?.vagueWords, 'tens of thousands');
  assert.equal(byWhat(figures, 'cyclists')?.vagueWords, 'a few thousand', '"a few" is not "few"');
  const drivers = byWhat(figures, 'drivers');
  assert.ok(drivers, `"more than 4,000 drivers" is a figure: ${figures.map((f) => f.text).join(' | ')}`);
  assert.equal(drivers.vagueWords, undefined, 'an exact number with a qualifier is not vague');
});
