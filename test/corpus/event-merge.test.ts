// Cross-document event coreference: merges carry their reasons, places agree through the
// country hierarchy, and a merged view keeps each field with the report it came from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents, mergeReason, placeRelation, type EventInput } from '../../src/corpus/events/coreference.js';
import { mergedView } from '../../src/corpus/events/merged.js';
import { eventInputsOf } from '../../src/corpus/events/inputs.js';
import { nameKey } from '../../src/pipeline/entities/names.js';
import type { StoredAnnotation } from '../../src/store/interface.js';
import { join } from 'node:path';
import { EVENT_TYPES, type EventRecord } from '../../src/types.js';
import { runCli, tempDir } from '../helpers.js';

function report(docId: string, over: Partial<EventInput> = {}): EventInput {
  return { docId, eventId: 'strike', type: 'strike', date: null, places: [], participants: [], ...over };
}

test('a merge says which fields matched and how well', () => {
  const a = report('dockers-wire', { date: '2023-03-14', places: ['geonames:rotterdam'], within: ['cc:NL'], participants: ['ent:dockers-union'] });
  const b = report('dockers-local', { date: '2023-03', places: ['geonames:netherlands'], within: ['cc:NL'], countries: ['cc:NL'], participants: ['ent:dockers-union'] });
  const [cluster] = clusterEvents([a, b]);
  assert.equal(cluster.members.length, 2);
  assert.equal(cluster.reasons.length, 1);
  const r = cluster.reasons[0];
  assert.deepEqual(r.between, ['dockers-wire#strike', 'dockers-local#strike']);
  assert.equal(r.by, 'fields');
  assert.equal(r.date, 'compatible precision', 'a month fits a day in it');
  assert.equal(r.place, 'contains', 'the country contains the port');
  assert.deepEqual(r.participants, ['ent:dockers-union']);
  assert.ok(r.strength > 0 && r.strength < 1);
});

test('reports stay apart when a field says two events: another city, another day, another type', () => {
  const base = { date: '2023-03-14', participants: ['ent:dockers-union'] };
  const port = report('a', { ...base, places: ['geonames:rotterdam'], within: ['cc:NL'] });
  const otherCity = report('b', { ...base, places: ['geonames:antwerp'], within: ['cc:BE'] });
  assert.equal(placeRelation(port, otherCity), 'conflict');
  assert.equal(mergeReason(port, otherCity), null);
  assert.equal(mergeReason(port, report('c', { ...base, date: '2023-03-20', places: ['geonames:rotterdam'] })), null);
  assert.equal(mergeReason(port, report('d', { ...base, type: 'protest', places: ['geonames:rotterdam'] })), null);
  assert.equal(clusterEvents([port, otherCity]).length, 2);
});

test('"other" reports merge only with the same kind of happening, and the merge names that kind', () => {
  // "The mayor went back on a pledge to the harbour board in May." / "The harbour flood in May …":
  // same participant, month and port, but a pledge and a flood are never one event.
  const other = (docId: string, theme: string | undefined) =>
    report(docId, { eventId: 'other', type: 'other', ...(theme ? { theme } : {}), date: '2022-05', places: ['geonames:harbourtown'], participants: ['ent:harbour-board'] });
  assert.equal(mergeReason(other('pledge-a', 'pledge'), other('flood-a', 'disaster')), null);
  assert.equal(clusterEvents([other('pledge-a', 'pledge'), other('flood-a', 'disaster')]).length, 2);
  // reports kept from before themes were stored: of no known kind, so nothing to merge on
  assert.equal(mergeReason(other('old-a', undefined), other('old-b', undefined)), null);
  const same = mergeReason(other('pledge-a', 'pledge'), other('pledge-b', 'pledge'));
  assert.ok(same, 'two reports of the pledge to the board are one');
  assert.equal(same.theme, 'pledge');
  assert.deepEqual(same.participants, ['ent:harbour-board']);
});

