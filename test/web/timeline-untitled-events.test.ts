// Every event on the demo's timeline has a readable label: an untyped event (the mission's troops
// helping to evacuate the wounded in Goma) was listed as "Event, in “Shelling of Goma market
// kills…”", which said neither what happened nor who did it; then by its whole sentence ("The mission
// said its troops had helped evacuate some of the wounded to Ndosho hospital"), a paragraph on the
// chart. It is now the noun of what was done and to whom: "Evacuation of some of the wounded …".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

test('no event on the timeline is titled only by its type and article', { skip, timeout: 300_000 }, async () => {
  const timeline = await web.json<{ items: Array<{ type: string; title: string }> }>('/api/timeline?limit=200');
  const other = timeline.items.filter((e) => e.type === 'other');
  assert.ok(other.length >= 2, 'the demo has untyped events on the timeline (the case tested)');
  assert.deepEqual(timeline.items.filter((e) => /^Event\b/.test(e.title)).map((e) => e.title), [], 'no "Event, in …" title');
  assert.ok(other.some((e) => e.title === 'Evacuation of some of the wounded to Ndosho hospital'), other.map((e) => e.title).join('\n'));
  await web.open('#/timeline', '#main[data-ready] .timeline-svg .tl-label');
  const labels = await web.page.locator('#main').innerText();
  assert.ok(!/Event, in “/.test(labels), 'nor on the page');
});
