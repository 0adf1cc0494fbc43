import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventReport } from '../../src/server/api-types.js';
import { eventTitle, mergeReports } from '../../src/event-view/merged-events.js';
import type { Place } from '../../src/types.js';

const goma: Place = { name: 'Goma', country: 'DR Congo', countryCode: 'CD', lat: -1.68, lon: 29.22, kind: 'city', ref: 'g:1' };
const kinshasa: Place = { name: 'Kinshasa', country: 'DR Congo', countryCode: 'CD', lat: -4.32, lon: 15.31, kind: 'city', ref: 'g:2' };
const congo: Place = { name: 'DR Congo', country: 'DR Congo', countryCode: 'CD', lat: -2.9, lon: 23.6, kind: 'country', ref: 'g:3' };

function report(docId: string, over: Partial<EventReport>): EventReport {
  return {
    key: `${docId}:e1`, docId, docTitle: docId, published: null, id: 'e1', type: 'attack', trigger: 'shelled', triggerSpan: { start: 0, end: 7 },
    sentence: 'shelled the market', sentenceSpan: { start: 0, end: 18 }, date: null, place: null, actors: [], targets: [], counts: {}, status: 'reported',
    ...over,
  };
}
const noNames = () => undefined;

test('merged event: most precise date, most specific place, counts that differ are conflicts', () => {
  const e = mergeReports('evt', 'attack', [
    report('a', { date: { iso: '--02-13', precision: 'month-day' }, place: { text: 'Congo', place: congo }, counts: { killed: { value: 12, qualifier: 'at_least' }, injured: { value: 40, qualifier: 'about' } } }),
    report('b', { date: { iso: '2025-02-13', precision: 'day' }, place: { text: 'Goma', place: goma }, counts: { killed: { value: 17, qualifier: 'exact' } } }),
  ], noNames);
  assert.equal(e.date?.iso, '2025-02-13');
  assert.equal(e.place?.place?.name, 'Goma');
  assert.equal(e.documentCount, 2);
  assert.deepEqual(e.conflicts.map((c) => c.field), ['killed'], 'a city inside the country and a refined date are no conflict');
  assert.deepEqual(e.conflicts[0].values.map((v) => [v.count?.value, v.reports]), [[12, ['a:e1']], [17, ['b:e1']]]);
  assert.equal(e.counts.injured?.value, 40);
  assert.equal(e.counts.killed, undefined);
});

test('merged event: dates that cannot be one day and towns far apart are conflicts', () => {
  const e = mergeReports('evt', 'attack', [
    report('a', { date: { iso: '2025-02-13', precision: 'day' }, place: { text: 'Goma', place: goma } }),
    report('b', { date: { iso: '2025-02-14', precision: 'day' }, place: { text: 'Kinshasa', place: kinshasa } }),
  ], noNames);
  assert.deepEqual(e.conflicts.map((c) => c.field), ['date', 'place']);
  assert.deepEqual(e.conflicts[1].values.map((v) => v.place), ['Goma', 'Kinshasa']);
});

test('one article never disagrees with itself', () => {
  const e = mergeReports('evt', 'attack', [
    report('a', { counts: { killed: { value: 3, qualifier: 'exact' } } }),
    { ...report('a', { counts: { killed: { value: 5, qualifier: 'exact' } } }), key: 'a:e2', id: 'e2' },
  ], noNames);
  assert.deepEqual(e.conflicts, []);
});

test('titles name who and where, and fall back to the trigger', () => {
  const names = (k: string) => ({ 'ent:k': 'Dmytro Karpenko', 'ent:eu': 'European Union', 'ent:tn': 'Tunisia' })[k];
  assert.equal(eventTitle('arrest', [], [{ text: 'Dmytro Karpenko', entity: 'ent:k' }], { text: 'Madrid' }, 'arrested', names), 'Arrest of Dmytro Karpenko in Madrid');
  assert.equal(eventTitle('detention', [], [{ text: '14 people' }], { text: 'Istanbul', place: { ...goma, name: 'Istanbul' } }, 'detained', names), 'Detention of 14 people in Istanbul');
  assert.equal(eventTitle('agreement', [{ text: 'EU', entity: 'ent:eu' }, { text: 'Tunisia', entity: 'ent:tn' }], [], null, 'agreed', names), 'Agreement between European Union and Tunisia');
  assert.equal(eventTitle('attack', [], [{ text: 'struck' }], null, 'Shells hit town', names), 'Attack, in “Shells hit town”', 'a bare word is no participant: the article names it');
  assert.equal(eventTitle('attack', [], [{ text: 'Spain has extradited a man accused of helping run a gang', entity: 'ent:k' }], null, 'x', names), 'Attack, in “x”', 'an entity inside a long clause does not name it');
});

