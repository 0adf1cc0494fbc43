// A long article read in the browser, as a reporter checks one: the search words are found one after
// another, not hunted for by scrolling. The article is written here, long enough that its later
// paragraphs start off the first screen; a cited sentence down there keeps the citation bar in reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer } from '../../src/server/app.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import { fixtureServerSuite, skip } from './browser.js';

const FILLER = 'The ferry from the mainland ran twice a day through the winter, and the harbour office kept its timetable pinned beside the door.';
const PARAGRAPHS = [
  'Keepers leave the Brannock lighthouse after ninety years',
  'The last two keepers of the Brannock lighthouse handed over their keys on Saturday, the coastal authority said.',
  ...Array.from({ length: 8 }, () => FILLER),
  'A volunteer group plans to open the lighthouse to visitors next summer.',
  ...Array.from({ length: 8 }, () => FILLER),
  'The lamp itself will keep turning, now switched on from an office forty miles inland.',
];
const analysis = fixtureAnalysis({
  title: PARAGRAPHS[0], source: 'brannock-keepers', published: '2031-04-12', paragraphs: PARAGRAPHS,
  mentions: [], places: [], times: [], events: [], quotes: [],
  figures: [{ text: 'forty miles', value: 40, qualifier: 'exact', what: 'miles' }],
});
const DOC = analysis.doc;

let own: { url: string; close(): Promise<void> } | undefined;
const web = fixtureServerSuite({}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-reading-'));
  const store = new SqliteStore(join(dir, 'r.db'));
  await store.saveBatch([{ analysis, contentHash: DOC.id }]);
  const server = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: web.webDir });
  await server.corpusReady();
  own = { url: server.url, async close() { await server.close(); await store.close(); rmSync(dir, { recursive: true, force: true }); } };
});
test.after(async () => own?.close());

async function open(page: Page, hash: string, selector: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${own!.url}/${hash}`);
  // a hang guard, not a speed check
  await page.waitForSelector(`#main[data-ready] ${selector}`, { timeout: 120_000 });
}

/** Whether an element's box lies wholly inside the window. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
}

test('the search words in an article are reached one after another with Next and Previous', { skip }, async () => {
  const page = web.page;
  // the title repeats the word, but it is the heading, not a paragraph of the text
  await open(page, `#/doc/${DOC.id}?q=lighthouse`, '.search-hits');
  assert.match(await page.locator('.search-hits').innerText(), /^2 matches for “lighthouse” highlighted/);
  const next = page.getByRole('button', { name: 'Next match ↓' });
  const previous = page.getByRole('button', { name: '↑ Previous match' });
  const current = () => page.evaluate(() => {
    const marks = [...document.querySelectorAll('.reader-text mark.search-hit')];
    return { at: marks.findIndex((m) => m.classList.contains('search-hit-current')), focused: marks.indexOf(document.activeElement!) };
  });
  await next.click();
  assert.deepEqual(await current(), { at: 0, focused: 0 });
  await next.click();
  assert.deepEqual(await current(), { at: 1, focused: 1 });
  assert.ok(await inView(page, 'mark.search-hit-current'), 'the second match, paragraphs below the first screen, is scrolled into view');
  assert.match(await page.locator('.search-hits').innerText(), /match 2 of 2/);
  await next.click();
  assert.equal((await current()).at, 0, 'after the last match comes the first again');
  await previous.click();
  assert.equal((await current()).at, 1, 'and before the first, the last');
});

test('the bar with "Copy citation" stays in view when the page lands on a cited sentence far down', { skip }, async () => {
  const page = web.page;
  const start = DOC.text.indexOf('forty miles inland');
  const hash = `#/doc/${DOC.id}?hl=${start}-${start + 'forty miles inland'.length}`;
  try {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 800, height: 800 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      await open(page, hash, '.citation-bar');
      await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 120_000 });
      assert.ok(await inView(page, 'mark.cite-span'), `${viewport.width}: the cited words are on screen`);
      assert.ok(await inView(page, '#copy-citation'), `${viewport.width}: so is the button that copies the citation`);
      // and the bar is not under the top bar where that one stays on screen
      const overlap = await page.evaluate(() => {
        const bar = document.querySelector('.citation-bar')!.getBoundingClientRect();
        const top = document.querySelector('.topbar')!.getBoundingClientRect();
        return top.bottom > 0 && bar.top < top.bottom;
      });
      assert.equal(overlap, false, `${viewport.width}: the citation bar is not hidden under the top bar`);
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

/** The contrast of the focused element's outline and of its inner ring (box-shadow) against the colour behind it. */
async function focusRings(page: Page): Promise<{ outline: number; inner: number; where: string }> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const contrast = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const el = document.activeElement as HTMLElement;
    let behind: Element | null = el.parentElement;
    while (behind && /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(behind).backgroundColor)) behind = behind.parentElement;
    const bg = rgb(getComputedStyle(behind ?? document.body).backgroundColor);
    const style = getComputedStyle(el);
    return { outline: contrast(rgb(style.outlineColor), bg), inner: contrast(rgb(style.boxShadow), bg), where: el.outerHTML.slice(0, 80) };
  });
}

