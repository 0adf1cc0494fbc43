import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../src/types.js';
import { entityIdFor } from '../../src/pipeline/entities/resolve.js';
import { joinableFamilies, shortFormFamilies, shortOrgJoins, type ArticleNames, type ShortOrgOptions } from '../../src/corpus/entities/short-orgs.js';

/** An article naming these entities, in order, each resolved to its corpus-wide entity. */
function article(docId: string, names: Array<[string, EntityType]>): ArticleNames {
  return { docId, mentions: names.map(([canonical, type], k) => ({ start: k * 10, type, canonical, entityId: entityIdFor(type, canonical) })) };
}

/** Filler articles naming none of the test's people or places, so that those are rare. */
const filler = (n: number) => Array.from({ length: n }, (_, k) => article(`other${k}`, [['Tessaly Board', 'ORG'], [`Person ${k}`, 'PER']]));

/** Where each article's short form went: "doc short -> full". */
const joined = (articles: ArticleNames[], opts: ShortOrgOptions = {}) => shortOrgJoins(articles, opts).map((j) => `${j.docId} -> ${j.canonical}`).sort();
/** The corpus's joins alone, without any article's own join. */
const corpusJoined = (articles: ArticleNames[]) => joined(articles, { without: ['article'] });

/** A maker of kettles and its chief, and a bank that shares its first word with other people around it. */
function pile(): ArticleNames[] {
  return [
    article('full1', [['Brindle Kettles', 'ORG'], ['Oona Farrant', 'PER'], ['Brindle', 'ORG'], ['Dunmore', 'LOC']]),
    article('full2', [['Brindle Kettles', 'ORG'], ['Oona Farrant', 'PER'], ['Steamline', 'MISC']]),
    // the full name is written in more articles than point to it with the short form alone
    article('full3', [['Brindle Kettles', 'ORG'], ['Oona Farrant', 'PER']]),
    article('bank1', [['Brindle Savings', 'ORG'], ['Caspar Wendt', 'PER'], ['Harwick', 'LOC']]),
    article('bank2', [['Brindle Savings', 'ORG'], ['Caspar Wendt', 'PER'], ['Brindle', 'ORG']]),
    article('short1', [['Brindle', 'ORG'], ['Oona Farrant', 'PER'], ['Steamline', 'MISC']]),
    article('short2', [['Brindle', 'ORG'], ['Oona Farrant', 'PER'], ['Dunmore', 'LOC']]),
    ...filler(12),
  ];
}

test('short orgs: a short form joins the full name whose articles share its co-mentioned names', () => {
  const out = joined(pile());
  // "Brindle" is one entity and moves as a whole, the kettle maker's, but not where its article names the bank
  assert.deepEqual(out, ['full1 -> Brindle Kettles', 'short1 -> Brindle Kettles', 'short2 -> Brindle Kettles']);
});

test('short orgs: two companies sharing a first word, with nothing shared with either, are kept apart', () => {
  const articles = [
    article('a1', [['Corvane Airways', 'ORG'], ['Lida Marsh', 'PER'], ['Corvane', 'ORG']]),
    article('a2', [['Corvane Airways', 'ORG'], ['Lida Marsh', 'PER']]),
    article('b1', [['Corvane Foods', 'ORG'], ['Piet Alder', 'PER'], ['Corvane', 'ORG']]),
    article('b2', [['Corvane Foods', 'ORG'], ['Piet Alder', 'PER']]),
    // the short form's own articles speak of neither company's people
    article('s1', [['Corvane', 'ORG'], ['Meribel', 'LOC']]),
    article('s2', [['Corvane', 'ORG'], ['Meribel', 'LOC']]),
    ...filler(12),
  ];
  assert.deepEqual(joined(articles), []);
});

test('short orgs: evidence split between two full names joins neither (rival check)', () => {
  const articles = [
    article('a1', [['Corvane Airways', 'ORG'], ['Lida Marsh', 'PER'], ['Corvane', 'ORG']]),
    article('a2', [['Corvane Airways', 'ORG'], ['Lida Marsh', 'PER']]),
    article('b1', [['Corvane Foods', 'ORG'], ['Piet Alder', 'PER'], ['Corvane', 'ORG']]),
    article('b2', [['Corvane Foods', 'ORG'], ['Piet Alder', 'PER']]),
    article('s1', [['Corvane', 'ORG'], ['Lida Marsh', 'PER']]),
    article('s2', [['Corvane', 'ORG'], ['Piet Alder', 'PER']]),
    ...filler(12),
  ];
  assert.deepEqual(joined(articles), []);
});

