// A malformed percent-escape in the address (#/doc/%E0%A4%A) ends in an error message, not in a
// page that says "Loading…" forever.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

test('a malformed escape in the hash shows an error', { skip, timeout: 180_000 }, async () => {
  for (const hash of ['#/doc/%E0%A4%A', '#/entity/%ZZ']) {
    await web.page.goto(`${web.server.url}/${hash}`);
    await web.page.waitForSelector('.error-card', { timeout: 120_000 });
    assert.match((await web.page.textContent('.error-card')) ?? '', /malformed/);
  }
});