test('a focused link shows a ring of at least 3:1 on the white cards and on the navy top bar', { skip }, async () => {
  const page = web.page;
  await page.goto('about:blank');
  await page.goto(`${web.server.url}/#/`);
  await page.waitForSelector('#main[data-ready] .doc-title', { timeout: 120_000 });
  // the keyboard's way in: the skip link, the brand, then the sections
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.topbar') !== null), true);
  const top = await focusRings(page);
  assert.ok(Math.max(top.outline, top.inner) >= 3, `top bar: ${JSON.stringify(top)}`);
  // (moved on from a ring the keyboard showed, the browser shows the next one too)
  await page.locator('.doc-title').first().focus();
  assert.equal(await page.evaluate(() => document.activeElement?.matches(':focus-visible')), true);
  const card = await focusRings(page);
  assert.match(card.where, /doc-title/);
  assert.ok(Math.max(card.outline, card.inner) >= 3, `card: ${JSON.stringify(card)}`);
  // the page itself, focused on each change of view for screen readers, draws no ring round it all
  await page.keyboard.press('Enter');
  await page.waitForSelector('#main[data-ready] .reader-text', { timeout: 120_000 });
  await page.waitForFunction(() => document.activeElement?.id === 'main', null, { timeout: 120_000 });
  assert.deepEqual(await page.evaluate(() => [getComputedStyle(document.activeElement!).outlineStyle, getComputedStyle(document.activeElement!).boxShadow]), ['none', 'none']);
});

test('a timeline range with no events marks nothing on the overview, and the page logs no error', { skip }, async () => {
  const page = web.page;
  const errors: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => void (m.type() === 'error' && errors.push(m.text()));
  page.on('console', onConsole);
  try {
    // wholly before the fixture's events
    await page.goto('about:blank');
    await page.goto(`${web.server.url}/#/timeline?from=1901-01-01&to=1902-06-30`);
    await page.waitForSelector('#main[data-ready] .overview-svg', { timeout: 120_000 });
    assert.match(await page.locator('#main').innerText(), /No events in this range/);
    const marked = await page.evaluate(() => {
      const sel = document.querySelector('.overview-svg .brush .selection');
      return sel ? Number(sel.getAttribute('width') ?? 0) > 0 && getComputedStyle(sel).display !== 'none' : false;
    });
    assert.equal(marked, false);
    assert.deepEqual(errors, []);
  } finally {
    page.off('console', onConsole);
  }
});

test('a figure inside a cited sentence keeps its highlight', { skip }, async () => {
  const page = web.page;
  const sentence = PARAGRAPHS[PARAGRAPHS.length - 1];
  const start = DOC.text.lastIndexOf(sentence);
  await open(page, `#/doc/${DOC.id}?hl=${start}-${start + sentence.length}`, '.cite-sentence');
  const colours = await page.evaluate(() => {
    const figure = document.querySelector('.reader-text .ann-figure')!;
    const inner = figure.querySelector('.cite-sentence');
    const outside = [...document.querySelectorAll('.reader-text .cite-sentence')].find((c) => !c.closest('.ann'));
    return { figure: getComputedStyle(figure).backgroundColor, inner: inner && getComputedStyle(inner).backgroundColor, outside: outside && getComputedStyle(outside).backgroundColor };
  });
  assert.notEqual(colours.inner, null, 'the figure\'s words are part of the cited sentence');
  assert.equal(colours.inner, 'rgba(0, 0, 0, 0)', 'the sentence paints nothing over the figure');
  assert.notEqual(colours.figure, 'rgba(0, 0, 0, 0)', 'whose own colour shows');
  assert.notEqual(colours.outside, 'rgba(0, 0, 0, 0)', 'the rest of the sentence is still marked');
});