test('short orgs: a name every article carries is no evidence', () => {
  const articles = pile().map((a) => (a.docId.startsWith('short') ? { ...a, mentions: a.mentions.filter((m) => m.type === 'ORG') } : a));
  // the short forms' articles now share only the filler's board, named everywhere
  for (const a of articles) if (a.docId.startsWith('short')) a.mentions.push({ start: 99, type: 'ORG', canonical: 'Tessaly Board', entityId: entityIdFor('ORG', 'Tessaly Board') });
  assert.deepEqual(corpusJoined(articles), []);
  // the article that names the kettle maker before the short form still joins them, as its own name
  assert.deepEqual(joined(articles), ['full1 -> Brindle Kettles']);
});

test('short orgs: the joins do not depend on the order the articles come in', () => {
  const articles = pile();
  const forward = joined(articles);
  assert.ok(forward.length > 0);
  assert.deepEqual(joined([...articles].reverse()), forward);
  const shuffled = articles.map((a, k) => ({ a, k: (k * 7) % articles.length })).sort((x, y) => x.k - y.k).map((x) => x.a);
  assert.deepEqual(joined(shuffled), forward);
});

/** A short form named with many shared names next to one full name, in articles of its own. */
function companyPile(short: string, full: string, shortSpelling = short): ArticleNames[] {
  return [
    article('f1', [[full, 'ORG'], ['Hana Velt', 'PER'], [short, 'ORG'], ['Ostrava Ridge', 'LOC']]),
    article('f2', [[full, 'ORG'], ['Hana Velt', 'PER'], ['Ostrava Ridge', 'LOC']]),
    article('f3', [[full, 'ORG'], ['Hana Velt', 'PER']]),
    article('s1', [[shortSpelling, 'ORG'], ['Hana Velt', 'PER'], ['Ostrava Ridge', 'LOC']]),
    article('s2', [[shortSpelling, 'ORG'], ['Hana Velt', 'PER'], ['Ostrava Ridge', 'LOC']]),
    ...filler(12),
  ];
}

test('short orgs: a name written with a company designator is a company of its own, not a short form', () => {
  assert.equal(joined(companyPile('Quarrow Motor', 'Quarrow Motor Credit')).length, 3, 'without the designator it joins');
  // "Quarrow Motor Co" and "Quarrow Motor Credit Co": the parent and its finance unit
  assert.deepEqual(joined(companyPile('Quarrow Motor', 'Quarrow Motor Credit Co', 'Quarrow Motor Co')), []);
});

test('short orgs: a bare word and a kind of body ("Fisheries Department") is every government\'s, so it joins nothing', () => {
  assert.deepEqual(joined(companyPile('Fisheries', 'Fisheries Department')), []);
  assert.deepEqual(joined(companyPile('Fisheries', 'Fisheries Committee')), []);
  assert.equal(joined(companyPile('Velmora', 'Velmora Kettles')).length, 3);
});

/** Each article's mentions with its document, as the store's narrow read of a family's mentions gives them. */
const mentionsOf = (articles: ArticleNames[]) => articles.flatMap((a) => a.mentions.map((m) => ({ ...m, docId: a.docId })));
const names = (articles: ArticleNames[]) => mentionsOf(articles).filter((m) => m.type === 'ORG').map((m) => ({ key: m.entityId, name: m.canonical }));

test('short orgs: the families are the names that start another, with those longer names', () => {
  const family = shortFormFamilies(names(pile()));
  const id = (name: string) => entityIdFor('ORG', name);
  assert.deepEqual([...family].sort(), [id('Brindle'), id('Brindle Kettles'), id('Brindle Savings')].sort());
  // the filler's board starts nothing, and a name given under another entity's id is no family member
  assert.ok(!family.has(id('Tessaly Board')));
  assert.equal(shortFormFamilies([{ key: 'ent_elsewhere', name: 'Brindle' }, { key: id('Brindle Kettles'), name: 'Brindle Kettles' }]).size, 0);
});