test('reports that name no one in common merge on a town they state, not on a country or an inferred setting', () => {
  // "A tender offer was launched in New York on 3 June." twice over, by different bidders' reports that
  // name no one in common: one town on one day is one event; one country on one day is many.
  const offer = (docId: string, over: Partial<EventInput>) => report(docId, { eventId: 'other', type: 'other', theme: 'offer', date: '2021-06-03', ...over });
  const inTown = { places: ['geonames:newyork'], within: ['cc:US'], sites: ['geonames:newyork'] };
  const town = mergeReason(offer('wire-a', inTown), offer('wire-b', inTown));
  assert.ok(town, 'the same town on the same day');
  assert.equal(town.place, 'same place');
  const inCountry = { places: ['iso3166-1:US'], within: ['cc:US'], countries: ['cc:US'] };
  assert.equal(mergeReason(offer('wire-a', inCountry), offer('wire-b', inCountry)), null, 'a country sees many offers a day');
  // the town came from the story's setting, not from the report: no site
  const inferred = { places: ['geonames:newyork'], within: ['cc:US'] };
  assert.equal(mergeReason(offer('wire-a', inferred), offer('wire-b', inferred)), null);
  // with someone in common, the country is enough
  const named = { ...inCountry, participants: ['ent:acme'] };
  assert.ok(mergeReason(offer('wire-a', named), offer('wire-b', named)));
});

test('an undated, unplaced report does not chain two agreements that disagree on date and place', () => {
  // "The pact with the growers was signed in Osaka in 1986." / "The growers and the millers agreed
  // on prices in June." / "The millers signed a supply pact in Winnipeg in 1990." The middle report fits
  // either, but the first and last cannot be one event.
  const agreement = (docId: string, over: Partial<EventInput>) => report(docId, { eventId: 'pact', type: 'agreement', ...over });
  const osaka = agreement('osaka-pact', { date: '1986', places: ['geonames:osaka'], within: ['cc:JP'], participants: ['ent:growers'] });
  const vague = agreement('prices-pact', { date: '--06', participants: ['ent:growers', 'ent:millers'] });
  const winnipeg = agreement('winnipeg-pact', { date: '1990', places: ['geonames:winnipeg'], within: ['cc:CA'], participants: ['ent:millers'] });
  assert.ok(mergeReason(osaka, vague) && mergeReason(vague, winnipeg), 'each link alone is allowed');
  const clusters = clusterEvents([osaka, vague, winnipeg]);
  assert.equal(clusters.length, 2);
  const apart = (a: EventInput, b: EventInput) => !clusters.some((c) => c.members.includes(a) && c.members.includes(b));
  assert.ok(apart(osaka, winnipeg), 'Osaka 1986 and Winnipeg 1990 stay two events');
  assert.ok(clusters.every((c) => c.reasons.length === c.members.length - 1));
});

test('reports that agree with every member still merge into one event', () => {
  const agreement = (docId: string, over: Partial<EventInput>) => report(docId, { eventId: 'pact', type: 'agreement', ...over });
  const wire = agreement('wire', { date: '2021-06-02', places: ['geonames:osaka'], within: ['cc:JP'], participants: ['ent:growers'] });
  const local = agreement('local', { date: '--06', participants: ['ent:growers', 'ent:millers'] });
  const weekly = agreement('weekly', { date: '2021-06', places: ['geonames:japan'], within: ['cc:JP'], countries: ['cc:JP'], participants: ['ent:millers'] });
  assert.equal(clusterEvents([wire, local, weekly]).length, 1);
});

test('a participant in common is not enough alone: the date or the place must agree too', () => {
  // "The growers agreed to a price cut." / "The growers agreed on new quotas." — an organisation agrees many times
  const agreement = (docId: string, over: Partial<EventInput>) => report(docId, { eventId: 'pact', type: 'agreement', participants: ['ent:growers'], ...over });
  assert.equal(mergeReason(agreement('cut', {}), agreement('quotas', {})), null);
  assert.equal(mergeReason(agreement('cut', { date: '2021-06-02' }), agreement('quotas', { places: ['geonames:osaka'] })), null, 'one undated and one unplaced');
  const dated = mergeReason(agreement('cut', { date: '2021-06-02' }), agreement('quotas', { date: '2021-06' }));
  assert.equal(dated?.date, 'compatible precision');
  // undated on both sides: only a town both state for the event, not the country they share
  const inOsaka = { places: ['geonames:osaka'], within: ['cc:JP'], sites: ['geonames:osaka'] };
  assert.equal(mergeReason(agreement('cut', inOsaka), agreement('quotas', inOsaka))?.place, 'same place');
  const inJapan = { places: ['iso3166-1:JP'], within: ['cc:JP'], countries: ['cc:JP'] };
  assert.equal(mergeReason(agreement('cut', inJapan), agreement('quotas', inJapan)), null);
  // nor with one of them dated
  assert.equal(mergeReason(agreement('cut', { ...inJapan, date: '2021-06-02' }), agreement('quotas', inJapan)), null);
  assert.ok(mergeReason(agreement('cut', { ...inOsaka, date: '2021-06-02' }), agreement('quotas', inOsaka)));
});

