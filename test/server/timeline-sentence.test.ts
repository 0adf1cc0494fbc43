// Each timeline event carries its first report's sentence (article and span), so the web UI can
// link straight to it; titles are in plain words, never a quoted trigger word.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServer, type TestServer } from './helpers.js';

let s: TestServer;
before(async () => {
  s = await fixtureServer();
});
after(() => s.close());

test('a timeline event gives the article and span of its first report\'s sentence', async () => {
  const all = await s.get('/api/timeline');
  assert.ok(all.body.items.length > 0);
  for (const e of all.body.items as Array<{ key: string; title: string; sentence?: { docId: string; start: number; end: number } }>) {
    assert.ok(e.sentence, `${e.key} has a sentence`);
    const doc = (await s.get(`/api/documents/${e.sentence.docId}`)).body as { text: string };
    const event = (await s.get(`/api/events/${encodeURIComponent(e.key)}`)).body as { reports: Array<{ docId: string; sentence: string; sentenceSpan: { start: number; end: number } }> };
    assert.equal(doc.text.slice(e.sentence.start, e.sentence.end), event.reports[0].sentence, 'the span is the first report\'s sentence');
    assert.doesNotMatch(e.title, /\(“/, `no quoted trigger in ${e.title}`);
  }
  const spec = (await s.get('/api/openapi.json')).body as { components: { schemas: { Timeline: { properties: { items: { items: { properties: Record<string, unknown>; required: string[] } } } } } } };
  const item = spec.components.schemas.Timeline.properties.items.items;
  assert.ok('sentence' in item.properties, 'the OpenAPI document describes it');
  assert.ok(!item.required.includes('sentence'), 'optional: older clients are unaffected');
});