test('short orgs: a family whose short form is never written alone, or only once, cannot join', () => {
  const id = (name: string) => entityIdFor('ORG', name);
  assert.ok(joinableFamilies(mentionsOf(pile())).has(id('Brindle')), 'two articles write Brindle alone');
  // every article that writes "Orrin" writes "Orrin Glassworks" too: no article to vote
  const together = [
    article('g1', [['Orrin Glassworks', 'ORG'], ['Orrin', 'ORG']]),
    article('g2', [['Orrin Glassworks', 'ORG'], ['Orrin', 'ORG'], ['Tamsin Hale', 'PER']]),
    article('g3', [['Orrin Glassworks', 'ORG']]),
  ];
  const corpusOnly = { without: ['article'] } as const;
  assert.equal(joinableFamilies(mentionsOf(together), corpusOnly).size, 0);
  // each article's own join (the glassworks named, then by its first word) makes the family joinable
  assert.equal(joinableFamilies(mentionsOf(together)).size, 2);
  assert.deepEqual(joined(together), ['g1 -> Orrin Glassworks', 'g2 -> Orrin Glassworks']);
  assert.deepEqual(corpusJoined(together), []);
  // written alone once: fewer votes than a join needs
  assert.equal(joinableFamilies(mentionsOf([...together, article('g4', [['Orrin', 'ORG'], ['Tamsin Hale', 'PER']])]), corpusOnly).size, 0);
  // twice, and the full name written before it somewhere
  assert.equal(joinableFamilies(mentionsOf([...together, article('g4', [['Orrin', 'ORG']]), article('g5', [['Orrin', 'ORG']])]), corpusOnly).size, 2);
});

test('short orgs: the joins of the joinable families alone, with the whole corpus counted, are the whole corpus\'s', () => {
  const all = [...pile(), article('g1', [['Orrin Glassworks', 'ORG'], ['Orrin', 'ORG']]), article('g2', [['Orrin', 'ORG'], ['Tamsin Hale', 'PER']])];
  const joinable = joinableFamilies(mentionsOf(all));
  const part = all.filter((a) => a.mentions.some((m) => joinable.has(m.entityId)));
  assert.ok(part.length < all.length);
  const documents = new Map<string, number>();
  for (const a of all) for (const e of new Set(a.mentions.map((m) => m.entityId))) documents.set(e, (documents.get(e) ?? 0) + 1);
  assert.deepEqual(shortOrgJoins(part, { corpus: { articles: all.length, documents } }), shortOrgJoins(all));
  // counted over the part only, every shared name looks common: the corpus's counts make the part exact
  assert.notDeepEqual(shortOrgJoins(part), shortOrgJoins(all));
});

test('short orgs: a name more articles write alone, pointing to a longer one, than write the longer one is a parent, not a short form', () => {
  // three articles name the bank's investment arm; three more write only "Quarrow" beside its people
  const pile = [...companyPile('Quarrow', 'Quarrow Investment Partners'), article('s3', [['Quarrow', 'ORG'], ['Hana Velt', 'PER'], ['Ostrava Ridge', 'LOC']])];
  assert.deepEqual(joined(pile), []);
  // a fourth article naming the arm in full: more write it than point to it alone, so "Quarrow" is its name written short
  const named = [...pile, article('f4', [['Quarrow Investment Partners', 'ORG'], ['Hana Velt', 'PER']])];
  assert.equal(joined(named).length, 4);
});

test('short orgs: a full name ending in a body or a meeting is not what its first words name', () => {
  // the trade council and the trade summit are bodies and meetings of Harlow, not Harlow written in full
  assert.deepEqual(joined(companyPile('Harlow', 'Harlow Trade Council')), []);
  assert.deepEqual(joined(companyPile('Harlow', 'Harlow Export Summit')), []);
  assert.deepEqual(joined(companyPile('Harlow', 'Harlow Pension Division Inc')), []);
  // a company named for its trade is
  assert.equal(joined(companyPile('Harlow', 'Harlow Glass Industries')).length, 3);
  assert.equal(joined(companyPile('Harlow', 'Harlow Airlines')).length, 3);
});

test('short orgs: a family whose short form is mostly written with a designator, or whose full names all end in a body, cannot join', () => {
  const id = (name: string) => entityIdFor('ORG', name);
  assert.ok(joinableFamilies(mentionsOf(companyPile('Harlow', 'Harlow Glassworks'))).has(id('Harlow')));
  assert.equal(joinableFamilies(mentionsOf(companyPile('Harlow', 'Harlow Trade Council'))).size, 0);
  assert.equal(joinableFamilies(mentionsOf(companyPile('Quarrow Motor', 'Quarrow Motor Credit Co', 'Quarrow Motor Co'))).size, 0);
});

test('short orgs: given the joinable families, only their short forms join (another may be read in part)', () => {
  const all = companyPile('Harlow', 'Harlow Glassworks');
  assert.equal(shortOrgJoins(all, { joinable: new Set([entityIdFor('ORG', 'Harlow')]) }).length, 3);
  assert.deepEqual(shortOrgJoins(all, { joinable: new Set([entityIdFor('ORG', 'Velmora')]) }), []);
});