test('a pronoun or a common noun is no participant; an unresolved name is', () => {
  // "It agreed to sell the bakery to Harbour Mills, the ministers said." — nothing resolved.
  const sentence = 'It agreed to sell the bakery to Harbour Mills, the ministers said.';
  const role = (text: string) => ({ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, text });
  const record = {
    id: 'sale', type: 'agreement', trigger: role('agreed'), date: null, place: null, status: 'asserted', counts: {},
    actors: [role('It'), role('the ministers')], targets: [role('Harbour Mills')],
  };
  const event: StoredAnnotation = { kind: 'event', label: 'agreement', start: 0, end: sentence.length, text: sentence, data: record };
  const [input] = eventInputsOf('bakery-sale', [event]);
  assert.deepEqual(input.participants, [nameKey('Harbour Mills')]);
});

test('a role that opens its sentence is no name for its capital letter alone', () => {
  // "Hundreds of fishermen were evacuated by Coastguard Norway." — nothing resolved.
  const sentence = 'Hundreds of fishermen were evacuated by Coastguard Norway.';
  const role = (text: string) => ({ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, text });
  const record = {
    id: 'evac', type: 'other', trigger: role('evacuated'), sentence: { start: 0, end: sentence.length }, date: null, place: null, status: 'asserted', counts: {},
    actors: [role('Coastguard Norway')], targets: [role('Hundreds of fishermen')],
  };
  const event: StoredAnnotation = { kind: 'event', label: 'other', start: 0, end: sentence.length, text: sentence, data: record };
  const [input] = eventInputsOf('evacuation', [event]);
  assert.deepEqual(input.participants, [nameKey('Coastguard Norway')], 'two reports of "Hundreds of fishermen" share no one');
});

test('a user merge is recorded as such, with what the fields say', () => {
  const a = report('x', { date: '2022-01-02' });
  const b = report('y', { date: '2022-01' });
  const clusters = clusterEvents([a, b], { same: [['x#strike', 'y#strike']], isolated: new Set() });
  assert.equal(clusters.length, 1);
  assert.equal(clusters[0].reasons[0].by, 'user');
  assert.equal(clusters[0].reasons[0].date, 'compatible precision');
});

test('a merged view gives every field its report and never mixes counts', () => {
  const rec = (id: string, over: Partial<EventRecord>): EventRecord => ({
    id, type: 'attack', trigger: { start: 0, end: 6, text: 'shells' }, sentence: { start: 0, end: 30 }, date: null, place: null,
    actors: [], targets: [], counts: {}, status: 'asserted', ...over,
  });
  const one = rec('attack', { date: { iso: '2024-05-02', precision: 'day' }, counts: { killed: { value: 17, qualifier: 'exact' } }, status: 'asserted' });
  const two = rec('attack', { place: { start: 3, end: 8, text: 'Lviv', place: { name: 'Lviv', country: 'Ukraine', countryCode: 'UA', lat: 49.8, lon: 24, kind: 'city', ref: 'geonames:lviv' } }, counts: { killed: { value: 12, qualifier: 'at_least' } }, status: 'alleged' });
  const located = (docId: string, data: EventRecord) => ({ kind: 'event' as const, label: data.type, start: 0, end: 30, text: `${docId} sentence`, docId, data });
  const cluster = { ...clusterEvents([report('p', { eventId: 'attack', type: 'attack' }), report('q', { eventId: 'attack', type: 'attack' })])[0], reasons: [] };
  const view = mergedView({ ...cluster, events: [located('p', one), located('q', two)] } as unknown as Parameters<typeof mergedView>[0]);
  assert.equal(view.date?.from, 'p#attack');
  assert.equal(view.place?.from, 'q#attack');
  assert.deepEqual(view.counts.map((c) => [c.from, c.value.value, c.value.qualifier]), [['p#attack', 17, 'exact'], ['q#attack', 12, 'at_least']]);
  assert.equal(view.timelineFact, true);
  assert.deepEqual(view.reports.map((r) => r.status), ['asserted', 'alleged']);
  assert.equal(view.theme, undefined, 'an attack has a type, no theme');
});

