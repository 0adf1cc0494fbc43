// A vague event count in the web UI, over an article written for this test and analysed by the real
// pipeline: the event page shows "Dozens (≥ 12) killed", the source's words with the value read from
// them as a hint, never "more than 12 killed", which the article does not say.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { buildUi, chromiumPath, launch } from './browser.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer } from '../../src/server/app.js';
import { ingest } from '../../src/ingest/index.js';
import { projectPath } from '../../src/paths.js';

const executable = chromiumPath();
const skip = executable ? false : 'chromium not found on PATH (apt-get install chromium, or set CHROMIUM_PATH): browser tests skipped';

let dir: string;
let webDir: string;
let store: SqliteStore;
let server: { url: string; close(): Promise<void> };
let context: BrowserContext;
let page: Page;

before(async () => {
  if (!executable) return;
  webDir = await buildUi();
  dir = mkdtempSync(join(tmpdir(), 'chronicle-vague-counts-'));
  store = new SqliteStore(join(dir, 'counts.db'));
  await ingest([projectPath('test', 'fixtures', 'ui', 'vague-counts')], store);
  const running = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: webDir });
  await running.corpusReady();
  server = running;
  context = await launch(executable);
  page = context.pages()[0] ?? (await context.newPage());
});

after(async () => {
  await context?.close();
  await server?.close();
  await store?.close();
  for (const d of [dir, webDir]) if (d) rmSync(d, { recursive: true, force: true });
});

test('the event page shows a vague count in the article\'s own words', { skip, timeout: 300_000 }, async () => {
  const events = (await (await fetch(`${server.url}/api/events`)).json()) as { items: Array<{ key: string; counts: Record<string, { vagueWords?: string }> }> };
  const killing = events.items.find((e) => e.counts.killed);
  assert.ok(killing, `an event with a death toll: ${JSON.stringify(events.items)}`);
  assert.equal(killing.counts.killed.vagueWords, 'Dozens', 'the API carries the words');
  await page.goto(`${server.url}/#/event/${encodeURIComponent(killing.key)}`);
  // A hang guard, not a speed check: a busy shared machine may take long to render a view.
  await page.waitForSelector('[data-field="counts"] .count-fact', { timeout: 120_000 });
  const facts = (await page.locator('[data-field="counts"] .count-fact').allInnerTexts()).join(' | ');
  assert.ok(facts.startsWith('Dozens (≥ 12) killed'), `the words, the value a hint: ${facts}`);
  const report = await page.locator('.report').first().innerText();
  assert.match(report, /Dozens \(≥ 12\) killed/, 'each report says it in its words too');
  const body = await page.locator('body').innerText();
  assert.doesNotMatch(body, /more than 12/, 'no bound the article never stated');
});
