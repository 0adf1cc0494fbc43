import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportString, fixtureStore, jsonLines } from './helpers.js';
import { validateFtm, type FtmEntityLike } from './ftm-validate.js';
import { ftmId } from '../../src/export/ftm.js';
import { ingestedTexts, runCli } from '../helpers.js';

test('the FtM validator catches what it should', () => {
  const problems = validateFtm([
    { id: 'a', schema: 'Person', properties: { name: ['X'], nope: ['1'] } },
    { id: 'b', schema: 'Mention', properties: { name: ['X'], document: ['a'] } },
    { id: 'c', schema: 'Thing', properties: { name: ['X'] } },
    { id: 'd', schema: 'Address', properties: { name: ['X'], country: ['xx'], latitude: ['north'] } },
    { id: 'e', schema: 'Event', properties: { date: ['--10-21'], involved: ['zzz'] } },
    { id: 'f', schema: 'Article', properties: { fileName: ['f'], language: ['en'] } },
    { id: 'g', schema: 'Person', properties: { name: ['Y'], mentionedBy: ['b'] } },
    { id: 'h', schema: 'Mention', properties: { name: ['Y'], document: ['f'], detectedSchema: ['Human'] } },
  ]);
  for (const expected of [/no property "nope"/, /Mention b.document.*expected a Document/, /Thing c: abstract/, /not an FtM country/, /not a number/, /required "name" missing/, /not an ISO date/, /not in the export/, /not an FtM language code/, /"mentionedBy" is a reverse property/, /not an FtM schema/])
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
  // a city is the Address's city, as FtM's Address schema has it, so Aleph shows and matches it as one
  assert.deepEqual(props(kazan).city, ['Kazan']);

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
  assert.deepEqual([...new Set(entities.map((e) => e.schema))].sort(), ['Address', 'Article', 'Documentation', 'Event', 'Mention', 'Person']);
  assert.equal(entities.filter((e) => e.schema === 'Article').length, 1);
  await store.close();
});

test('ftm links each article to the people, organisations and places it names by a Documentation', async () => {
  const { store } = await fixtureStore();
  const entities = jsonLines(await exportString(store, { format: 'ftm' })) as unknown as FtmEntityLike[];
  assert.deepEqual(validateFtm(entities), []);
  const props = (e: FtmEntityLike) => e.properties as Record<string, string[]>;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const article = entities.find((e) => e.schema === 'Article' && props(e).title[0] === 'Kazan police detain activist')!;
  const links = entities.filter((e) => e.schema === 'Documentation' && props(e).document[0] === article.id);
  const named = links.map((l) => byId.get(props(l).entity[0])!).map((e) => `${e.schema}:${props(e).name[0]}`).sort();
  assert.ok(named.includes('Person:Pavel Orlov') && named.includes('Organization:Kazan police') && named.includes('Address:Kazan'), named.join(', '));
  assert.ok(links.every((l) => props(l).role[0] === 'mentioned'));
  // one link per entity and article, however often the article names it ("Orlov", "Pavel Orlov")
  assert.equal(new Set(links.map((l) => props(l).entity[0])).size, links.length);
  const orlov = ftmId('entity', 'ent_orlov');
  assert.equal(entities.filter((e) => e.schema === 'Documentation' && props(e).entity[0] === orlov).length, 2); // both articles naming him
  await store.close();
});

