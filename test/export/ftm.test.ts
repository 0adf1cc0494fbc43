import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportString, fixtureStore, jsonLines } from './helpers.js';
import { validateFtm, type FtmEntityLike } from './ftm-validate.js';
import { ftmId } from '../../src/export/ftm.js';

test('the FtM validator catches what it should', () => {
  const problems = validateFtm([
    { id: 'a', schema: 'Person', properties: { name: ['X'], nope: ['1'] } },
    { id: 'b', schema: 'Mention', properties: { name: ['X'], document: ['a'] } },
    { id: 'c', schema: 'Thing', properties: { name: ['X'] } },
    { id: 'd', schema: 'Address', properties: { name: ['X'], country: ['xx'], latitude: ['north'] } },
    { id: 'e', schema: 'Event', properties: { date: ['--10-21'], involved: ['zzz'] } },
  ]);
  for (const expected of [/no property "nope"/, /Mention b.document.*expected a Document/, /Thing c: abstract/, /not an FtM country/, /not a number/, /required "name" missing/, /not an ISO date/, /not in the export/])
    assert.ok(problems.some((p) => expected.test(p)), `${expected} in ${problems.join('\n')}`);
});

test('ftm export is valid FollowTheMoney with Articles, people, organisations, addresses, events and mentions', async () => {
  const { store } = await fixtureStore();
  const entities = jsonLines(await exportString(store, { format: 'ftm' })) as unknown as FtmEntityLike[];
  assert.deepEqual(validateFtm(entities), []);
  const bySchema = (s: string) => entities.filter((e) => e.schema === s);
  const props = (e: FtmEntityLike) => e.properties as Record<string, string[]>;
  assert.equal(bySchema('Article').length, 3);
  assert.deepEqual(bySchema('Person').map((e) => props(e).name), [['Pavel Orlov']]);
  assert.deepEqual(bySchema('Organization').map((e) => props(e).name[0]).sort(), ['Interior Ministry', 'Kazan police', 'Red Hand "Brigade" & Co']);
  const kazan = bySchema('Address').find((e) => props(e).name[0] === 'Kazan')!;
  assert.deepEqual([props(kazan).country, props(kazan).latitude], [['ru'], ['55.7887']]);

  const article = bySchema('Article').find((e) => props(e).title[0] === 'Kazan police detain activist')!;
  assert.equal(article.id, ftmId('document', 'doc1aaaaaaaaaaaa'));
  assert.deepEqual(props(article).publishedAt, ['2016-10-22']);
  assert.deepEqual(props(article).sourceUrl, ['https://news.example/kazan-detention']);
  assert.match(props(article).bodyText[0], /^Kazan police detain activist\n\n/);

  const events = bySchema('Event');
  assert.equal(events.length, 2);
  const detention = events.find((e) => props(e).name[0].startsWith('Detention'))!;
  assert.deepEqual(props(detention).date, ['2016-10-21']);
  assert.equal(props(detention).proof.length, 2); // both reporting articles
  assert.deepEqual(props(detention).involved.sort(), [ftmId('entity', 'ent_orlov'), ftmId('entity', 'ent_police')].sort());
  assert.deepEqual(props(events.find((e) => e !== detention)!).namesMentioned, ['a market']);

  const mentions = bySchema('Mention').filter((m) => props(m).document[0] === article.id);
  // "Orlov" and "Pavel Orlov" resolve to one person: one Mention per entity per document.
  assert.deepEqual(mentions.map((m) => props(m).detectedSchema[0]).sort(), ['Organization', 'Organization', 'Person']);
  // Ids are stable across exports.
  const again = jsonLines(await exportString(store, { format: 'ftm' })) as unknown as FtmEntityLike[];
  assert.deepEqual(again.map((e) => e.id), entities.map((e) => e.id));
  await store.close();
});

test('ftm export narrowed to one document and one entity type stays self-contained', async () => {
  const { store } = await fixtureStore();
  const entities = jsonLines(await exportString(store, { format: 'ftm', filters: { docs: ['orlov'], entityType: 'PER' } })) as unknown as FtmEntityLike[];
  assert.deepEqual(validateFtm(entities), []);
  assert.deepEqual([...new Set(entities.map((e) => e.schema))].sort(), ['Address', 'Article', 'Event', 'Mention', 'Person']);
  assert.equal(entities.filter((e) => e.schema === 'Article').length, 1);
  await store.close();
});
