// `chronicle merge` (or an event `split`) with an id that names nothing stored (a typo, an id from
// another database) said "Merged abc into def (0 mentions)" and stored the decision. It now refuses,
// says how to find ids, and stores nothing. The article is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { ingestedTexts, runCli } from '../helpers.js';

const db = () => ingestedTexts({ 'harbour.txt': 'Harbour fire\n\nFirefighters in Tromsø said on Monday that Erik Lund, the harbour master, had ordered the quay closed after a fire on a fishing boat.' });

test('a merge of entity ids that are not stored is refused with a pointer to the ids, and nothing is stored', () => {
  const file = db();
  const res = runCli(['merge', 'ent_nothing1', 'ent_nothing2', '--db', file]);
  assert.equal(res.status, 1, res.stdout);
  assert.match(res.stderr, /no entity ent_nothing1 or ent_nothing2 is stored: nothing was merged/);
  assert.match(res.stderr, /id column of `chronicle entities`/);
  const undo = runCli(['merge', 'ent_nothing1', 'ent_nothing2', '--undo', '--db', file]);
  assert.match(undo.stderr, /no merge of ent_nothing1 into ent_nothing2 is stored/, 'no decision was kept');
});

test('near miss: two stored entities still merge', () => {
  const file = db();
  const ids = (JSON.parse(runCli(['entities', '--json', '--db', file]).stdout) as Array<{ id: string; type: string }>).map((e) => e.id);
  assert.ok(ids.length >= 2, 'the article names two entities');
  const res = runCli(['merge', ids[0], ids[1], '--db', file]);
  assert.equal(res.status, 0, res.stderr);
  assert.match(res.stdout, /^Merged /);
});

test('an event reference that no stored document reports is refused', () => {
  const res = runCli(['merge', 'nodoc#arrest', 'nodoc#arrest-2', '--db', db()]);
  assert.equal(res.status, 1, res.stdout);
  assert.match(res.stderr, /no event nodoc#arrest or nodoc#arrest-2 is stored/);
});

test('a split of an event reference that no stored document reports is refused too', () => {
  const res = runCli(['split', 'nodoc#arrest', '--db', db()]);
  assert.equal(res.status, 1, res.stdout);
  assert.match(res.stderr, /no event nodoc#arrest is stored: nothing was split/);
});