test('ftm: a range written as one date gives the event an endDate; an article its language', () => {
  const db = ingestedTexts({ 'vienna-talks.txt': 'Talks held in Vienna\n\nDiplomats from Iran and the United States held talks in Vienna from 3 to 10 September 2024, officials said.\n' });
  const res = runCli(['export', '--format', 'ftm', '--out', '-', '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  const entities = jsonLines(res.stdout) as unknown as FtmEntityLike[];
  assert.deepEqual(validateFtm(entities), []);
  const event = entities.find((e) => e.schema === 'Event')!;
  assert.deepEqual([event.properties.startDate, event.properties.endDate], [['2024-09-03'], ['2024-09-10']]);
  // the language Chronicle guessed, in FtM's ISO 639-3 form
  assert.deepEqual(entities.find((e) => e.schema === 'Article')!.properties.language, ['eng']);
});

test('ftm: a name only in the credit line is documented as such', () => {
  const db = ingestedTexts({ 'harbour-fire.txt': 'Fire at the harbour\n\nFirefighters in Gdansk put out a blaze at a grain warehouse on Monday, the port authority said.\n\n(Reporting by Marta Nowicka; Editing by Tomasz Wolny)\n' });
  const res = runCli(['export', '--format', 'ftm', '--out', '-', '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  const entities = jsonLines(res.stdout) as unknown as FtmEntityLike[];
  assert.deepEqual(validateFtm(entities), []);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const roles = entities
    .filter((e) => e.schema === 'Documentation')
    .map((e) => `${(byId.get((e.properties.entity as string[])[0])!.properties.name as string[])[0]}=${(e.properties.role as string[])[0]}`);
  assert.ok(roles.includes('Marta Nowicka=credit line'), roles.join(', '));
  assert.ok(roles.includes('Gdansk=mentioned'), roles.join(', '));
});

test('ftm: a region is an Address with its region, a country one with only its country', () => {
  const db = ingestedTexts({ 'flood-report.txt': 'Floods in Bavaria\n\nHeavy rain flooded villages across Bavaria on Sunday, the German weather service said, and rivers in Germany kept rising.\n' });
  const res = runCli(['export', '--format', 'ftm', '--out', '-', '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  const entities = jsonLines(res.stdout) as unknown as FtmEntityLike[];
  assert.deepEqual(validateFtm(entities), []);
  const address = (name: string) => entities.find((e) => e.schema === 'Address' && (e.properties.name as string[])[0] === name)!.properties;
  assert.deepEqual([address('Bavaria').region, address('Bavaria').city, address('Bavaria').country], [['Bavaria'], undefined, ['de']]);
  assert.deepEqual([address('Germany').region, address('Germany').city, address('Germany').country], [undefined, undefined, ['de']]);
});

test('ftm: a short form made of the name\'s own words is a weakAlias, which Aleph does not match on; an acronym stays an alias', async () => {
  const { store } = await fixtureStore();
  const entities = jsonLines(await exportString(store, { format: 'ftm' })) as unknown as FtmEntityLike[];
  assert.deepEqual(validateFtm(entities), []);
  const orlov = entities.find((e) => e.id === ftmId('entity', 'ent_orlov'))!;
  // "Orlov" alone names every Orlov: as an alias it would tie this man to all of them in a cross-reference
  assert.deepEqual([orlov.properties.alias, orlov.properties.weakAlias], [undefined, ['Orlov']]);
  await store.close();

  const db = ingestedTexts({ 'summit.txt': 'Leaders meet at summit\n\nThe North Atlantic Treaty Organization (NATO) held a summit in Oslo on Monday. NATO leaders agreed to raise spending, officials said.\n' });
  const res = runCli(['export', '--format', 'ftm', '--out', '-', '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  const nato = (jsonLines(res.stdout) as unknown as FtmEntityLike[]).find((e) => e.schema === 'Organization' && /NATO|North Atlantic/.test(String(e.properties.name)))!;
  assert.ok(nato, 'NATO exported');
  assert.equal(nato.properties.weakAlias, undefined);
  assert.equal((nato.properties.alias as string[]).length, 1, JSON.stringify(nato.properties));
});

test('ftm: an Event no article states as fact says how they state it, in its name and summary', () => {
  const db = ingestedTexts({ 'mayor.txt': 'Mayor charged with bribery\n\nThe former mayor of Tarnow was charged with bribery on Tuesday, prosecutors said. If convicted, he faces up to eight years in prison.\n' });
  const res = runCli(['export', '--format', 'ftm', '--out', '-', '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  const entities = jsonLines(res.stdout) as unknown as FtmEntityLike[];
  assert.deepEqual(validateFtm(entities), []);
  const event = (type: string) => entities.find((e) => e.schema === 'Event' && (e.properties.recordId as string[])[0].endsWith(`_${type}`))!.properties;
  // Aleph shows an Event's name and summary: "If convicted, …" must not read as a conviction
  assert.match((event('conviction').name as string[])[0], /^Conviction.* \(only a possibility\)$/);
  assert.ok((event('conviction').summary as string[]).includes('Only a possibility in the article, not stated as having happened'), JSON.stringify(event('conviction').summary));
  // a charge stated as fact reads as before: its summary only says whom it is according to
  assert.doesNotMatch((event('charge').name as string[])[0], /\(/);
  assert.deepEqual(event('charge').summary, ['According to: “prosecutors” (not identified)']);
});

test('ftm: an Event dated by day and month without a year keeps that date in words, in its name and summary', () => {
  const db = ingestedTexts({ 'lorry-check.txt': 'Customs stop a lorry\n\nCustoms officers in Narva detained a lorry driver on January 28, a spokesman said.\n' });
  const res = runCli(['export', '--format', 'ftm', '--out', '-', '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  const entities = jsonLines(res.stdout) as unknown as FtmEntityLike[];
  assert.deepEqual(validateFtm(entities), []);
  const event = entities.find((e) => e.schema === 'Event')!.properties;
  // FtM dates need a year: none is written, and the words say what the article gives
  assert.equal(event.date, undefined);
  assert.match((event.name as string[])[0], /, 28 Jan \(year unknown\)$/);
  assert.ok((event.summary as string[]).includes('Date as reported: 28 Jan (year unknown)'), JSON.stringify(event.summary));
});
