// A report two sites carry (near-duplicates) counts once in the article counts per entity: the
// entity listing (Library's "Most mentioned"), the entity page, the graph and `chronicle entities`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServer, type TestServer } from './helpers.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import { runCli } from '../helpers.js';

let s: TestServer;
before(async () => {
  s = await fixtureServer();
});
after(() => s.close());

type Item = { key: string; documents: number };

type Spec = Parameters<typeof fixtureAnalysis>[0];

/** A wire story (written for this test), long enough for its copy to be found as a near-duplicate. */
const STORY: Spec = {
  title: 'Ferry strike halts crossings',
  source: 'ferry-strike',
  published: '2019-04-02',
  paragraphs: [
    'Ferry strike halts crossings',
    'Crews of the Baltic Meridian ferry line walked out on Monday, stranding hundreds of passengers in Klaipeda and leaving lorries queued for kilometres along the harbour road, port officials said.',
    'Union leader Vesna Kordic said the crews would stay ashore until the company restored the overtime rates it cut in January. "Nobody sails until the rates are back," Kordic told reporters at the terminal.',
    'The company said talks would resume on Wednesday and that freight bookings for the week had been moved to other routes where possible, while passengers were offered refunds or seats on later sailings.',
  ],
  mentions: [['Baltic Meridian', 'ORG'], ['Klaipeda', 'LOC'], ['Vesna Kordic', 'PER'], ['Kordic', 'PER', 1]],
  places: [], times: [], events: [], figures: [], quotes: [],
};

test('an entity named by an article and its near-duplicate copy counts one article', async () => {
  // resolved as the pipeline resolves them (the CLI lists resolved entities)
  const resolved = (spec: Spec) => {
    const a = fixtureAnalysis(spec);
    a.mentions = a.mentions.map((m) => ({ ...m, entityId: `${m.type}:${m.text === 'Kordic' ? 'vesna kordic' : m.text.toLowerCase()}`, canonical: m.text === 'Kordic' ? 'Vesna Kordic' : m.text }));
    return a;
  };
  const story = resolved(STORY);
  // the same story on a second site, its last words changed
  const copy = resolved({ ...STORY, source: 'ferry-strike-mirror', paragraphs: STORY.paragraphs.map((p, i) => (i === 3 ? p.replace('later sailings', 'the next sailings') : p)) });
  const outcomes = await s.store.saveBatch([story, copy].map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
  assert.ok(outcomes[1].status === 'new' && outcomes[1].nearDuplicateOf === story.doc.id, 'stored as a near-duplicate');
  const key = 'PER:vesna kordic';
  const [stored] = (await s.store.queryEntities({ keys: [key] })).items;
  assert.equal(stored?.documents, 2, 'the summaries count both documents');
  const listed = ((await s.get('/api/entities?type=PER&limit=500')).body.items as Item[]).find((e) => e.key === key);
  assert.equal(listed?.documents, 1, 'the listing counts one report');
  const page = (await s.get(`/api/entities/${encodeURIComponent(key)}`)).body as Item;
  assert.equal(page.documents, 1, 'the entity page says the same');
  const cli = runCli(['entities', '--json', '--db', `${s.dir}/test.db`]);
  assert.equal(cli.status, 0, cli.stderr);
  const row = (JSON.parse(cli.stdout) as Array<{ id: string; documents: number }>).find((e) => e.id === key);
  assert.equal(row?.documents, 1, '`chronicle entities` too');
  // an entity the fixture corpus names in unrelated articles keeps its count
  const listedTurkey = ((await s.get('/api/entities?limit=500')).body.items as Item[]).find((e) => e.key.startsWith('LOC:turkey'));
  const storedTurkey = (await s.store.queryEntities({ keys: [listedTurkey!.key] })).items[0];
  assert.equal(listedTurkey!.documents, storedTurkey.documents);
});
