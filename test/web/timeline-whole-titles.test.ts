// The timeline's chart shows an event's title whole where it has room, and cuts it only at a word's
// end where it has not, a quotation it opens closed. Before, every title was cut to 48 characters
// first: at 1280 px the demo read "The Netherlands and Norway offered to pay for…" beside free space,
// and "Event, in “Shelling of Goma market kills at…" with its quotation left open. On the demo corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

/** Each drawn event's key and its label's title (the text before its date). */
async function drawnTitles(): Promise<Array<{ key: string; title: string }>> {
  await web.open('#/timeline', '#main[data-ready] .timeline-svg .tl-label');
  return web.page.locator('.timeline-svg .tl-event').evaluateAll((links) => links.map((a) => ({
    key: a.getAttribute('data-key') ?? '',
    title: [...(a.querySelector('.tl-label')?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''),
  })));
}

async function apiTitles(): Promise<Map<string, string>> {
  const items = (await web.json<{ items: Array<{ key: string; title: string }> }>('/api/timeline?limit=2000')).items;
  return new Map(items.map((e) => [e.key, e.title]));
}

test('on a wide screen every timeline title is whole', { skip, timeout: 300_000 }, async () => {
  const titles = await apiTitles();
  const drawn = await drawnTitles();
  assert.ok(drawn.length >= 10);
  assert.ok([...titles.values()].some((t) => t.length > 48), 'the demo has a title past the old cut');
  const cut = drawn.filter((d) => !d.title.startsWith(titles.get(d.key)!));
  assert.deepEqual(cut, []);
});

test('on a phone a title cut for room ends at a word, its quotation closed', { skip, timeout: 300_000 }, async () => {
  await web.page.setViewportSize({ width: 390, height: 844 });
  try {
    const titles = await apiTitles();
    const drawn = await drawnTitles();
    const cut = drawn.filter((d) => !d.title.startsWith(titles.get(d.key)!));
    assert.ok(cut.length > 0, 'a phone cuts some titles');
    for (const d of cut) {
      const full = titles.get(d.key)!;
      const kept = d.title.slice(0, d.title.indexOf('…'));
      assert.ok(full.startsWith(kept) && /[\s·,;:]/u.test(full[kept.length] ?? ' '), `cut at a word: ${d.title} (of ${full})`);
      assert.equal(d.title.split('“').length, d.title.split('”').length, `quotation marks paired: ${d.title}`);
    }
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});