test('a title with no name nor place uses a short phrase, else the article, never the quoted trigger', () => {
  const none = () => undefined;
  assert.equal(eventTitle('agreement', [{ text: 'Harbour pilots', entity: 'ent:p' }], [], null, 'Pilots agree new rota', none), 'Agreement with Harbour pilots');
  assert.equal(eventTitle('arrest', [], [{ text: 'the ferry captain' }], null, 'x', none), 'Arrest of the ferry captain');
  assert.equal(eventTitle('arrest', [], [{ text: 'the ferry captain' }], { text: 'Valletta' }, 'x', none), 'Arrest in Valletta', 'a place is enough: phrases only stand in for nothing');
  assert.equal(eventTitle('conviction', [], [], null, 'A very long headline about a trial that went on for many weeks in the spring', none),
    'Conviction, in “A very long headline about a trial that went…”', 'the article, cut at a word');
  assert.equal(eventTitle('conviction', [], [{ text: 'convicted of fraud, the court said' }], null, '', none), 'Conviction', 'nothing to go on: the kind alone');
});

test('merged event: a range\'s last day ("from 3 to 10 September") is kept, whichever report comes first, and in a date conflict', () => {
  const range = { iso: '2025-09-03', precision: 'day' as const, end: '2025-09-10' };
  for (const order of [['a', 'b'], ['b', 'a']]) {
    const reports = order.map((id) => report(id, { date: id === 'a' ? { iso: '2025-09-03', precision: 'day' } : range }));
    assert.deepEqual(mergeReports('evt', 'strike', reports, noNames).date, range, `reports ${order.join(', ')}`);
  }
  // a more precise date still wins over a range of less precision
  assert.equal(mergeReports('evt', 'strike', [report('a', { date: { iso: '2025-09', precision: 'month', end: '2025-10' } }), report('b', { date: { iso: '2025-09-03', precision: 'day' } })], noNames).date?.end, undefined);
  const disputed = mergeReports('evt', 'strike', [report('a', { date: range }), report('b', { date: { iso: '2025-11-20', precision: 'day' } })], noNames);
  assert.deepEqual(disputed.conflicts.find((c) => c.field === 'date')?.values.map((v) => v.date), [range, { iso: '2025-11-20', precision: 'day' }]);
});

test('merged event: one report\'s "a market" and another\'s "a crowded market" are one target, in the fuller words', () => {
  const e = mergeReports('evt', 'attack', [
    report('a', { targets: [{ text: 'a market' }] }),
    report('b', { targets: [{ text: 'a crowded market' }, { text: 'a bus depot' }] }),
  ], noNames);
  assert.deepEqual(e.targets.map((t) => t.text), ['a crowded market', 'a bus depot']);
});

test('a role in another form of its entity\'s name carries that name; longer words and descriptions keep their own', () => {
  const names = (k: string) => ({ 'ent:wmo': 'World Meteorological Organization', 'ent:pe': 'Peru', 'ent:ap': 'Ana Paredes' })[k];
  const e = mergeReports('evt', 'agreement', [report('a', {
    actors: [{ text: 'WMO', entity: 'ent:wmo' }, { text: 'Peru', entity: 'ent:pe' }],
    targets: [{ text: 'three relief flights bound for the south of Peru', entity: 'ent:pe' }, { text: 'the envoy', entity: 'ent:ap', referent: 'Ana Paredes' }],
  })], names);
  assert.deepEqual(e.actors, [{ text: 'WMO', entity: 'ent:wmo', name: 'World Meteorological Organization' }, { text: 'Peru', entity: 'ent:pe' }], 'the name itself needs no other');
  assert.deepEqual(e.targets, [{ text: 'three relief flights bound for the south of Peru', entity: 'ent:pe' }, { text: 'the envoy', entity: 'ent:ap', referent: 'Ana Paredes' }]);
  // no name known (a MISC entity, or none looked up): the words alone
  assert.deepEqual(mergeReports('evt', 'agreement', [report('a', { actors: [{ text: 'WMO', entity: 'ent:wmo' }] })], noNames).actors, [{ text: 'WMO', entity: 'ent:wmo' }]);
});
