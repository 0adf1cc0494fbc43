// A researcher takes the knowledge base into a spreadsheet from the browser: the library lists
// every export and the claims page offers its tables, and a click saves the file (before, only
// `chronicle export` on the command line could).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { downloadedText, fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

async function open(hash: string, ready: string): Promise<void> {
  await web.page.goto('about:blank');
  await web.page.goto(`${web.server.url}/${hash}`);
  // A hang guard, not a speed check: a busy shared machine may take long to render a view.
  await web.page.waitForSelector(ready, { timeout: 120_000 });
}

/** Clicks the link named `name` and returns the saved file's name and text. */
async function save(name: string): Promise<{ file: string; text: string }> {
  const [download] = await Promise.all([
    web.page.waitForEvent('download', { timeout: 120_000 }),
    web.page.getByRole('link', { name, exact: true }).click(),
  ]);
  return { file: download.suggestedFilename(), text: await downloadedText(download) };
}

test('the library has a Download section; its figures link saves the figures as CSV', { skip }, async () => {
  await open('#/', '.doc-list');
  const section = web.page.locator('section', { has: web.page.getByRole('heading', { name: 'Download' }) });
  assert.equal(await section.count(), 1, 'a section headed Download');
  const links = await section.getByRole('link').allTextContents();
  for (const name of ['Events (CSV)', 'Figures (CSV)', 'Claims (CSV)', 'Everything (JSON Lines)', 'GraphML']) assert.ok(links.includes(name), `${name} in ${links.join(', ')}`);
  const { file, text } = await save('Figures (CSV)');
  assert.equal(file, 'chronicle-figures.csv');
  const lines = text.trimEnd().split(/\r?\n/);
  assert.equal(lines[0], '\uFEFFdoc,value,qualifier,what,source,evidence,start,end,text,vague_words,unit,change,qualifier_words,source_text,source_entity,source_start,source_end');
  assert.ok(lines.length > 1, 'figures below the header');
});

test('the claims page offers its tables as CSV, under its header', { skip }, async () => {
  await open('#/claims', '#main[data-ready] .view');
  const line = web.page.locator('.download-line');
  assert.equal(await line.count(), 1);
  assert.deepEqual(await line.getByRole('link').allTextContents(), ['Claims (CSV)', 'Figures (CSV)', 'Events (CSV)']);
  const { file, text } = await save('Claims (CSV)');
  assert.equal(file, 'chronicle-claims.csv');
  assert.match(text, /^\uFEFFgroup_id,quantity,disputed,/); // the byte-order mark that lets Excel read it as UTF-8
});
