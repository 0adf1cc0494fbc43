import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../src/types.js';
import { CorpusTypeVotes, typeByCorpus, voteKey } from '../../src/corpus/entities/type-votes.js';
import { analyse, defaultContext } from '../../src/pipeline/index.js';

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

/** A corpus in which the given name was an organisation (or a place) in six articles without evidence. */
function corpusWith(name: string, type: EntityType): CorpusTypeVotes {
  const votes = new CorpusTypeVotes();
  for (let k = 0; k < 6; k++) typeByCorpus(article(`${name} opened a depot near the river.`, [[name, type]]), votes);
  return votes;
}

test('type votes: a name the tagger typed a person, with nothing in its article saying so, takes the corpus type', () => {
  const votes = corpusWith('Quenford', 'ORG');
  const out = typeByCorpus(article('Quenford said the new freighter would fly in May.', [['Quenford', 'PER']]), votes);
  assert.deepEqual(typesOf(out), ['ORG']);
});

test('type votes: until the corpus has spoken, or while it is divided, the tagger type stands', () => {
  const votes = new CorpusTypeVotes();
  typeByCorpus(article('Quenford opened a depot.', [['Quenford', 'ORG']]), votes);
  assert.deepEqual(typesOf(typeByCorpus(article('Quenford said so.', [['Quenford', 'PER']]), votes)), ['PER']);
  const divided = new CorpusTypeVotes();
  for (const type of ['ORG', 'PER', 'ORG', 'PER', 'ORG', 'PER'] as const) typeByCorpus(article('Tarrow spoke.', [['Tarrow', type]]), divided);
  assert.deepEqual(typesOf(typeByCorpus(article('Tarrow left early.', [['Tarrow', 'PER']]), divided)), ['PER']);
});

test('type votes: Ford the company does not swallow Mr Ford or the surname of Gerald Ford', () => {
  const votes = corpusWith('Ford', 'ORG');
  const titled = typeByCorpus(article('Mr Ford told reporters that Ford had misled him.', [['Mr Ford', 'PER', { title: 'Mr' }], ['Ford', 'PER']]), votes);
  assert.deepEqual(typesOf(titled), ['PER', 'PER']);
  const full = typeByCorpus(article('Gerald Ford pardoned his predecessor. Ford later defended the choice.', [['Gerald Ford', 'PER'], ['Ford', 'PER']]), votes);
  assert.deepEqual(typesOf(full), ['PER', 'PER']);
  // the articles that name the person count for him: with two namesakes of weight the corpus no
  // longer decides a bare guess either way
  assert.equal(votes.prevailing(voteKey('Ford')), null);
  assert.deepEqual(typesOf(typeByCorpus(article('Ford recalled a van.', [['Ford', 'PER']]), votes)), ['PER']);
});

test('type votes: a place name is never moved to or from a place by the corpus (Liverpool, Jordan)', () => {
  const city = corpusWith('Liverpool', 'LOC');
  const club = typeByCorpus(article('Liverpool won the derby on penalties.', [['Liverpool', 'ORG']]), city);
  assert.deepEqual(typesOf(club), ['ORG']);
  const country = corpusWith('Jordan', 'LOC');
  const player = typeByCorpus(article('Jordan scored twice before half-time.', [['Jordan', 'PER']]), country);
  assert.deepEqual(typesOf(player), ['PER']);
  const named = typeByCorpus(article('Ellis Jordan signed for two years. Jordan said he was glad.', [['Ellis Jordan', 'PER'], ['Jordan', 'PER']]), country);
  assert.deepEqual(typesOf(named), ['PER', 'PER']);
});

test('type votes: a settled type or a company designator is evidence and outvotes guesses', () => {
  const votes = new CorpusTypeVotes();
  // an article that writes the designator weighs as three that only guessed
  typeByCorpus(article('Quenford Holdings raised its dividend.', [['Quenford Holdings', 'ORG']]), votes);
  for (let k = 0; k < 2; k++) typeByCorpus(article('Quenford said it was pleased.', [['Quenford', 'ORG']]), votes);
  assert.equal(votes.prevailing(voteKey('Quenford')), null);
  typeByCorpus(article('Quenford said it was pleased.', [['Quenford', 'ORG']]), votes);
  assert.equal(votes.prevailing(voteKey('Quenford')), 'ORG');
  typeByCorpus(article('Quenford said he was pleased.', [['Quenford', 'PER']]), votes);
  assert.equal(votes.prevailing(voteKey('Quenford')), 'ORG');
  const settled = typeByCorpus(article('Analyst Quenford expects a cut.', [['Quenford', 'PER', { typeSettled: true }]]), votes);
  assert.deepEqual(typesOf(settled), ['PER']);
});

test('type votes: the vote key drops titles and company designators', () => {
  assert.equal(voteKey('Mr Ford'), voteKey('Ford'));
  assert.equal(voteKey('Ford Motor Co'), voteKey('Ford Motor'));
  assert.notEqual(voteKey('Gerald Ford'), voteKey('Ford'));
});

test('type votes: the corpus moves a name only to a person or an organisation', () => {
  // a tagger's habit of calling a word a place or a miscellaneous name says nothing of another article's company
  const places = corpusWith('Tessmark', 'LOC');
  assert.deepEqual(typesOf(typeByCorpus(article('Tessmark cut its dividend.', [['Tessmark', 'ORG']]), places)), ['ORG']);
  const misc = corpusWith('Tessmark', 'MISC');
  assert.deepEqual(typesOf(typeByCorpus(article('Tessmark cut its dividend.', [['Tessmark', 'ORG']]), misc)), ['ORG']);
  // a nationality word stays what the tagger made it
  const orgs = corpusWith('Norwegian', 'ORG');
  assert.deepEqual(typesOf(typeByCorpus(article('The Norwegian envoy arrived.', [['Norwegian', 'MISC']]), orgs)), ['MISC']);
});

test('type votes: a lone initial or company designator is a fragment, never moved', () => {
  const votes = corpusWith('Co', 'ORG');
  assert.deepEqual(typesOf(typeByCorpus(article('Hallam and Co said it would merge.', [['Co', 'PER']]), votes)), ['PER']);
  assert.equal(votes.prevailing(voteKey('Co')), null);
});

test('type votes: a name the parse reads as an adjective stays what the tagger made it', () => {
  const votes = corpusWith('West German', 'ORG');
  const text = 'Angry West German dairy farmers blocked the road to the port.';
  const syntax = analyse({ source: { kind: 'stdin', location: '-', name: 'adjective' }, format: 'text', content: text, encoding: 'utf-8', hints: {} }, defaultContext('syntax')).syntax;
  const at = text.indexOf('West German');
  const head = syntax?.words.find((w) => w.start === at + 'West '.length);
  assert.equal(head?.upos, 'ADJ', 'the parse reads "German" as an adjective');
  const out = typeByCorpus(article(text, [['West German', 'MISC']]), votes, { syntax });
  assert.deepEqual(typesOf(out), ['MISC']);
  // without the parse, the corpus would have moved it
  assert.deepEqual(typesOf(typeByCorpus(article(text, [['West German', 'MISC']]), corpusWith('West German', 'ORG'))), ['ORG']);
});
