// A place's listing carries the type of every event there (`eventTypes`), not only of the five
// events it lists: the map rings a place in red for violence and offers its type filter from them,
// and read only the listed events, so an attack sixth in a place's list left it unringed.
// Made-up articles, one event each, all in Ankara.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, PlaceItem } from '../../src/server/api-types.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import { serveAnalyses } from './helpers.js';

/** An article reporting one event of `type` in Ankara on `iso`. */
function report(n: number, type: 'meeting' | 'attack', sentence: string, trigger: string, iso: string) {
  return fixtureAnalysis({
    title: `Ankara report ${n}`, source: `ankara-${n}`, published: iso, paragraphs: [`Ankara report ${n}`, sentence],
    mentions: [['Ankara', 'LOC']], places: [['Ankara', 'Ankara']], times: [], figures: [], quotes: [],
    events: [{ type, trigger, date: { iso, precision: 'day' }, place: ['Ankara', 'Ankara'] }],
  });
}

test('a place lists a few events but names the types of all of them', async () => {
  const months = ['01', '02', '03', '04', '05', '06'];
  const served = await serveAnalyses([
    ...months.map((m, i) => report(i + 1, 'meeting', `Union delegates met in Ankara to talk about pay, round ${i + 1}.`, 'met', `2031-${m}-10`)),
    report(7, 'attack', 'A lorry depot in Ankara was attacked at night.', 'attacked', '2031-11-20'),
  ]);
  try {
    for (const path of ['/api/places?brief=true', '/api/places']) {
      const ankara = (await served.get<Page<PlaceItem>>(path)).items.find((p) => p.name === 'Ankara');
      assert.ok(ankara, path);
      assert.equal(ankara.eventCount, 7, path);
      assert.ok(ankara.events.length < ankara.eventCount, `${path}: the listing carries only the first few`);
      assert.ok(!ankara.events.some((e) => e.type === 'attack'), `${path}: the attack is not among the listed events`);
      assert.deepEqual(ankara.eventTypes, ['attack', 'meeting'], `${path}: every type, each once`);
    }
    const one = await served.get<PlaceItem>(`/api/places/${encodeURIComponent((await served.get<Page<PlaceItem>>('/api/places')).items.find((p) => p.name === 'Ankara')!.key)}`);
    assert.deepEqual(one.eventTypes, ['attack', 'meeting']);
  } finally {
    await served.close();
  }
});
