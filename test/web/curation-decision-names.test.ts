// An entity page listed a person's decisions by id: "Merged by a person from: ent_5935f2e3a6fc7bdb",
// "Merged ent_… into this entity", "Split the mentions in a12a21d3115a off". A journalist reads
// names there: the merged entity's name and the article's title.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureServerSuite, serveFolders, skip, type ServedStore } from './browser.js';
import { tempDir } from '../helpers.js';

const TOKEN = 'decision-names-token';
const web = fixtureServerSuite();
const folder = tempDir();
const CHOIR_TITLE = 'Choir festival returns to Tartu after four years';
let served: ServedStore | undefined;

/** Two articles of our own, both naming Tartu; the second names Estonia too. */
async function server(): Promise<ServedStore> {
  if (served) return served;
  mkdirSync(join(folder, 'in'));
  writeFileSync(join(folder, 'in', 'quarry.txt'), 'Quarry blast damages homes\n\nA blast at a quarry outside Tartu damaged twelve homes on Tuesday, the mayor Rein Kask said. Kask said the quarry would stay closed.\n');
  writeFileSync(join(folder, 'in', 'choir.txt'), `${CHOIR_TITLE}\n\nSinging groups from across Estonia gathered in Tartu on Saturday for the first festival since the pandemic.\n`);
  served = await serveFolders(web.webDir, [join(folder, 'in')], { token: TOKEN });
  return served;
}

after(async () => {
  await served?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function entity(url: string, name: string): Promise<string> {
  const items = ((await (await fetch(`${url}/api/entities?q=${encodeURIComponent(name)}`)).json()) as { items: Array<{ key: string; name: string }> }).items;
  const found = items.find((e) => e.name === name);
  assert.ok(found, `${name} is an entity: ${JSON.stringify(items)}`);
  return found.key;
}

async function decide(url: string, body: object): Promise<void> {
  const res = await fetch(`${url}/api/curations`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body) });
  assert.equal(res.status, 200, await res.text());
}

test('an entity page names the merged entity and the split article, never their ids', { skip }, async () => {
  const { url } = await server();
  const [tartu, estonia] = [await entity(url, 'Tartu'), await entity(url, 'Estonia')];
  const docs = ((await (await fetch(`${url}/api/documents`)).json()) as { items: Array<{ id: string; title: string }> }).items;
  const choir = docs.find((d) => d.title === CHOIR_TITLE)!;
  await decide(url, { kind: 'entity', relation: 'merge', a: estonia, b: tartu });
  await decide(url, { kind: 'entity', relation: 'split', a: tartu, b: choir.id });

  await web.page.goto(`${url}/#/entity/${encodeURIComponent(tartu)}`);
  await web.page.evaluate((t) => sessionStorage.setItem('chronicle-write-token', t), TOKEN);
  await web.page.reload();
  // a hang guard, not a speed check
  await web.page.waitForSelector('.curation .decision[data-relation="split"]', { timeout: 120_000 });
  assert.equal((await web.page.locator('.merge-reason').innerText()).trim(), 'Merged by a person from: Estonia');
  const rows = await web.page.locator('.curation .decision').allInnerTexts();
  assert.ok(rows.some((r) => r.includes('Merged Estonia into this entity')), rows.join(' | '));
  assert.ok(rows.some((r) => r.includes(`“${CHOIR_TITLE}”`)), rows.join(' | '));
  assert.ok(rows.every((r) => !r.includes(estonia) && !r.includes(choir.id.slice(0, 8))), rows.join(' | '));
});
