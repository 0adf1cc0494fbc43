// The graph leaves nationalities out on request, not the other MISC names: an armed group the
// tagger types MISC is a conflict's main actor, and had been hidden with "Greek" and "Congolese".
// Made-up articles: a militia typed MISC, a nationality typed MISC mentioned more often, a person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GraphView } from '../../src/server/api-types.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import { serveAnalyses } from './helpers.js';
import { firstKept, isNationalityName } from '../../src/server/graph-nationalities.js';

function article(n: number) {
  const sentence = `Norwegian monitors said the Saltmarsh Legion shelled the ferry port, and Norwegian envoys asked Ivo Brenner to mediate (report ${n}).`;
  return fixtureAnalysis({
    title: `Port shelled, report ${n}`, source: `port-${n}`, published: `2031-03-0${n}`, paragraphs: [`Port shelled, report ${n}`, sentence],
    mentions: [['Norwegian', 'MISC'], ['Norwegian', 'MISC', 1], ['Saltmarsh Legion', 'MISC'], ['Ivo Brenner', 'PER']],
    places: [], times: [], figures: [], quotes: [], events: [],
  });
}

const names = (g: GraphView) => g.nodes.map((n) => n.name).sort();

test('the graph keeps MISC names but its nationalities on request, and fills its limit past the nationalities it leaves out', async () => {
  const served = await serveAnalyses([1, 2, 3].map(article));
  try {
    assert.deepEqual(names(await served.get<GraphView>('/api/graph')), ['Ivo Brenner', 'Norwegian', 'Saltmarsh Legion'], 'all names by default');
    assert.deepEqual(names(await served.get<GraphView>('/api/graph?types=PER,MISC&nationalities=exclude')), ['Ivo Brenner', 'Saltmarsh Legion']);
    assert.deepEqual(names(await served.get<GraphView>('/api/graph?types=MISC&nationalities=only')), ['Norwegian']);
    // "Norwegian" is the most mentioned MISC name: a limit of one, read before the filter, had left nothing
    assert.deepEqual(names(await served.get<GraphView>('/api/graph?types=MISC&nationalities=exclude&limit=1')), ['Saltmarsh Legion']);
    const legion = (await served.get<GraphView>('/api/graph?types=MISC&nationalities=exclude')).nodes[0];
    assert.deepEqual(names(await served.get<GraphView>(`/api/graph?focus=${encodeURIComponent(legion.key)}&nationalities=exclude`)), ['Ivo Brenner', 'Saltmarsh Legion']);
    const refused = await fetch(`${served.url}/api/graph?nationalities=some`);
    assert.equal(refused.status, 400);
  } finally {
    await served.close();
  }
});

test('a nationality is a MISC name the countries table knows as one; a group or an event is not', () => {
  for (const name of ['Norwegian', 'Congolese', 'Europeans']) assert.ok(isNationalityName({ type: 'MISC', name }), name);
  for (const name of ['Saltmarsh Legion', 'M23', 'Harvest Games']) assert.ok(!isNationalityName({ type: 'MISC', name }), name);
  assert.ok(!isNationalityName({ type: 'LOC', name: 'Norway' }), 'only MISC names are nationalities');
});

test('firstKept reads further down a ranked list until enough rows pass, in the list’s order', async () => {
  const ranked = ['a1', 'n1', 'n2', 'a2', 'n3', 'a3', 'a4'];
  const reads: number[] = [];
  const read = async (n: number) => (reads.push(n), ranked.slice(0, n));
  assert.deepEqual(await firstKept(read, (r) => r.startsWith('a'), 3), ['a1', 'a2', 'a3']);
  assert.deepEqual(reads, [3, 6]);
  assert.deepEqual(await firstKept(read, (r) => r.startsWith('z'), 2), [], 'a list that ends stops the reading');
});
