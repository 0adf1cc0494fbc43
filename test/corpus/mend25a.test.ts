import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../src/types.js';
import { entityIdFor } from '../../src/pipeline/entities/resolve.js';
import { joinableFamilies, shortOrgJoins, type ArticleNames, type ShortOrgOptions } from '../../src/corpus/entities/short-orgs.js';
import { isOrganisationNoun } from '../../src/pipeline/senses/body-nouns.js';
import { installedWordNet } from '../../src/pipeline/lexicons/wordnet.js';

/** One article naming these entities, in order, each resolved to its corpus-wide entity. */
function article(names: Array<[string, EntityType]>): ArticleNames {
  return { docId: 'd1', mentions: names.map(([canonical, type], k) => ({ start: k * 10, type, canonical, entityId: entityIdFor(type, canonical) })) };
}

/** Injected tests, so that these cases depend on neither WordNet nor the gazetteer. */
const opts: ShortOrgOptions = {
  isOrganisationNoun: (w) => ['trust', 'bank', 'institute'].includes(w.toLowerCase()),
  isPlace: (n) => n === 'Harrowgate',
  isBodyNoun: () => false,
};
const joined = (a: ArticleNames, o: ShortOrgOptions = opts) => shortOrgJoins([a], o).map((j) => j.canonical);
const mentionsOf = (a: ArticleNames) => a.mentions.map((m) => ({ ...m, docId: a.docId }));

test('mend25a: a one-article short form does not join a namesake body ending in an organisation noun', () => {
  // a charity named after a carmaker, then the carmaker by its own name
  assert.deepEqual(joined(article([['Pellam Trust', 'ORG'], ['Orla Brenn', 'PER'], ['Pellam', 'ORG']])), []);
  // a unit named after its parent, then the parent
  assert.deepEqual(joined(article([['Verrick Merchant Bank', 'ORG'], ['Verrick', 'ORG']])), []);
  assert.equal(joinableFamilies(mentionsOf(article([['Verrick Merchant Bank', 'ORG'], ['Verrick', 'ORG']])), opts).size, 0);
});

test('mend25a: a company named in full without a designator, then by its first word, is still joined', () => {
  const a = article([['Quillon BioWorks', 'ORG'], ['Quillon', 'ORG']]);
  assert.deepEqual(joined(a), ['Quillon BioWorks']);
  assert.equal(joinableFamilies(mentionsOf(a), opts).size, 2);
  // with a designator the organisation noun does not matter: the article names the company
  assert.deepEqual(joined(article([['Verrick Merchant Bank Ltd', 'ORG'], ['Verrick', 'ORG']])), ['Verrick Merchant Bank Ltd']);
});

test('mend25a: the place test is injected (opts.isPlace), not read from the gazetteer', () => {
  const a = article([['Harrowgate Kettleworks', 'ORG'], ['Harrowgate', 'ORG']]);
  assert.deepEqual(joined(a), []);
  assert.deepEqual(joined(a, { ...opts, isPlace: () => false }), ['Harrowgate Kettleworks']);
});

test('mend25a: WordNet tells organisation nouns (foundation, bank, party) from other name endings', (t) => {
  if (!installedWordNet()) return t.skip('WordNet not installed');
  for (const w of ['Foundation', 'Bank', 'Institute', 'Party', 'Union']) assert.ok(isOrganisationNoun(w), w);
  for (const w of ['International', 'Electronics', 'Broadcasting', 'Airlines', 'Kettles']) assert.ok(!isOrganisationNoun(w), w);
});
