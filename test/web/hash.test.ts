// A malformed percent-escape in the address (#/doc/%E0%A4%A) ends in an error message, not in a
// page that says "Loading…" forever.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildUi, chromiumPath, launch } from './browser.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer } from '../../src/server/app.js';
import { tempDir } from '../helpers.js';

const executable = chromiumPath();

test('a malformed escape in the hash shows an error', { skip: executable ? false : 'chromium is not installed; skipping', timeout: 180_000 }, async () => {
  const webDir = await buildUi();
  const store = new SqliteStore(join(tempDir(), 'web.db'));
  const running = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: webDir });
  const context = await launch(executable!);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (const hash of ['#/doc/%E0%A4%A', '#/entity/%ZZ']) {
      await page.goto(`${running.url}/${hash}`);
      await page.waitForSelector('.error-card', { timeout: 15_000 });
      assert.match((await page.textContent('.error-card')) ?? '', /malformed/);
    }
  } finally {
    await context.close();
    await running.close();
    await store.close();
    rmSync(webDir, { recursive: true, force: true });
  }
});
