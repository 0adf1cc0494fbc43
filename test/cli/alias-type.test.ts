// An alias added without --type takes the type of the stored entity its canonical name names: taking
// ORG for granted re-resolved a town's mentions as an organisation's. With no such entity, or several
// types of it, it is refused with the valid types. The API does the same. Our own articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestedTexts, runCli } from '../helpers.js';
import { serveIngestedTexts } from '../server/helpers.js';

const texts = {
  'ferry.txt': 'Ferry delayed\n\nThe ferry from Tallinn to Helsinki was delayed by ice on Monday, the operator Baltic Line said.\n',
};
type Row = { id: string; name: string; type: string };
const entities = (db: string) => JSON.parse(runCli(['entities', '--db', db, '--json']).stdout) as Row[];

test('alias add without --type takes the type of the entity the canonical name names', () => {
  const db = ingestedTexts(texts);
  const town = entities(db).find((e) => e.name === 'Tallinn');
  assert.equal(town?.type, 'LOC', JSON.stringify(entities(db)));
  const added = runCli(['alias', 'add', 'Reval', 'Tallinn', '--db', db, '--json']);
  assert.equal(added.status, 0, added.stderr);
  assert.equal((JSON.parse(added.stdout) as { type: string }).type, 'LOC');
  assert.deepEqual(JSON.parse(runCli(['alias', 'list', '--db', db, '--json']).stdout), [{ type: 'LOC', alias: 'Reval', canonical: 'Tallinn' }]);
  assert.equal(entities(db).find((e) => e.name === 'Tallinn')?.type, 'LOC', 'the town is still a place');
  // remove without --type: the one alias so stored
  const removed = runCli(['alias', 'remove', 'Reval', 'Tallinn', '--db', db]);
  assert.equal(removed.status, 0, removed.stderr);
  assert.match(removed.stdout, /\(LOC\)/);
});

test('alias add without --type and no entity of that name is refused, naming the types', () => {
  const db = ingestedTexts(texts);
  const res = runCli(['alias', 'add', 'the Line', 'Nordic Shipping Board', '--db', db]);
  assert.equal(res.status, 2);
  assert.match(res.stderr, /no stored entity is named "Nordic Shipping Board": pass --type, one of PER, ORG, LOC, MISC/);
  assert.deepEqual(JSON.parse(runCli(['alias', 'list', '--db', db, '--json']).stdout), [], 'nothing stored');
  assert.equal(runCli(['alias', 'add', 'the Line', 'Nordic Shipping Board', '--type', 'org', '--db', db]).status, 0);
});

test('POST /api/aliases without a type takes the entity\'s type, or is refused with 400', async () => {
  const server = await serveIngestedTexts(texts, 'alias-type-token');
  try {
    const ok = await server.post('/api/aliases', { alias: 'Reval', canonical: 'Tallinn' });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.alias.type, 'LOC');
    const refused = await server.post('/api/aliases', { alias: 'the Line', canonical: 'Nordic Shipping Board' });
    assert.equal(refused.status, 400);
    assert.match(refused.body.error, /no stored entity is named "Nordic Shipping Board": give "type", one of PER, ORG, LOC, MISC/);
  } finally {
    await server.close();
  }
});
