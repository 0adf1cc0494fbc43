// A highlighted name at the end of a line in the reader: broken over two lines it read as two
// highlights, each with its own focus ring. It now moves to the next line whole, as a word does; a
// name longer than the line wraps inside its own box, still one highlight, never past the page's edge.
// The article is written here, its names of many lengths, read at phone widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer } from '../../src/server/app.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import { fixtureServerSuite, skip } from './browser.js';

const LONG_NAME = 'Joint Commission for the Restoration of Northern Coastal Lighthouses and Harbour Lights';
const PARAGRAPHS = [
  'Orchard growers meet over the late frost',
  'Growers from the Valdermere Fruit Cooperative met Marisol Eckhardt-Quennell and Tobias Wrenfield-Amaro at the Halvorsen Agricultural Institute on Thursday to count the blossom lost to frost.',
  'Delegates of the Saint Ambrose Orchard Association and the Lower Brackwater Growers Union asked Ingrid Sollenberg-Diaz whether the Corvallen Water Authority would open its reservoirs early.',
  `The ${LONG_NAME} lent its storm sheds to the growers for the spring.`,
];
const NAMES: Array<[string, 'PER' | 'ORG' | 'LOC']> = [
  ['Valdermere Fruit Cooperative', 'ORG'], ['Marisol Eckhardt-Quennell', 'PER'], ['Tobias Wrenfield-Amaro', 'PER'],
  ['Halvorsen Agricultural Institute', 'ORG'], ['Saint Ambrose Orchard Association', 'ORG'], ['Lower Brackwater Growers Union', 'ORG'],
  ['Ingrid Sollenberg-Diaz', 'PER'], ['Corvallen Water Authority', 'ORG'], [LONG_NAME, 'ORG'],
];
const analysis = fixtureAnalysis({
  title: PARAGRAPHS[0], source: 'orchard-frost', published: '2031-04-18', paragraphs: PARAGRAPHS,
  mentions: NAMES, places: [], times: [], events: [], quotes: [], figures: [],
});

let own: { url: string; close(): Promise<void> } | undefined;
const web = fixtureServerSuite({}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-name-wrap-'));
  const store = new SqliteStore(join(dir, 'w.db'));
  await store.saveBatch([{ analysis, contentHash: analysis.doc.id }]);
  const server = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: web.webDir });
  await server.corpusReady();
  own = { url: server.url, async close() { await server.close(); await store.close(); rmSync(dir, { recursive: true, force: true }); } };
});
test.after(async () => own?.close());

/** Each highlighted name in the text: its words, how many line boxes it is drawn in, and whether it stays within the text's column. */
async function namesAt(width: number): Promise<Array<{ text: string; lines: number; inside: boolean }>> {
  const { page } = web;
  await page.setViewportSize({ width, height: 800 });
  return page.evaluate(() => {
    const column = document.querySelector('.reader-text')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.reader-text .ann')].map((a) => {
      const box = a.getBoundingClientRect();
      return { text: a.textContent ?? '', lines: a.getClientRects().length, inside: box.left >= column.left - 1 && box.right <= column.right + 1 };
    });
  });
}

test('at phone widths each highlighted name is drawn as one piece, inside the column; a name longer than a line wraps in its own box', { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  await page.goto(`${own!.url}/#/doc/${encodeURIComponent(analysis.doc.id)}`);
  await page.waitForSelector('#main[data-ready] .reader-text .ann-ORG');
  for (const width of [300, 320, 345, 375, 400, 430]) {
    const names = await namesAt(width);
    assert.equal(names.length, NAMES.length, `every name highlighted at ${width} px`);
    for (const n of names) {
      assert.equal(n.lines, 1, `“${n.text}” is one piece at ${width} px`);
      assert.ok(n.inside, `“${n.text}” stays inside the text's column at ${width} px`);
    }
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `no sideways scrolling at ${width} px`);
  }
  // the long name is taller than one line there: it wrapped inside its box rather than running off the page
  await page.setViewportSize({ width: 320, height: 800 });
  const long = page.locator('.reader-text .ann', { hasText: 'Joint Commission' });
  const height = (await long.boundingBox())!.height;
  const lineHeight = (await page.locator('.reader-text .ann', { hasText: 'Corvallen' }).boundingBox())!.height;
  assert.ok(height > 1.5 * lineHeight, `the long name takes more than one line (${height} px against ${lineHeight} px)`);
  // the check has teeth: drawn as plain inline text, some name breaks across two lines at these widths
  await page.addStyleTag({ content: '.reader-text .ann { display: inline !important; }' });
  const broken = [];
  for (const width of [300, 320, 345, 375, 400, 430]) broken.push(...(await namesAt(width)).filter((n) => n.lines > 1));
  assert.ok(broken.length > 0, 'as inline text some name would wrap');
});

test('a name reached with the keyboard at a narrow width has one focus ring around the whole name', { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('about:blank');
  await page.goto(`${own!.url}/#/doc/${encodeURIComponent(analysis.doc.id)}`);
  await page.waitForSelector('#main[data-ready] .reader-text .ann-ORG');
  await page.locator('.reader-text a.ann').first().focus();
  // a focus the keyboard moved, as Tab moves it (a script's focus need not show the ring)
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < NAMES.length; i++) {
    const focused = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      return { inText: !!a.closest('.reader-text'), text: a.textContent, lines: a.getClientRects().length, ring: getComputedStyle(a).outlineStyle };
    });
    assert.ok(focused.inText, 'focus stays in the text');
    assert.equal(focused.ring, 'solid', `“${focused.text}” shows its focus ring`);
    assert.equal(focused.lines, 1, `“${focused.text}” has one ring`);
    await page.keyboard.press('Tab');
  }
});
