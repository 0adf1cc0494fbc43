import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../../src/types.js';
import { corpusTypes, typeEvidence, voteKey, type TypeVoteOptions, type VotedMention } from '../../../src/pipeline/entities/type-votes.js';
import { analyseText } from '../../fixtures/analyse-text.js';

/** Mentions of the given names, in order, at their first place after the previous one. */
function article(text: string, names: Array<[string, EntityType, Partial<Mention>?]>): Mention[] {
  let from = 0;
  return names.map(([name, type, extra]) => {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, `${name} in ${text}`);
    from = start + name.length;
    return { start, end: from, text: name, type, ...extra };
  });
}

const typesOf = (ms: Mention[]) => ms.map((m) => m.type);

/**
 * The last article's types once the corpus has counted every article's vote (all of them: the
 * earlier ones in the list are no different from the later ones). Options apply to the last.
 */
function typeByCorpus(articles: Mention[][], opts: TypeVoteOptions = {}): Mention[] {
  const voted = articles.map((ms, k) => typeEvidence(ms, k === articles.length - 1 ? opts : {}));
  const all: VotedMention[] = voted.flatMap((ms, k) => ms.flatMap((m) => (m.typeVote ? [{ docId: `d${k}`, start: m.start, end: m.end, vote: m.typeVote }] : [])));
  const last = `d${articles.length - 1}`;
  const decided = new Map(corpusTypes(all).filter((d) => d.docId === last).map((d) => [`${d.start}:${d.end}`, d.type]));
  return voted[voted.length - 1].map((m) => ({ ...m, type: decided.get(`${m.start}:${m.end}`) ?? m.type }));
}

/** Six articles without evidence in which the given name was an organisation (or a place). */
function corpusWith(name: string, type: EntityType): Mention[][] {
  return Array.from({ length: 6 }, () => article(`${name} opened a depot near the river.`, [[name, type]]));
}

test('type votes: a name the tagger typed a person, with nothing in its article saying so, takes the corpus type', () => {
  const out = typeByCorpus([...corpusWith('Quenford', 'ORG'), article('Quenford said the new freighter would fly in May.', [['Quenford', 'PER']])]);
  assert.deepEqual(typesOf(out), ['ORG']);
});

test('type votes: the first article of the pile benefits as much as the last (order does not matter)', () => {
  const first = article('Quenford said the new freighter would fly in May.', [['Quenford', 'PER']]);
  const pile = corpusWith('Quenford', 'ORG');
  const all = [first, ...pile];
  const decide = (articles: Mention[][]) => {
    const voted = articles.flatMap((ms, k) => typeEvidence(ms).flatMap((m) => (m.typeVote ? [{ docId: `doc${k}`, start: m.start, end: m.end, vote: m.typeVote }] : [])));
    return corpusTypes(voted).map((d) => `${d.docId} ${d.type}`).sort();
  };
  // the same documents in reverse order, with the ids they had: the same decisions
  const reversed = all.map((ms, k) => ({ ms, k })).reverse();
  const votedReversed = reversed.flatMap(({ ms, k }) => typeEvidence(ms).flatMap((m) => (m.typeVote ? [{ docId: `doc${k}`, start: m.start, end: m.end, vote: m.typeVote }] : [])));
  assert.deepEqual(corpusTypes(votedReversed).map((d) => `${d.docId} ${d.type}`).sort(), decide(all));
  assert.ok(decide(all).includes('doc0 ORG'), 'the first article is retyped too');
});

test('type votes: until the corpus has spoken, or while it is divided, the tagger type stands', () => {
  const one = [article('Quenford opened a depot.', [['Quenford', 'ORG']])];
  assert.deepEqual(typesOf(typeByCorpus([...one, article('Quenford said so.', [['Quenford', 'PER']])])), ['PER']);
  const divided = (['ORG', 'PER', 'ORG', 'PER', 'ORG', 'PER'] as const).map((type) => article('Tarrow spoke.', [['Tarrow', type]]));
  assert.deepEqual(typesOf(typeByCorpus([...divided, article('Tarrow left early.', [['Tarrow', 'PER']])])), ['PER']);
});

test('type votes: Ford the company does not swallow Mr Ford or the surname of Gerald Ford', () => {
  const company = corpusWith('Ford', 'ORG');
  const titledArticle = article('Mr Ford told reporters that Ford had misled him.', [['Mr Ford', 'PER', { title: 'Mr' }], ['Ford', 'PER']]);
  assert.deepEqual(typesOf(typeByCorpus([...company, titledArticle])), ['PER', 'PER']);
  const fullArticle = article('Gerald Ford pardoned his predecessor. Ford later defended the choice.', [['Gerald Ford', 'PER'], ['Ford', 'PER']]);
  assert.deepEqual(typesOf(typeByCorpus([...company, fullArticle])), ['PER', 'PER']);
  // the articles that name the person count for him: with two namesakes of weight the corpus no
  // longer decides a bare guess either way
  assert.deepEqual(typesOf(typeByCorpus([...company, titledArticle, fullArticle, article('Ford recalled a van.', [['Ford', 'PER']])])), ['PER']);
});

