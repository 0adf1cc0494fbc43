// A name ending in a building noun after another name's words ("… County Courthouse", "… Hotel") is
// a building named after what those words name: the shorter name written after it in its article,
// or alone in others, is not that building. Fixtures are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../src/types.js';
import { entityIdFor } from '../../src/pipeline/entities/resolve.js';
import { joinableFamilies, shortOrgJoins, type ArticleNames, type ShortOrgOptions } from '../../src/corpus/entities/short-orgs.js';
import { isBuildingNoun } from '../../src/pipeline/senses/body-nouns.js';
import { installedWordNet } from '../../src/pipeline/lexicons/wordnet.js';

function article(docId: string, names: Array<[string, EntityType]>): ArticleNames {
  return { docId, mentions: names.map(([canonical, type], k) => ({ start: k * 10, type, canonical, entityId: entityIdFor(type, canonical) })) };
}

/** Injected tests, so that the joins depend on neither WordNet nor the gazetteer. */
const opts: ShortOrgOptions = {
  isOrganisationNoun: () => false,
  isBodyNoun: () => false,
  isBuildingNoun: (w) => ['courthouse', 'hotel'].includes(w.toLowerCase()),
  isPlace: () => false,
};
const joined = (as: ArticleNames[], o: ShortOrgOptions = opts) => shortOrgJoins(as, o).map((j) => `${j.docId}:${j.canonical}`);

test('a county written after the courthouse named for it stays the county', () => {
  const a = article('d1', [['Marrow County Courthouse', 'ORG'], ['Tessa Vane', 'PER'], ['Marrow County', 'ORG']]);
  assert.deepEqual(joined([a]), []);
  assert.equal(joinableFamilies(a.mentions.map((m) => ({ ...m, docId: a.docId })), opts).size, 0);
  // the same shape with a company's noun is that company, written short
  const company = article('d2', [['Marrow County Dairies', 'ORG'], ['Marrow County', 'ORG']]);
  assert.deepEqual(joined([company]), ['d2:Marrow County Dairies']);
});

test('a chain named alone in other articles does not join the one hotel named for it', () => {
  const hotel = (d: string) => article(d, [['Brightwater Hotel', 'ORG'], ['Orsay Lind', 'PER'], ['Kell Harbour', 'LOC']]);
  const alone = (d: string) => article(d, [['Brightwater', 'ORG'], ['Orsay Lind', 'PER'], ['Kell Harbour', 'LOC']]);
  const corpus = [hotel('h1'), hotel('h2'), article('h3', [['Brightwater Hotel', 'ORG'], ['Brightwater', 'ORG']]), alone('a1'), alone('a2')];
  assert.deepEqual(joined(corpus), []);
  assert.ok(joined(corpus, { ...opts, isBuildingNoun: () => false }).length > 0);
});

test('WordNet tells building nouns from a company\'s name endings', (t) => {
  if (!installedWordNet()) return t.skip('WordNet not installed');
  for (const w of ['Courthouse', 'Hotel', 'Hospital', 'Theater']) assert.ok(isBuildingNoun(w), w);
  for (const w of ['Foods', 'Computer', 'Airlines', 'Stores', 'Works', 'Bank', 'Center']) assert.ok(!isBuildingNoun(w), w);
});
