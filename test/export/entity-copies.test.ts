// The entities export counts an article two sites carry once, as `chronicle entities` and the web
// pages do: a person named in a story and in its copy on a second site is in 1 article, with 1 copy
// (the CSV's last column `copies`, the JSON Lines record's `copies`); a name in no copied story has
// no copies. (The CSV said 5 articles for a name the entity page said was in 4.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from '../helpers.js';
import { csvObjects, descendants, exportString, jsonLines, parseXml, type XmlElement } from './helpers.js';
import { copyOnAnotherSite, FERRY_STORY, resolvedAnalysis, saveWithCopy } from '../server/near-duplicates.js';

test('the entities export counts a near-duplicate copy once and says so', async () => {
  const store = new SqliteStore(join(tempDir('chronicle-export-copies-'), 'kb.db'));
  try {
    const fullName = (text: string) => (text === 'Kordic' ? 'Vesna Kordic' : text);
    const copy = copyOnAnotherSite(FERRY_STORY, 'ferry-strike-mirror', 'later sailings', 'the next sailings');
    await saveWithCopy(store, resolvedAnalysis(FERRY_STORY, fullName), resolvedAnalysis(copy, fullName));
    const rows = csvObjects(await exportString(store, { format: 'csv', type: 'entities' }));
    const kordic = rows.find((r) => r.id === 'PER:vesna kordic');
    assert.deepEqual([kordic?.mentions, kordic?.documents, kordic?.copies], ['4', '1', '1']);
    const records = jsonLines(await exportString(store, { format: 'jsonl', type: 'entities' }));
    const record = records.find((r) => r.id === 'PER:vesna kordic');
    assert.deepEqual([record?.documents, record?.copies], [1, 1]);
  } finally {
    await store.close();
  }
});

test('the graphml export counts a near-duplicate copy once in node and co-mention counts', async () => {
  const store = new SqliteStore(join(tempDir('chronicle-export-copies-'), 'kb.db'));
  try {
    const fullName = (text: string) => (text === 'Kordic' ? 'Vesna Kordic' : text);
    const copy = copyOnAnotherSite(FERRY_STORY, 'ferry-strike-mirror', 'later sailings', 'the next sailings');
    await saveWithCopy(store, resolvedAnalysis(FERRY_STORY, fullName), resolvedAnalysis(copy, fullName));
    const root = parseXml(await exportString(store, { format: 'graphml' }));
    const dataOf = (el: XmlElement) => Object.fromEntries(el.children.filter((c) => c.name === 'data').map((d) => [d.attrs.key, d.text]));
    const kordic = descendants(root, 'node').find((n) => n.attrs.id === 'PER:vesna kordic')!;
    assert.equal(dataOf(kordic).documents, '1', 'one article, as on the entity page');
    const pair = descendants(root, 'edge').find((e) => [e.attrs.source, e.attrs.target].sort().join() === ['ORG:baltic meridian', 'PER:vesna kordic'].join());
    assert.deepEqual(pair && dataOf(pair), { kind: 'co-mention', weight: '1' }, 'named together in one article, as the graph says');
  } finally {
    await store.close();
  }
});
