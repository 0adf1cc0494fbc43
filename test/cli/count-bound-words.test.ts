// One wording of a count's bound for the command line and the browser: the CLI's counts column wrote
// "≥ 3" where the browser wrote "at least 3", the figures listing a bare value. Values and sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { boundedValue, countAmount } from '../../src/vague-amount.js';
import { formatCount, formatFigure } from '../../src/web/lib/format.js';
import { ingestedTexts, runCli } from '../helpers.js';

test('every bound reads the same in a CLI count and in the browser', () => {
  for (const qualifier of ['exact', 'about', 'at_least', 'more_than', 'up_to']) {
    const c = { value: 3, qualifier };
    assert.equal(countAmount('injured', c), `${formatCount(c)} injured`, qualifier);
  }
  assert.equal(countAmount('injured', { value: 3, qualifier: 'at_least' }), 'at least 3 injured');
  assert.equal(boundedValue('up_to', '40'), 'up to 40');
});

test('a figure in the browser takes its bound from the same words', () => {
  assert.equal(formatFigure(12, 'more_than', 'percent'), 'more than 12%');
  assert.equal(formatFigure(5, 'about', undefined), 'about 5');
});

test('the figures listing gives a value with its bound in words, as the browser does', () => {
  const db = ingestedTexts({ 'ferry.txt': 'Ferry delayed\n\nAt least 140 passengers waited overnight in Bergen after the ferry was delayed, the operator said.' });
  const listing = runCli(['figures', '--db', db]);
  assert.equal(listing.status, 0, listing.stderr);
  assert.match(listing.stdout, /\bat least 140\b/);
});
