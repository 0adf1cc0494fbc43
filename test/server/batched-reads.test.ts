// Listings read what they show for all their rows in a few queries, not one or two per row (per
// article), and answer what reading each row on its own answered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/interface.js';
import { startServer } from '../../src/server/app.js';
import { mentionContext } from '../../src/server/mention-context.js';
import { mentionKey } from '../../src/server/keys.js';
import { writeFixtureCorpus } from '../fixtures/ui/corpus.js';

/** The store, with a count of the calls made to each of its methods. */
function counting(store: Store): { store: Store; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function' || typeof name !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

let dir: string;
let sqlite: SqliteStore;
let calls: Map<string, number>;
let url: string;
let close: () => Promise<void>;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chronicle-batched-'));
  sqlite = new SqliteStore(join(dir, 'batched.db'));
  await writeFixtureCorpus(sqlite);
  const counted = counting(sqlite);
  calls = counted.calls;
  const running = await startServer({ store: counted.store, port: 0, host: '127.0.0.1', staticDir: null });
  await running.corpusReady();
  url = running.url;
  close = running.close;
});

after(async () => {
  await close();
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The JSON of a path and the store calls answering it made (a fresh address each time: no cached answer). */
async function read<T>(path: string): Promise<{ body: T; made: Map<string, number> }> {
  calls.clear();
  const body = (await (await fetch(url + path)).json()) as T;
  return { body, made: new Map(calls) };
}

interface Line {
  docId: string;
  start: number;
  end: number;
  before: string;
  text: string;
  after: string;
}

test("an entity page's mentions in context: two reads for all its articles, the lines each article's own reads gave", async () => {
  const key = 'LOC:istanbul';
  const docs = await sqlite.entityDocuments(key);
  assert.ok(docs.length >= 3, 'named in several articles');
  // each article on its own: its mentions and its text, as the page was built before
  const expected: Line[] = [];
  for (const d of docs) {
    const text = (await sqlite.documentText(d.docId)) ?? '';
    for (const m of await sqlite.listAnnotations({ kind: 'mention', docId: d.docId }))
      if (mentionKey(m) === key) expected.push({ docId: d.docId, start: m.start, end: m.end, ...mentionContext(text, m.start, m.end), text: text.slice(m.start, m.end) });
  }
  const { body, made } = await read<{ mentionsInContext: { total: number; items: Line[] } }>(`/api/entities/${encodeURIComponent(key)}?limit=200`);
  const shown = body.mentionsInContext.items.map(({ docId, start, end, before, text, after }) => ({ docId, start, end, before, text, after }));
  assert.deepEqual(shown, expected);
  assert.equal(made.get('listAnnotations') ?? 0, 0, 'no article read on its own');
  assert.equal(made.get('documentText') ?? 0, 0);
  // one read for the lines in context, one for the other names of its place (a few of the place's articles together)
  assert.equal(made.get('mentionEntitiesOfDocuments'), 2);
  assert.equal(made.get('documentTexts'), 1);
  // a later page is the same lines, cut
  const second = await read<{ mentionsInContext: { items: Line[] } }>(`/api/entities/${encodeURIComponent(key)}?limit=2&offset=1`);
  assert.deepEqual(second.body.mentionsInContext.items.map((l) => [l.docId, l.start]), expected.slice(1, 3).map((l) => [l.docId, l.start]));
});

test('the evidence for a graph link reads its articles together', async () => {
  const graph = await read<{ edges: Array<{ source: string; target: string; kind: string }> }>('/api/graph');
  const edge = graph.body.edges.find((e) => e.kind === 'co-mention')!;
  const { body, made } = await read<{ sentences: Array<{ docId: string; text: string }> }>(`/api/graph/evidence?a=${encodeURIComponent(edge.source)}&b=${encodeURIComponent(edge.target)}`);
  assert.ok(body.sentences.length > 0);
  for (const s of body.sentences) assert.ok(((await sqlite.documentText(s.docId)) ?? '').includes(s.text), 'a sentence of its article');
  assert.equal(made.get('listAnnotations') ?? 0, 0);
  assert.equal(made.get('documentText') ?? 0, 0);
  assert.equal(made.get('mentionEntitiesOfDocuments'), 1);
});

test("the figures' sources read their articles' quotes together, not one article at a time", async () => {
  const { body, made } = await read<{ items: Array<{ docId: string; source: string | null }> }>('/api/figures?limit=500');
  const attributedDocs = new Set(body.items.filter((f) => f.source).map((f) => f.docId));
  assert.ok(attributedDocs.size >= 2, 'figures with a source in several articles');
  assert.equal(made.get('annotationsOfDocuments'), 1, "one read of every shown article's quotes");
  assert.equal(made.get('listAnnotations'), 1, 'the page of figures itself, no article read on its own');
});
