// An event's "By" and targets link to an entity only where the role is that entity: a nationality
// in a longer phrase ("Turkish police", "An American leader of …") is a word about the party, not
// the party, and its link sent a reader following "By" to the nationality's page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityItem, EventItem, Page } from '../../src/server/api-types.js';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

test('no event role links a nationality that only qualifies it', { skip }, async () => {
  const events = await web.json<Page<EventItem>>('/api/events?limit=200');
  const misc = new Map((await web.json<Page<EntityItem>>('/api/entities?type=MISC&limit=500')).items.map((e) => [e.key, e.name]));
  const roles = events.items.flatMap((e) => [...e.actors, ...e.targets].map((r) => ({ event: e, r })));
  const qualified = roles.filter(({ r }) => /^(Turkish|Greek|Syrian|American|Dutch|Spanish|Ukrainian)\s+\p{L}/u.test(r.text));
  assert.ok(qualified.length > 0, 'the demo corpus has a party described with a nationality (the shape tested)');
  for (const { event, r } of roles) {
    const name = r.entity ? misc.get(r.entity) : undefined;
    assert.ok(!name || name.length >= r.text.length * 0.6, `“${r.text}” in ${event.title} links to “${name}”`);
  }
  const { event, r } = qualified[0];
  const field = event.actors.includes(r) ? 'actors' : 'targets';
  await web.open(`#/event/${encodeURIComponent(event.key)}`, `#main[data-ready] dd[data-field="${field}"]`);
  const dd = web.page.locator(`dd[data-field="${field}"]`);
  assert.match(await dd.innerText(), new RegExp(r.text));
  // (the "from …" links to its articles sit in a span of their own; an article's title may hold the words)
  assert.equal(await dd.locator(':scope > a', { hasText: r.text }).count(), 0, `“${r.text}” is shown as written, not as a link to the nationality`);
});
