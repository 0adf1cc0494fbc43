// On a phone, a highlighted name, date or figure is a box of its own that moves to the next line
// whole, and the line could break between it and the punctuation written against it: lines of the
// demo articles began ", opposite" (after "Çeşme") and "." alone (after a date as wide as the column).
// The punctuation stays with its highlight, and a highlight with its punctuation stays inside the column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

/** In the article's text: each highlight followed by punctuation that starts a line ("Çeşme|, opp"), and each glued unit that reaches past its paragraph. */
function strandedPunctuation(): { stranded: string[]; overflowing: string[] } {
  const stranded: string[] = [];
  const overflowing: string[] = [];
  for (const p of document.querySelectorAll<HTMLElement>('.reader-text p')) {
    const box = p.getBoundingClientRect();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const before = n.previousSibling;
      if (!/^[.,;:!?)”’']/.test(n.data) || !(before instanceof HTMLElement) || !before.closest('.ann, .ann-glue, .ann-note, [role="button"]')) continue;
      const range = document.createRange();
      range.setStart(n, 0);
      range.setEnd(n, 1);
      if (range.getBoundingClientRect().left - box.left < 2) stranded.push(`${before.textContent?.slice(-20)}|${n.data.slice(0, 10)}`);
    }
    for (const glued of p.querySelectorAll<HTMLElement>('.ann-glue')) {
      for (const r of glued.getClientRects()) if (r.right > box.right + 1) overflowing.push(glued.textContent ?? '');
    }
  }
  return { stranded, overflowing };
}

test('on a phone no line of an article starts with the punctuation of the highlight before it', { skip, timeout: 300_000 }, async () => {
  const docs = await web.json<{ items: Array<{ id: string }> }>('/api/documents?limit=50');
  assert.ok(docs.items.length >= 10, 'the demo articles');
  const found: string[] = [];
  for (const width of [390, 375]) {
    await web.page.setViewportSize({ width, height: 844 });
    for (const d of docs.items) {
      await web.open(`#/doc/${d.id}`, '.reader-text p');
      const { stranded, overflowing } = await web.page.evaluate(strandedPunctuation);
      found.push(...stranded.map((s) => `${width}px ${d.id.slice(0, 8)} starts a line: ${s}`), ...overflowing.map((s) => `${width}px ${d.id.slice(0, 8)} past the column: ${s}`));
    }
  }
  assert.deepEqual(found, []);
});
