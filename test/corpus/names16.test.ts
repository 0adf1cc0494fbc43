// A company named in full without a designator ("Quorrel BioAnalytics") and then by its first words
// ("Quorrel") is one entity in its article; a short form that is also a place's name ("Lisbon" of
// "Lisbon Cork") joins only a name written with a designator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../src/types.js';
import { entityIdFor } from '../../src/pipeline/entities/resolve.js';
import { joinableFamilies, shortOrgJoins, type ArticleNames } from '../../src/corpus/entities/short-orgs.js';
import { joinShortOrgsInAnalyses } from '../../src/corpus/entities/short-org-analyses.js';
import { analyseText } from '../fixtures/analyse-text.js';

function article(docId: string, names: Array<[string, EntityType]>): ArticleNames {
  return { docId, mentions: names.map(([canonical, type], k) => ({ start: k * 10, type, canonical, entityId: entityIdFor(type, canonical) })) };
}
const joined = (articles: ArticleNames[]) => shortOrgJoins(articles).map((j) => `${j.docId} -> ${j.canonical}`).sort();
const families = (articles: ArticleNames[]) => joinableFamilies(articles.flatMap((a) => a.mentions.map((m) => ({ ...m, docId: a.docId }))));

test('a short form after the one organisation name of its article that it starts joins it, with or without a designator', () => {
  const articles = [article('d1', [['Quorrel BioAnalytics', 'ORG'], ['Hesk', 'LOC'], ['Quorrel', 'ORG']])];
  assert.deepEqual(joined(articles), ['d1 -> Quorrel BioAnalytics']);
  assert.ok(families(articles).has(entityIdFor('ORG', 'Quorrel')));
});

test('a short form that names a place joins only a full name written with a designator', () => {
  const plain = [article('d1', [['Lisbon Cork', 'ORG'], ['Lisbon', 'ORG']])];
  assert.deepEqual(joined(plain), []);
  assert.equal(families(plain).size, 0);
  const company = [article('d1', [['Lisbon Cork Co.', 'ORG'], ['Lisbon', 'ORG']])];
  assert.deepEqual(joined(company), ['d1 -> Lisbon Cork Co.']);
});

test('the parent stays itself where more articles write it alone than write the unit named after it', () => {
  const articles = [
    article('d1', [['Quorrel Futures', 'ORG'], ['Quorrel', 'ORG']]),
    article('d2', [['Quorrel', 'ORG'], ['Hesk', 'LOC']]),
    article('d3', [['Quorrel', 'ORG'], ['Brask', 'LOC']]),
  ];
  assert.deepEqual(joined(articles), []);
});

test('in an analysed article the short form is one entity with the undesignated full name', () => {
  const a = analyseText('Airline deal\n\nQuorrel Airlines agreed to sell its cargo unit for $60 million. Quorrel said the sale would close in March.');
  const [out] = joinShortOrgsInAnalyses([a]);
  const full = out.mentions.find((m) => m.text === 'Quorrel Airlines');
  const short = out.mentions.find((m) => m.text === 'Quorrel');
  assert.ok(full && short, out.mentions.map((m) => `${m.text}/${m.type}`).join(', '));
  assert.equal(short.entityId, full.entityId);
});

test('a name written with a designator is the company over another organisation name the short form starts', () => {
  // the tagger's "Quorrel Vantage" (a model) and the maker "Quorrel Motor Co.", then "Quorrel"
  const articles = [article('d1', [['Quorrel Vantage', 'ORG'], ['Quorrel Motor Co.', 'ORG'], ['Quorrel', 'ORG']])];
  assert.deepEqual(joined(articles), ['d1 -> Quorrel Motor Co.']);
  // two without one: neither
  assert.deepEqual(joined([article('d1', [['Quorrel Vantage', 'ORG'], ['Quorrel Motors', 'ORG'], ['Quorrel', 'ORG']])]), []);
});
