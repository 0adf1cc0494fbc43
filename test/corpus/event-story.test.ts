// Reports that name no one in the event itself ("the general election") merge when their documents
// tell one story: they name the same people and organisations most, each keeps returning to the
// event, and reports of that type within a story do not disagree on date or place elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents, mergeReason, storyScaleTypes, type EventInput } from '../../src/corpus/events/coreference.js';
import { salientEntities } from '../../src/corpus/events/inputs.js';
import type { StoredAnnotation } from '../../src/store/interface.js';

const VALLORIA = ['ent:premier-ostrova', 'ent:green-league', 'ent:finance-minister-dahl'];

function report(docId: string, over: Partial<EventInput> = {}): EventInput {
  return { docId, eventId: 'poll', type: 'election', date: null, places: [], participants: [], salient: VALLORIA, mentionCount: 3, ...over };
}

test('two reports of one election in documents about the same people merge, saying so', () => {
  // "Premier Ostrova says the coming general election will be close." / "The Green League opened
  // its campaign for the election, expected in April."
  const campaign = report('campaign-launch', { places: ['geonames:valloria'], within: ['cc:VL'], countries: ['cc:VL'] });
  const forecast = report('poll-forecast', { date: '2031-04' });
  const [cluster, ...rest] = clusterEvents([campaign, forecast]);
  assert.equal(rest.length, 0);
  const reason = cluster.reasons[0];
  assert.deepEqual(reason.participants, []);
  assert.deepEqual(reason.story, VALLORIA, 'the reason names the entities both documents are about');
  assert.equal(reason.date, 'one undated');
  assert.equal(reason.place, 'one unplaced');
  assert.ok(reason.strength > 0 && reason.strength < 0.5, 'a shared story is weaker evidence than a shared participant');
});

test('a shared story does not merge a passing mention, another story, nor reports naming different people', () => {
  const types = new Set(['election']);
  const a = report('a');
  assert.equal(mergeReason(a, report('b', { mentionCount: 1 }), types), null, 'an election the document mentions once is not its story');
  assert.equal(mergeReason(a, report('c', { salient: ['ent:premier-ostrova', 'ent:harbour-guild'] }), types), null, 'one entity in common is not one story');
  assert.equal(mergeReason(report('d', { participants: ['ent:green-league'] }), report('e', { participants: ['ent:harbour-guild'] }), types), null, 'each names someone, not the same one');
  assert.equal(mergeReason(report('f', { reportDate: '2031-01-05' }), report('g', { reportDate: '2031-03-20' }), types), null, 'published months apart');
  assert.equal(mergeReason(a, report('h', { type: 'other', eventId: 'flood' }), types), null, 'another type');
  assert.equal(mergeReason(a, report('i'), new Set()), null, 'not a type a story holds once');
});

test('a type whose reports within one story disagree on dates is not merged by story', () => {
  // One trade story, many deals: "The guild agreed a wage deal in March." / "… a supply pact in June." / "… a port lease in May."
  const deal = (docId: string, date: string | null) => report(docId, { eventId: 'deal', type: 'agreement', date });
  const deals = [deal('wage-deal', '2031-03'), deal('supply-pact', '2031-06'), deal('port-lease', '2031-05'), deal('undated-deal', null)];
  assert.ok(!storyScaleTypes(deals).has('agreement'));
  assert.equal(clusterEvents(deals).length, 4);
  assert.ok(storyScaleTypes([report('x', { date: '2031-04' }), report('y', { date: '2031-04-09' })]).has('election'));
});

test('a document is about the people and organisations it names at least twice; places are not its story', () => {
  const mention = (label: string, entityId: string): StoredAnnotation => ({ kind: 'mention', label, start: 0, end: 1, text: entityId, data: { entityId } });
  const annotations = [
    mention('PER', 'ent:ostrova'), mention('PER', 'ent:ostrova'), mention('PER', 'ent:ostrova'),
    mention('ORG', 'ent:green-league'), mention('ORG', 'ent:green-league'),
    mention('LOC', 'ent:valloria'), mention('LOC', 'ent:valloria'), mention('LOC', 'ent:valloria'),
    mention('PER', 'ent:once-quoted-voter'),
  ];
  assert.deepEqual(salientEntities(annotations), ['ent:ostrova', 'ent:green-league']);
});
