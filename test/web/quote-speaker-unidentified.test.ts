// A quote whose speaker was not resolved to a person or body ("according to the statement",
// "the investigation said") listed its bare head noun as a name: "statement: …" in the article's
// list of who is quoted, and "Reported speech by investigation" on its note. Such a speaker is
// shown as written, in quotation marks, and marked as not identified; a resolved one stays a link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerLine, speakerWording } from '../../src/speaker-wording.js';
import { demoCorpusSuite, skip } from './browser.js';

test('a speaker is named when resolved, else quoted as written and marked', () => {
  assert.deepEqual(speakerWording({ speaker: 'Mara Lind', speakerText: 'the harbour master, Mara Lind', speakerEntityId: 'ent_1' }), { text: 'Mara Lind', identified: true });
  assert.deepEqual(speakerWording({ speaker: 'memo', speakerText: 'the leaked memo' }), { text: '“the leaked memo”', identified: false });
  assert.equal(speakerLine({ speaker: 'wardens' }), '“wardens” (not identified)');
  assert.equal(speakerLine({}), null);
});

const web = demoCorpusSuite();

test("an article's list of who is quoted marks speakers it could not identify", { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  const docs = await web.json<{ items: Array<{ id: string; source: string }> }>('/api/documents?limit=50');
  const dutch = docs.items.find((d) => d.source.includes('dutch-police-ransomware-arrests'));
  assert.ok(dutch, 'the demo article on the ransomware arrests');
  await web.open(`#/doc/${dutch.id}`, '.side-quotes');
  const items = await page.locator('.side-quotes li').allInnerTexts();
  const statement = items.find((t) => /statement/.test(t));
  assert.ok(statement, items.join('\n'));
  assert.match(statement, /^“the statement” \(not identified\)/, 'quoted as written and marked');
  assert.ok(!items.some((t) => /^statement\b/.test(t)), 'never a bare noun as a name');
  const named = page.locator('.side-quotes li a.quote-speaker', { hasText: 'Europol' });
  assert.ok(await named.count() > 0, 'a resolved speaker stays a link to its page');
  assert.equal(await page.locator('.side-quotes .speaker-unidentified a').count(), 0, 'an unidentified speaker links nowhere');
});
