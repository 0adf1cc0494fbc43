// A participant named on an event page by another form of its entity's name ("EU") is shown by the
// name the title and the entity page use ("European Union"), the article's words in its tooltip:
// the page read "By EU" under a title naming the European Union.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventItem, Page } from '../../src/server/api-types.js';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

test('a participant in another form of its name is shown by its entity\'s name, the article\'s words in its tooltip', { skip, timeout: 300_000 }, async () => {
  const events = await web.json<Page<EventItem>>('/api/events?limit=200');
  const e = events.items.find((x) => x.actors.some((a) => a.name));
  assert.ok(e, 'the demo has an event whose actor is named by another form of its name');
  const actor = e.actors.find((a) => a.name)!;
  await web.open(`#/event/${encodeURIComponent(e.key)}`, '#main[data-ready] .view h1');
  const link = web.page.locator('dd[data-field="actors"] a', { hasText: actor.name! });
  assert.equal(await link.count(), 1);
  assert.equal(await link.getAttribute('href'), `#/entity/${encodeURIComponent(actor.entity!)}`);
  assert.equal(await link.getAttribute('title'), `“${actor.text}” in the article`);
  assert.doesNotMatch(await web.page.locator('dd[data-field="actors"]').innerText(), new RegExp(`(^|, )${actor.text}(,|$)`));
});
