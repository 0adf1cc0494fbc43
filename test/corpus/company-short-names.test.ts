// A company named in full once ("Velmora Signal Systems Inc.") and then by its first words
// ("Velmora"): the short form is that company in its article, whatever the corpus decides.
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
const joined = (articles: ArticleNames[]) => shortOrgJoins(articles).map((j) => `${j.docId} ${j.from === entityIdFor('ORG', 'Velmora') ? 'Velmora' : j.from} -> ${j.canonical}`).sort();

test('a short name written after the one company name of its article that it starts is that company there', () => {
  const articles = [
    article('d1', [['Velmora Signal Systems Inc.', 'ORG'], ['Ines Kaar', 'PER'], ['Velmora', 'ORG']]),
    // elsewhere "Velmora" alone stays itself: one article is no evidence for the corpus
    article('d2', [['Velmora', 'ORG'], ['Tarn', 'LOC']]),
    article('d3', [['Velmora Signal Systems Inc.', 'ORG'], ['Brask', 'LOC']]),
  ];
  assert.deepEqual(joined(articles), ['d1 Velmora -> Velmora Signal Systems Inc.']);
  // and the pass over the joinable families alone reads that article
  const all = articles.flatMap((a) => a.mentions.map((m) => ({ ...m, docId: a.docId })));
  assert.ok(joinableFamilies(all).has(entityIdFor('ORG', 'Velmora')));
});

test('not joined: a full name written after the short form, or two companies it starts', () => {
  const cases: Array<Array<[string, EntityType]>> = [
    [['Velmora', 'ORG'], ['Velmora Signal Systems Inc.', 'ORG']],
    [['Velmora Signal Systems Inc.', 'ORG'], ['Velmora Mining Ltd.', 'ORG'], ['Velmora', 'ORG']],
  ];
  for (const names of cases) assert.deepEqual(joined([article('d1', names)]), [], names.map((n) => n[0]).join(' … '));
});

test('not joined: a parent that more articles write alone than write the unit named after it', () => {
  // "Velmora" … "Velmora Finance Corp." in one article, "Velmora" alone in two others: Velmora is the parent
  const articles = [
    article('d1', [['Velmora Finance Corp.', 'ORG'], ['Velmora', 'ORG']]),
    article('d2', [['Velmora', 'ORG'], ['Tarn', 'LOC']]),
    article('d3', [['Velmora', 'ORG'], ['Brask', 'LOC']]),
  ];
  assert.deepEqual(joined(articles), []);
  const all = articles.flatMap((a) => a.mentions.map((m) => ({ ...m, docId: a.docId })));
  assert.equal(joinableFamilies(all).size, 0);
});

test('in an analysed article the company\'s short name is one entity with its full name', () => {
  const a = analyseText('Merger talks\n\nVelmora Signal Systems Inc. said it would buy a rival for $40 million. Velmora said the deal would close in June.');
  const [out] = joinShortOrgsInAnalyses([a]);
  const full = out.mentions.find((m) => m.text === 'Velmora Signal Systems Inc.');
  const short = out.mentions.find((m) => m.text === 'Velmora');
  assert.ok(full && short, out.mentions.map((m) => `${m.text}/${m.type}`).join(', '));
  assert.equal(short.entityId, full.entityId);
});
