// Deep pages start from remembered keys: the same entries as stepping over every one before them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { emptyAnalysis } from '../../src/analysis.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { PAGE_ANCHOR_STEP, PageAnchors, type PageKey } from '../../src/store/sqlite/page-anchors.js';
import type { Analysis } from '../../src/types.js';
import { tempDir } from '../helpers.js';
import { handDoc } from '../fixtures/hand-doc.js';

test('page anchors: every offset maps to a remembered key and the entries left to skip', () => {
  const entries: PageKey[] = Array.from({ length: PAGE_ANCHOR_STEP * 3 + 7 }, (_, i) => [`d${String(Math.floor(i / 10)).padStart(4, '0')}`, i % 10, i]);
  const position = new Map(entries.map((k, i) => [k.join('|'), i]));
  let walks = 0;
  const anchors = new PageAnchors((after) => {
    walks++;
    const first = entries.findIndex((k) => k[0] > after[0] || (k[0] === after[0] && (k[1] > after[1] || (k[1] === after[1] && k[2] > after[2]))));
    return first < 0 ? undefined : entries[first + PAGE_ANCHOR_STEP - 1];
  });
  for (const offset of [0, 1, PAGE_ANCHOR_STEP - 2, PAGE_ANCHOR_STEP - 1, PAGE_ANCHOR_STEP, 2 * PAGE_ANCHOR_STEP + 3, entries.length - 1, entries.length + 40]) {
    const { from, skip } = anchors.at(offset, 1);
    const start = from ? position.get(from.join('|'))! : 0;
    assert.equal(start + skip, offset, `offset ${offset}`);
    assert.ok(skip >= 0 && skip < PAGE_ANCHOR_STEP + 40, `offset ${offset} skips ${skip}`);
  }
  const afterFirstBuild = walks;
  anchors.at(PAGE_ANCHOR_STEP * 2, 1);
  assert.equal(walks, afterFirstBuild, 'kept while the generation holds');
  anchors.at(PAGE_ANCHOR_STEP * 2, 2);
  assert.ok(walks > afterFirstBuild, 'read again for a new generation');
});

/** A logbook naming the same ship `n` times. */
function logbook(id: string, n: number): Analysis {
  const text = 'The Orla sailed. '.repeat(n);
  const analysis = emptyAnalysis(handDoc(id, text, { published: '2023-04-05' }));
  return { ...analysis, mentions: Array.from({ length: n }, (_, i) => ({ start: i * 17 + 4, end: i * 17 + 8, type: 'MISC' as const, text: 'Orla', entityId: 'ent_orla', canonical: 'Orla' })) };
}

test('sqlite: mention pages deep in the listing equal the plain walk, before and after more are saved', async () => {
  const store = new SqliteStore(join(tempDir(), 'anchors.db'));
  await store.saveBatch([{ analysis: logbook('logb', 700), contentHash: 'b' }, { analysis: logbook('loga', 650), contentHash: 'a' }]);
  const check = async () => {
    const all = (await store.listAnnotations({ kind: 'mention' })).map((m) => `${m.docId}:${m.start}`);
    for (const offset of [PAGE_ANCHOR_STEP - 1, PAGE_ANCHOR_STEP, 777, 2 * PAGE_ANCHOR_STEP + 1, all.length - 3]) {
      const page = (await store.listAnnotations({ kind: 'mention', limit: 25, offset })).map((m) => `${m.docId}:${m.start}`);
      assert.deepEqual(page, all.slice(offset, offset + 25), `offset ${offset} of ${all.length}`);
    }
  };
  await check();
  await store.saveBatch([{ analysis: logbook('logaa', 300), contentHash: 'aa' }]);
  await check();
  await store.close();
});
