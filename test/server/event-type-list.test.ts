// /api/events and /api/timeline take `type` as one type or a comma list ("attack,killing"): the web
// UI's type menus offer a family of types at once. A list naming an unknown type is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventArticle, serveAnalyses } from './helpers.js';

const CASES = [
  { type: 'arrest', trigger: 'arrested', sentence: 'Customs officers arrested a skipper at Pelling harbour on April 2, 2022.' },
  { type: 'attack', trigger: 'attack', sentence: 'An attack on a fuel depot in Orrin came on April 3, 2022, officials said.' },
  { type: 'protest', trigger: 'protest', sentence: 'Nurses held a protest outside Dunmere hospital on April 4, 2022.' },
] as const;

test('type takes a comma list on the event listing and the timeline', async () => {
  const served = await serveAnalyses(CASES.map((c, i) => eventArticle({
    title: `Report ${i + 1}`, source: `types-${c.type}`, published: '2022-04-05', sentence: c.sentence,
    type: c.type, trigger: c.trigger, date: `2022-04-0${i + 2}`, status: 'asserted',
  })));
  try {
    const types = async (path: string) => (await served.get<{ items: Array<{ type: string }> }>(path)).items.map((e) => e.type).sort();
    assert.deepEqual(await types('/api/events?type=attack'), ['attack']);
    assert.deepEqual(await types('/api/events?type=attack,protest'), ['attack', 'protest']);
    assert.deepEqual(await types('/api/timeline?type=arrest,attack'), ['arrest', 'attack']);
    assert.deepEqual(await types('/api/timeline?type=killing,protest'), ['protest']);
    const bad = await fetch(`${served.url}/api/events?type=attack,picnic`);
    assert.equal(bad.status, 400);
  } finally {
    await served.close();
  }
});