test('type votes: a place name is never moved to or from a place by the corpus (Liverpool, Jordan)', () => {
  const club = typeByCorpus([...corpusWith('Liverpool', 'LOC'), article('Liverpool won the derby on penalties.', [['Liverpool', 'ORG']])]);
  assert.deepEqual(typesOf(club), ['ORG']);
  const country = corpusWith('Jordan', 'LOC');
  const player = typeByCorpus([...country, article('Jordan scored twice before half-time.', [['Jordan', 'PER']])]);
  assert.deepEqual(typesOf(player), ['PER']);
  const named = typeByCorpus([...country, article('Ellis Jordan signed for two years. Jordan said he was glad.', [['Ellis Jordan', 'PER'], ['Jordan', 'PER']])]);
  assert.deepEqual(typesOf(named), ['PER', 'PER']);
});

test('type votes: a settled type or a company designator is evidence and outvotes guesses', () => {
  const bare = () => article('Quenford said he was pleased.', [['Quenford', 'PER']]);
  // an article that writes the designator weighs as three that only guessed
  const designated = article('Quenford Holdings raised its dividend.', [['Quenford Holdings', 'ORG']]);
  const guesses = (n: number) => Array.from({ length: n }, () => article('Quenford said it was pleased.', [['Quenford', 'ORG']]));
  assert.deepEqual(typesOf(typeByCorpus([designated, ...guesses(2), bare()])), ['PER'], 'weight 5 has not spoken');
  assert.deepEqual(typesOf(typeByCorpus([designated, ...guesses(3), bare()])), ['ORG'], 'weight 6 has');
  assert.deepEqual(typesOf(typeByCorpus([designated, ...guesses(3), bare(), bare()])), ['ORG'], 'another guess does not divide it');
  const settled = typeByCorpus([designated, ...guesses(3), article('Analyst Quenford expects a cut.', [['Quenford', 'PER', { typeSettled: true }]])]);
  assert.deepEqual(typesOf(settled), ['PER']);
});

test('type votes: the vote key drops titles and company designators', () => {
  assert.equal(voteKey('Mr Ford'), voteKey('Ford'));
  assert.equal(voteKey('Ford Motor Co'), voteKey('Ford Motor'));
  assert.notEqual(voteKey('Gerald Ford'), voteKey('Ford'));
});

test('type votes: the corpus moves a name only to a person or an organisation', () => {
  // a tagger's habit of calling a word a place or a miscellaneous name says nothing of another article's company
  const company = () => article('Tessmark cut its dividend.', [['Tessmark', 'ORG']]);
  assert.deepEqual(typesOf(typeByCorpus([...corpusWith('Tessmark', 'LOC'), company()])), ['ORG']);
  assert.deepEqual(typesOf(typeByCorpus([...corpusWith('Tessmark', 'MISC'), company()])), ['ORG']);
  // a nationality word stays what the tagger made it
  assert.deepEqual(typesOf(typeByCorpus([...corpusWith('Norwegian', 'ORG'), article('The Norwegian envoy arrived.', [['Norwegian', 'MISC']])])), ['MISC']);
});

test('type votes: a lone initial or company designator is a fragment, never moved and no vote', () => {
  const out = typeByCorpus([...corpusWith('Co', 'ORG'), article('Hallam and Co said it would merge.', [['Co', 'PER']])]);
  assert.deepEqual(typesOf(out), ['PER']);
  assert.equal(out[0].typeVote, undefined);
});

test('type votes: a name the parse reads as an adjective stays what the tagger made it', () => {
  const text = 'Angry West German dairy farmers blocked the road to the port.';
  const syntax = analyseText(text, { until: 'syntax' }).syntax;
  const at = text.indexOf('West German');
  const head = syntax?.words.find((w) => w.start === at + 'West '.length);
  assert.equal(head?.upos, 'ADJ', 'the parse reads "German" as an adjective');
  const out = typeByCorpus([...corpusWith('West German', 'ORG'), article(text, [['West German', 'MISC']])], { syntax });
  assert.deepEqual(typesOf(out), ['MISC']);
  // without the parse, the corpus would have moved it
  assert.deepEqual(typesOf(typeByCorpus([...corpusWith('West German', 'ORG'), article(text, [['West German', 'MISC']])])), ['ORG']);
});

test('type votes: the corpus makes a person only of a name some article shows to be one', () => {
  // a holiday the tagger keeps calling a person
  const habit = Array.from({ length: 6 }, () => article('Sales slowed before Brightmas this year.', [['Brightmas', 'PER']]));
  const store = article('Shops expect Brightmas to lift sales.', [['Brightmas', 'ORG']]);
  assert.deepEqual(typesOf(typeByCorpus([...habit, store])), ['ORG']);
  // a farmer the corpus also names with a title
  const titled = article('Mr Varrow sold his herd.', [['Mr Varrow', 'PER', { title: 'Mr' }]]);
  const guessed = Array.from({ length: 6 }, () => article('Varrow spoke at the fair.', [['Varrow', 'PER']]));
  assert.deepEqual(typesOf(typeByCorpus([titled, ...guessed, article('Varrow won a prize.', [['Varrow', 'ORG']])])), ['PER']);
});
