import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupClaims, isDisputed, rangesConflict, reportFamilies, type ClaimInput } from '../../src/corpus/claims/group.js';
import { groupingKey, quantityKey } from '../../src/corpus/claims/quantity-key.js';
import { clusterEvents, datesCompatible, type EventInput } from '../../src/corpus/events/coreference.js';

function claim(docId: string, value: number, qualifier: ClaimInput['qualifier'], what: string, source: string | null = null): ClaimInput {
  return { docId, start: 0, end: 1, value, qualifier, what, source, evidence: `${value} ${what}` };
}

test('quantity keys: nationality, kind and activity', () => {
  assert.deepEqual(quantityKey('Georgian citizens fighting in Syria alongside militants'), { who: 'GE', kind: 'people', activity: 'fighting', activityFromContext: false });
  assert.deepEqual(quantityKey('Georgians involved in the activities of the group'), { who: 'GE', kind: 'people', activity: 'fighting', activityFromContext: false });
  // The activity may come from the sentence; the country may stand in for a missing nationality, but not both.
  const fromSentence = quantityKey('people', 'Officials said more than 900 people were suspected of financing terrorist groups.');
  assert.equal(fromSentence.activity, 'fighting');
  assert.equal(groupingKey(fromSentence, 'GE'), null);
  assert.equal(groupingKey(quantityKey('Georgians', 'up to 900 Georgians are involved in the activities of militant groups'), null), 'GE|people|fighting');
  assert.equal(groupingKey(quantityKey('people detained'), 'GE'), 'GE|people|detained');
  assert.equal(quantityKey('Georgian citizens detained in Tbilisi').activity, 'detained');
  assert.equal(quantityKey('tonnes of wheat').who, null);
});

test('conflict: the intervals qualifiers allow do not meet', () => {
  // "about 1,700" (1,600–1,800) and "up to 2,500" (0–2,500) meet: differing estimates, not a contradiction
  assert.equal(rangesConflict([{ value: 1700, qualifier: 'about' }, { value: 2500, qualifier: 'up_to' }]), false);
  assert.equal(rangesConflict([{ value: 1000, qualifier: 'more_than' }, { value: 1200, qualifier: 'about' }]), false);
  assert.equal(rangesConflict([{ value: 39, qualifier: 'exact' }, { value: 39, qualifier: 'exact' }]), false);
  assert.equal(rangesConflict([{ value: 39, qualifier: 'exact' }, { value: 41, qualifier: 'exact' }]), true);
  assert.equal(rangesConflict([{ value: 100, qualifier: 'at_least' }, { value: 90, qualifier: 'up_to' }]), true);
});

test('two figures in one article, or one story copied on two sites, are not a dispute', () => {
  const a = claim('a', 14, 'exact', 'Georgian citizens detained');
  const b = claim('a', 7, 'exact', 'Georgian citizens detained');
  assert.equal(isDisputed([a, b]), false);
  const copy = { ...b, docId: 'a-copy' };
  const reportOf = reportFamilies([['a', 'a-copy']]);
  assert.equal(isDisputed([a, copy], reportOf), false);
  assert.deepEqual(groupClaims([a, b, { ...a, docId: 'a-copy' }, copy], reportOf), []);
  assert.equal(isDisputed([a, { ...b, docId: 'other' }], reportOf), true);
});

test('claims about the same quantity from two documents form one group; one source alone does not', () => {
  const groups = groupClaims([
    claim('a', 900, 'about', 'Georgian citizens fighting in Syria', 'the interior minister'),
    claim('b', 1500, 'up_to', 'Georgians involved in the activities of the group', 'security services'),
    claim('b', 40, 'exact', 'Georgian citizens detained at the border'),
    claim('c', 12, 'exact', 'tonnes of explosives'),
  ]);
  assert.equal(groups.length, 1);
  assert.equal(groups[0].disputed, true);
  assert.deepEqual(groups[0].claims.map((c) => c.value).sort(), [1500, 900]);
});

test('dates of different precision are compatible when they can be the same day', () => {
  assert.ok(datesCompatible('--12', '2014-12-29'));
  assert.ok(datesCompatible('2014-12', '2014-12-29'));
  assert.ok(datesCompatible('--10-21', '2016-10-21'));
  assert.ok(!datesCompatible('--10-21', '2016-10-22'));
  assert.ok(!datesCompatible('2015', '2014-12-29'));
  assert.ok(datesCompatible(null, '2014'));
});

test('event coreference: same type, compatible date, shared participant, different documents', () => {
  // a place written "geo:<town>" is a town the text states for the event (a site), any other is a country
  const ev = (docId: string, eventId: string, type: string, date: string | null, participants: string[], places: string[] = []): EventInput => ({
    docId, eventId, type, date, places, participants, sites: places.filter((p) => p === 'geo:goma'),
  });
  const clusters = clusterEvents([
    ev('d1', 'designation', 'designation', '2014-12-29', ['ent_group', 'ent_state']),
    ev('d2', 'designation', 'designation', '--12', ['ent_group']),
    ev('d3', 'designation', 'designation', '2016-03-01', ['ent_group']),
    ev('d2', 'arrest', 'arrest', '--12', ['ent_group']),
    ev('d4', 'designation', 'designation', '2014-12', ['ent_group'], ['geo:ca']),
    ev('d5', 'designation', 'designation', '2014-12-29', ['ent_group'], ['geo:us', 'geo:ca', 'geo:ru']),
    ev('d6', 'designation', 'designation', '2014-12', ['ent_group'], ['geo:ru']),
  ]);
  // d1, d2 (no place), d4 and d5 (whose list holds d4's place) fit one designation; d6 meets d5's
  // list but not d4's place (Canada, Russia), so it does not join through d5.
  const merged = clusters.find((c) => c.members.length > 1);
  assert.ok(merged);
  assert.deepEqual(merged.members.map((m) => m.docId).sort(), ['d1', 'd2', 'd4', 'd5']);
  assert.equal(merged.date, '2014-12-29');
  assert.equal(clusters.length, 4);
  // Places that do not meet keep reports apart.
  const apart = clusterEvents([
    ev('a', 'raid', 'raid', '2020-05-01', ['ent_police'], ['geo:tr']),
    ev('b', 'raid', 'raid', '2020-05-01', ['ent_police'], ['geo:de']),
  ]);
  assert.equal(apart.length, 2);
  // No common participant: the same place on the same day is one event; the same place in the same month is not.
  const byPlace = clusterEvents([
    ev('a', 'attack', 'attack', '2025-02-13', ['ent_x'], ['geo:goma']),
    ev('b', 'attack', 'attack', '--02-13', ['ent_y'], ['geo:goma']),
    ev('c', 'attack', 'attack', '2025-02', ['ent_z'], ['geo:goma']),
  ]);
  assert.deepEqual(byPlace.map((c) => c.members.length).sort(), [1, 2]);
  // An undated report from the same place, published the next day, is the same event; a month later it is not.
  const undated = (docId: string, reportDate: string): EventInput => ({ ...ev(docId, 'attack', 'attack', null, ['ent_w'], ['geo:goma']), reportDate });
  assert.equal(clusterEvents([ev('a', 'attack', 'attack', '2025-02-13', ['ent_x'], ['geo:goma']), undated('b', '--02-14')]).length, 1);
  assert.equal(clusterEvents([ev('a', 'attack', 'attack', '2025-02-13', ['ent_x'], ['geo:goma']), undated('b', '2025-03-20')]).length, 2);
});