test('a merged event lists one participant two reports word differently once, in the fuller words', () => {
  const shelling = (targets: string[]): EventRecord => ({
    id: 'attack', type: 'attack', trigger: { start: 0, end: 5, text: 'shells' }, sentence: { start: 0, end: 30 }, date: null, place: null,
    actors: [], targets: targets.map((text) => ({ start: 0, end: text.length, text })), counts: {}, status: 'asserted',
  });
  const located = (docId: string, data: EventRecord) => ({ kind: 'event' as const, label: 'attack', start: 0, end: 30, text: `${docId} sentence`, docId, data });
  const cluster = { ...clusterEvents([report('p', { eventId: 'attack', type: 'attack' }), report('q', { eventId: 'attack', type: 'attack' })])[0], reasons: [] };
  const view = mergedView({ ...cluster, events: [located('p', shelling(['a market'])), located('q', shelling(['a crowded market']))] } as unknown as Parameters<typeof mergedView>[0]);
  assert.deepEqual(view.targets, [{ value: 'a crowded market', from: 'q#attack' }]);
});

test('a merged "other" event shows the kind of happening its reports are', () => {
  const flood: EventRecord = {
    id: 'other', type: 'other', theme: 'disaster', trigger: { start: 0, end: 5, text: 'flood' }, sentence: { start: 0, end: 30 }, date: null, place: null,
    actors: [], targets: [], counts: {}, status: 'asserted',
  };
  const located = (docId: string) => ({ kind: 'event' as const, label: 'other', start: 0, end: 30, text: `${docId} sentence`, docId, data: flood });
  const cluster = { ...clusterEvents([report('p', { eventId: 'other', type: 'other', theme: 'disaster' })])[0], reasons: [] };
  const view = mergedView({ ...cluster, events: [located('p'), located('q')] } as unknown as Parameters<typeof mergedView>[0]);
  assert.equal(view.theme, 'disaster');
});

test('events --type rejects an unknown type and lists the valid ones', () => {
  const r = runCli(['events', '--type', 'riot', '--db', join(tempDir(), 'none.db')]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /"riot" is not an event type/);
  for (const t of EVENT_TYPES) assert.ok(r.stderr.includes(t), `lists ${t}`);
});

test('two copies of one text (near-duplicates) report each event once, however little its sentence says', () => {
  // "…, while the rest were let go on bail." on two sites carrying one wire story: no one named, no place
  const freed = (docId: string, over: Partial<EventInput> = {}) => report(docId, { eventId: 'release', type: 'release', date: '2024-05-06', wording: 'h1@40', ...over });
  assert.equal(mergeReason(freed('wire-site-a'), freed('wire-site-b')), null, 'the fields alone say nothing');
  assert.equal(clusterEvents([freed('wire-site-a'), freed('wire-site-b')]).length, 2, 'without the copy link: two');
  const copies: Array<[string, string]> = [['wire-site-a', 'wire-site-b']];
  const [one, ...rest] = clusterEvents([freed('wire-site-a'), freed('wire-site-b')], { same: [], isolated: new Set(), copies });
  assert.equal(rest.length, 0);
  assert.equal(one.members.length, 2);
  assert.equal(one.reasons[0].copy, true);
  assert.equal(one.reasons[0].date, 'same day');
  // another sentence of the copy, or an article that is no copy, stays apart
  assert.equal(clusterEvents([freed('wire-site-a'), freed('wire-site-b', { wording: 'h2@12' })], { same: [], isolated: new Set(), copies }).length, 2);
  assert.equal(clusterEvents([freed('wire-site-a'), freed('other-paper')], { same: [], isolated: new Set(), copies }).length, 2);
  // a report a curator kept apart stays apart, and copies whose dates disagree are not joined
  assert.equal(clusterEvents([freed('wire-site-a'), freed('wire-site-b')], { same: [], isolated: new Set(['wire-site-b#release']), copies }).length, 2);
  assert.equal(clusterEvents([freed('wire-site-a'), freed('wire-site-b', { date: '2024-06-01' })], { same: [], isolated: new Set(), copies }).length, 2);
});

test('a report\'s wording is its sentence and its trigger\'s place there, the same in a copy at other offsets', () => {
  const sentence = 'Four of the men were charged, while the rest were let go on bail.';
  const annotation = (offset: number): StoredAnnotation => ({
    kind: 'event', start: offset, end: offset + sentence.length, text: sentence, label: 'release',
    data: { id: 'release', type: 'release', trigger: { start: offset + 49, end: offset + 52, text: 'let' }, sentence: { start: offset, end: offset + sentence.length }, date: null, place: null, actors: [], targets: [], counts: {}, status: 'asserted' },
  });
  const [a] = eventInputsOf('site-a', [annotation(120)]);
  const [b] = eventInputsOf('site-b', [annotation(455)]);
  assert.ok(a.wording);
  assert.equal(a.wording, b.wording);
});
