import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../src/types.js';
import { entityIdFor } from '../../src/pipeline/entities/resolve.js';
import { shortNameJoins } from '../../src/corpus/entities/short-names.js';
import type { ArticleNames } from '../../src/corpus/entities/short-orgs.js';

/** An article naming these entities, in order, each resolved to its corpus-wide entity. */
function article(docId: string, names: Array<[string, EntityType]>): ArticleNames {
  return { docId, mentions: names.map(([canonical, type], k) => ({ start: k * 10, type, canonical, entityId: entityIdFor(type, canonical) })) };
}

/** Filler articles naming none of the test's people or places, so that those are rare. */
const filler = (n: number) => Array.from({ length: n }, (_, k) => article(`other${k}`, [['Tessaly Board', 'ORG'], [`Person ${k}`, 'PER']]));

/** Where each bare name went: "bare -> full". */
const joined = (articles: ArticleNames[]) => shortNameJoins(articles).map((j) => `${articles.flatMap((a) => a.mentions).find((m) => m.entityId === j.from)!.canonical} -> ${j.canonical}`).sort();

test('short names: a bare surname and a team nickname join the one full name whose articles share their co-mentioned names', () => {
  const out = joined([
    article('full1', [['Daniel Okafor', 'PER'], ['Halden Comets', 'ORG'], ['Marsh Valley', 'LOC']]),
    article('full2', [['Daniel Okafor', 'PER'], ['Halden Comets', 'ORG'], ['Brackwater Arena', 'LOC']]),
    article('bare1', [['Okafor', 'PER'], ['Comets', 'ORG'], ['Marsh Valley', 'LOC']]),
    article('bare2', [['Okafor', 'PER'], ['Brackwater Arena', 'LOC']]),
    ...filler(12),
  ]);
  assert.deepEqual(out, ['Comets -> Halden Comets', 'Okafor -> Daniel Okafor']);
});

test('short names: namesakes, an article keeping both apart, or nothing shared leave the bare name alone', () => {
  const namesakes = [
    article('full1', [['Daniel Okafor', 'PER'], ['Marsh Valley', 'LOC']]),
    article('full2', [['Ruth Okafor', 'PER'], ['Brackwater Arena', 'LOC']]),
    article('bare1', [['Okafor', 'PER'], ['Marsh Valley', 'LOC']]),
    ...filler(12),
  ];
  assert.deepEqual(joined(namesakes), []);
  const keptApart = [
    article('full1', [['Daniel Okafor', 'PER'], ['Marsh Valley', 'LOC']]),
    article('both', [['Daniel Okafor', 'PER'], ['Okafor', 'PER'], ['Marsh Valley', 'LOC']]),
    article('bare1', [['Okafor', 'PER'], ['Marsh Valley', 'LOC']]),
    ...filler(12),
  ];
  assert.deepEqual(joined(keptApart), []);
  const unrelated = [
    article('full1', [['Daniel Okafor', 'PER'], ['Marsh Valley', 'LOC']]),
    article('bare1', [['Okafor', 'PER'], ['Tessaly Board', 'ORG']]),
    ...filler(12),
  ];
  assert.deepEqual(joined(unrelated), []);
});

test('short names: an organisation word that starts a longer name is left to the short-form pass', () => {
  const out = joined([
    article('full1', [['Halden Comets', 'ORG'], ['Comets Trust', 'ORG'], ['Marsh Valley', 'LOC']]),
    article('bare1', [['Comets', 'ORG'], ['Marsh Valley', 'LOC']]),
    ...filler(12),
  ]);
  assert.deepEqual(out, []);
});
