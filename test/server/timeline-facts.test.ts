// The timeline draws only facts (events some report asserts or alleges), as `events --merged`
// marks them; planned, hypothetical and negated events stay findable on /api/events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventStatus } from '../../src/types.js';
import { eventArticle, serveAnalyses } from './helpers.js';

/** One dated article per status, each with a single dated event of a distinct type. */
const CASES: Array<{ status: EventStatus; type: 'arrest' | 'attack' | 'protest' | 'prosecution'; sentence: string }> = [
  { status: 'asserted', type: 'arrest', sentence: 'Border guards arrested a courier near Esenyurt on March 3, 2021.' },
  { status: 'hypothetical', type: 'prosecution', sentence: 'If the courier is charged on March 4, 2021, he could face ten years.' },
  { status: 'planned', type: 'protest', sentence: 'Farmers plan to march on March 5, 2021, organisers said.' },
  { status: 'negated', type: 'attack', sentence: 'No attack took place on March 6, 2021, the governor said.' },
];
const TRIGGERS: Record<string, string> = { arrest: 'arrested', prosecution: 'charged', protest: 'march', attack: 'attack' };

test('the timeline shows asserted events only; the others stay in /api/events', async () => {
  const served = await serveAnalyses(CASES.map((c, i) => eventArticle({
    title: `Report ${i + 1}`, source: `status-${c.status}`, published: '2021-03-07', sentence: c.sentence,
    type: c.type, trigger: TRIGGERS[c.type], date: `2021-03-0${i + 3}`, status: c.status,
  })));
  try {
    const get = (path: string) => served.get<{ total: number; unplaced?: number; items: Array<{ type: string }> }>(path);
    const timeline = await get('/api/timeline');
    assert.deepEqual(timeline.items.map((e) => e.type), ['arrest'], 'only the asserted event is drawn');
    assert.equal(timeline.total, 1);
    const all = await get('/api/events');
    assert.equal(all.total, 4, 'every event is still listed');
    assert.deepEqual((await get('/api/events?fact=true')).items.map((e) => e.type), ['arrest']);
    assert.deepEqual((await get('/api/events?fact=false')).items.map((e) => e.type).sort(), ['attack', 'prosecution', 'protest']);
  } finally {
    await served.close();
  }
});
