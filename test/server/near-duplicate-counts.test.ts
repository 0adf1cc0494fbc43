// A report two sites carry (near-duplicates) counts once in the article counts per entity: the
// entity listing (Library's "Most mentioned"), the entity page, the graph and `chronicle entities`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServer, type TestServer } from './helpers.js';
import { copyOnAnotherSite, FERRY_STORY, resolvedAnalysis, saveWithCopy } from './near-duplicates.js';
import { runCli } from '../helpers.js';

let s: TestServer;
before(async () => {
  s = await fixtureServer();
});
after(() => s.close());

type Item = { key: string; documents: number; copies?: number };

test('an entity named by an article and its near-duplicate copy counts one article', async () => {
  // resolved as the pipeline resolves them (the CLI lists resolved entities)
  const fullName = (text: string) => (text === 'Kordic' ? 'Vesna Kordic' : text);
  // the same story on a second site, its last words changed
  const copy = copyOnAnotherSite(FERRY_STORY, 'ferry-strike-mirror', 'later sailings', 'the next sailings');
  await saveWithCopy(s.store, resolvedAnalysis(FERRY_STORY, fullName), resolvedAnalysis(copy, fullName));
  const key = 'PER:vesna kordic';
  const [stored] = (await s.store.queryEntities({ keys: [key] })).items;
  assert.equal(stored?.documents, 2, 'the summaries count both documents');
  const listed = ((await s.get('/api/entities?type=PER&limit=500')).body.items as Item[]).find((e) => e.key === key);
  assert.equal(listed?.documents, 1, 'the listing counts one report');
  assert.equal(listed?.copies, 1, 'and says how many copies it left out');
  const page = (await s.get(`/api/entities/${encodeURIComponent(key)}`)).body as Item;
  assert.equal(page.documents, 1, 'the entity page says the same');
  // the page's articles list every stored copy: its count is the reports and the copies, as the page says
  const articles = (await s.get(`/api/entities/${encodeURIComponent(key)}/documents`)).body as { total: number };
  assert.equal(articles.total, 2);
  assert.equal(page.documents + (page.copies ?? 0), articles.total, 'reports and copies add up to the articles listed');
  const cli = runCli(['entities', '--json', '--db', `${s.dir}/test.db`]);
  assert.equal(cli.status, 0, cli.stderr);
  const row = (JSON.parse(cli.stdout) as Array<{ id: string; documents: number; copies?: number }>).find((e) => e.id === key);
  assert.equal(row?.documents, 1, '`chronicle entities` too');
  assert.equal(row?.copies, 1, '`chronicle entities --json` gives the copies as the API does');
  // an entity the fixture corpus names in unrelated articles keeps its count
  const listedTurkey = ((await s.get('/api/entities?limit=500')).body.items as Item[]).find((e) => e.key.startsWith('LOC:turkey'));
  const storedTurkey = (await s.store.queryEntities({ keys: [listedTurkey!.key] })).items[0];
  assert.equal(listedTurkey!.documents, storedTurkey.documents);
  assert.equal(listedTurkey!.copies, undefined, 'no copies: no copies field');
});
