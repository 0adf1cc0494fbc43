// An article without a publication date was "undated" in the library, search, entity pages and the
// reader, and "Publication date unknown" on an event page: one wording now, from one place
// (src/web/lib/format.ts), in every view that shows an article's date.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureServerSuite, serveFolders, skip, type ServedStore } from './browser.js';
import { tempDir } from '../helpers.js';

const folder = tempDir();
const DATED = 'Ferry crews in Velmora vote to strike';
const UNDATED = 'Velmora ferry crews stay on strike';
let served: ServedStore | undefined;
const web = fixtureServerSuite();

/** Two articles of our own naming Velmora, one with a publication date and one without. */
async function server(): Promise<ServedStore> {
  served ??= await (async () => {
    mkdirSync(join(folder, 'in'));
    const records = [
      { url: 'https://news.example/velmora-vote', title: DATED, published: '2031-05-03', text: `${DATED}\n\nFerry crews in Velmora voted to strike over pay, their union said.\n` },
      { url: 'https://news.example/velmora-strike', title: UNDATED, text: `${UNDATED}\n\nNo ferry left Velmora as the crews stayed on strike over pay, their union said.\n` },
    ];
    writeFileSync(join(folder, 'in', 'velmora.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return serveFolders(web.webDir, [join(folder, 'in')]);
  })();
  return served;
}


after(async () => {
  await served?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function textOf(url: string, hash: string, selector: string): Promise<string[]> {
  await web.page.goto('about:blank');
  await web.page.goto(`${url}/${hash}`);
  // a hang guard, not a speed check
  await web.page.waitForSelector(selector, { timeout: 120_000 });
  return (await web.page.locator(selector).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

test('an article without a publication date reads "publication date unknown" in the library, search, the reader and an entity page', { skip }, async () => {
  const { url } = await server();
  const docs = ((await (await fetch(`${url}/api/documents`)).json()) as { items: Array<{ id: string; title: string; published: string | null }> }).items;
  const undated = docs.find((d) => d.title === UNDATED);
  assert.ok(undated && undated.published === null, JSON.stringify(docs));
  const rows: Record<string, string[]> = {
    library: await textOf(url, '#/', '.doc-list li'),
    search: await textOf(url, '#/search?q=ferry', 'ol.results > li'),
    reader: await textOf(url, `#/doc/${undated.id}`, '.reader .doc-meta .published'),
  };
  const velmora = ((await (await fetch(`${url}/api/entities?q=Velmora`)).json()) as { items: Array<{ key: string; name: string }> }).items.find((e) => e.name === 'Velmora');
  assert.ok(velmora, 'Velmora is an entity');
  rows.entity = await textOf(url, `#/entity/${encodeURIComponent(velmora.key)}`, '.entity-docs tbody tr');
  for (const [view, texts] of Object.entries(rows)) {
    const row = view === 'reader' ? texts[0] : texts.find((t) => t.includes(UNDATED));
    assert.ok(row, `${view}: ${texts.join(' | ')}`);
    assert.match(row, /publication date unknown/, view);
    assert.doesNotMatch(row, /\bundated\b/i, view);
  }
  // the dated article keeps its date in words
  assert.ok(rows.library.some((t) => t.includes(DATED) && t.includes('3 May 2031')), rows.library.join(' | '));
});
