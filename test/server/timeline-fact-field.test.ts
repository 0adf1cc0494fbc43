// A merged event's timelineFact is computed once, over all its reports: an alleged event is drawn,
// a merged event with one planned and one asserted report is a fact, and a listing that shows only
// its first (planned) report still says so and still passes ?fact=true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeReports } from '../../src/event-view/merged-events.js';
import { briefEvent } from '../../src/server/routes/events.js';
import type { EventReport } from '../../src/server/api-types.js';
import type { EventStatus } from '../../src/types.js';
import { eventArticle, serveAnalyses } from './helpers.js';

function report(docId: string, status: string): EventReport {
  return {
    key: `${docId}:e1`, docId, docTitle: docId, published: '2022-06-01', id: 'e1', type: 'protest', trigger: 'rally',
    triggerSpan: { start: 0, end: 5 }, sentence: 'rally', sentenceSpan: { start: 0, end: 5 }, date: null, place: null,
    actors: [], targets: [], counts: {}, status,
  };
}

test('mixed statuses: one report asserting the event makes it a fact, also once a listing cuts the reports', () => {
  const mixed = mergeReports('m', 'protest', [report('a', 'planned'), report('b', 'asserted')], () => undefined);
  assert.equal(mixed.timelineFact, true);
  const listed = briefEvent(mixed, 1);
  assert.deepEqual(listed.reports.map((r) => r.status), ['planned']);
  assert.equal(listed.timelineFact, true, 'the cut listing keeps the whole event\'s answer');
  assert.equal(mergeReports('n', 'protest', [report('a', 'planned'), report('b', 'hypothetical'), report('c', 'negated')], () => undefined).timelineFact, false);
  assert.equal(mergeReports('o', 'protest', [report('a', 'negated'), report('b', 'alleged')], () => undefined).timelineFact, true);
});

test('an alleged event is drawn on the timeline and marked a fact in listings', async () => {
  const cases = [
    { status: 'alleged' as EventStatus, type: 'attack' as const, trigger: 'shelled', sentence: 'Rebels shelled the depot at Varnholm on April 2, 2022, the army claimed.' },
    { status: 'planned' as EventStatus, type: 'protest' as const, trigger: 'rally', sentence: 'Dockers will rally on April 9, 2022, their union said.' },
  ];
  const served = await serveAnalyses(cases.map((c, i) => eventArticle({
    title: `Note ${i + 1}`, source: `alleged-${i}`, published: '2022-04-10', sentence: c.sentence,
    type: c.type, trigger: c.trigger, date: i === 0 ? '2022-04-02' : '2022-04-09', status: c.status,
  })));
  try {
    const get = (path: string) => served.get<{ items: Array<{ type: string; timelineFact?: boolean }> }>(path);
    assert.deepEqual((await get('/api/timeline')).items.map((e) => e.type), ['attack']);
    const listed = (await get('/api/events')).items.map((e) => [e.type, e.timelineFact]).sort();
    assert.deepEqual(listed, [['attack', true], ['protest', false]]);
    assert.deepEqual((await get('/api/events?fact=true')).items.map((e) => e.type), ['attack']);
  } finally {
    await served.close();
  }
});

test('a background report (a deed of an earlier year an article only recalls) is no timeline fact on its own', () => {
  const recalled = { ...report('a', 'asserted'), background: true as const };
  assert.equal(mergeReports('p', 'attack', [recalled], () => undefined).timelineFact, false);
  assert.equal(mergeReports('q', 'attack', [recalled, report('b', 'asserted')], () => undefined).timelineFact, true, 'another article telling it as news draws it');
});
