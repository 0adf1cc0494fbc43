// A scoped short-form pass (the articles of joinable families only) decides an article's own
// company join as the full pass does: an article read only for another family must not join its
// short form on the partial counts a scoped read gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../src/types.js';
import { entityIdFor } from '../../src/pipeline/entities/resolve.js';
import { joinableFamilies, shortOrgJoins, type ArticleNames } from '../../src/corpus/entities/short-orgs.js';

function article(docId: string, names: Array<[string, EntityType]>): ArticleNames {
  return { docId, mentions: names.map(([canonical, type], k) => ({ start: k * 50, type, canonical, entityId: entityIdFor(type, canonical) })) };
}

test('an article read for another family makes no company join the full pass would not make', () => {
  const isBodyNoun = () => false;
  const all = [
    // the company in full, then its first word; the article also names a joinable family
    article('a', [['Orvane Optics Co.', 'ORG'], ['Orvane', 'ORG'], ['Pellick Mills Inc', 'ORG'], ['Rhea Dunn', 'PER']]),
    // the short form alone elsewhere, in an article nothing else brings into a scoped read
    article('c', [['Orvane', 'ORG'], ['Ivo Marsh', 'PER']]),
    article('k1', [['Pellick', 'ORG'], ['Rhea Dunn', 'PER']]),
    article('k2', [['Pellick', 'ORG'], ['Rhea Dunn', 'PER']]),
    article('k3', [['Pellick Mills Inc', 'ORG'], ['Pellick', 'ORG'], ['Rhea Dunn', 'PER']]),
    article('k4', [['Pellick Mills Inc', 'ORG'], ['Rhea Dunn', 'PER']]),
  ];
  const joinable = joinableFamilies(all.flatMap((a) => a.mentions.map((m) => ({ ...m, docId: a.docId }))), { isBodyNoun });
  const read = all.filter((a) => a.mentions.some((m) => joinable.has(m.entityId)));
  const orvane = entityIdFor('ORG', 'Orvane');
  const joinsOf = (joins: ReturnType<typeof shortOrgJoins>) => joins.filter((j) => j.from === orvane).map((j) => `${j.docId} -> ${j.canonical}`);
  assert.deepEqual(joinsOf(shortOrgJoins(read, { isBodyNoun, joinable })), joinsOf(shortOrgJoins(all, { isBodyNoun })));
});
