// `chronicle search` prints the best 10 and said nothing of the rest, so a reader took ten articles
// for every match. When --limit cuts the list it now says how many match and how to see more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestedTexts, runCli } from '../helpers.js';

const bakeries = Object.fromEntries(['Ashford', 'Brampton', 'Colwick', 'Dunmore'].map((town, i) => [
  `bakery-${i}.txt`,
  `${town} bakery wins regional prize\n\nThe ${town} bakery on Mill Lane won the county's bread prize on Saturday, its owner said. The judges praised its rye loaf.\n`,
]));

test('a list cut by --limit says how many articles match', () => {
  const db = ingestedTexts(bakeries);
  const cut = runCli(['search', 'bakery', '--limit', '2', '--db', db]);
  assert.equal(cut.status, 0, cut.stderr);
  assert.match(cut.stdout, /\nShowing the best 2 of 4 matching articles; raise --limit to see more\.\n$/);
  const whole = runCli(['search', 'bakery', '--db', db]);
  assert.doesNotMatch(whole.stdout, /Showing the best/, 'every match shown: nothing to add');
  const json = runCli(['search', 'bakery', '--limit', '2', '--json', '--db', db]);
  assert.equal((JSON.parse(json.stdout) as unknown[]).length, 2, '--json stays the list asked for');
});
