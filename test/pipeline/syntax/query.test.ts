import test from 'node:test';
import assert from 'node:assert/strict';
import {
  agents, appositions, attachment, caseMarker, children, countedNoun, dependents, doers, headOfSpan, isPassive,
  objects, passiveSubjects, relativeClauses, sentenceOfWord, subjects, subtreeSpan, undergoers, wordAt, wordsInSpan,
  clauseOf, isPredicate, nounPhraseSpan, wordOfToken, firstWordStartingFrom, relationMatches,
} from '../../../src/pipeline/syntax/query.js';
import { syntaxFromConllu, tinyTreebank } from './helpers.js';

const { syntax, text } = syntaxFromConllu(tinyTreebank());
/** Index of the k-th occurrence (0-based) of a word form in the fixture. */
function w(form: string, k = 0): number {
  const found = syntax.words.map((x, i) => (x.text === form ? i : -1)).filter((i) => i >= 0);
  assert.ok(found.length > k, `no "${form}" #${k}`);
  return found[k];
}
const forms = (ids: number[]) => ids.map((i) => syntax.words[i].text);
const spanOf = (phrase: string) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
};

test('children and dependents by relation', () => {
  assert.deepEqual(forms(children(syntax, w('approved'))), ['committee', 'budget', 'Tuesday', '.']);
  assert.deepEqual(forms(dependents(syntax, w('repaired'), 'nsubj:pass', 'obl:agent')), ['bridge', 'engineers']);
  assert.deepEqual(forms(dependents(syntax, w('repaired'), 'nsubj')), [], '"nsubj" does not match its subtype');
  assert.deepEqual(forms(dependents(syntax, w('repaired'), 'nsubj:*')), ['bridge'], '"nsubj:*" does');
});

test('passive with agent: who did it and to whom', () => {
  const v = w('repaired');
  assert.ok(isPassive(syntax, v));
  assert.deepEqual(forms(passiveSubjects(syntax, v)), ['bridge']);
  assert.deepEqual(forms(agents(syntax, v)), ['engineers']);
  assert.deepEqual(forms(doers(syntax, v)), ['engineers']);
  assert.deepEqual(forms(undergoers(syntax, v)), ['bridge']);
  assert.ok(!isPassive(syntax, w('approved')));
  assert.deepEqual(forms(doers(syntax, w('approved'))), ['committee']);
  assert.deepEqual(forms(undergoers(syntax, w('approved'))), ['budget']);
});

test('coordination: conjoined subjects, and a second verb shares the first one\'s subject', () => {
  assert.deepEqual(forms(subjects(syntax, w('cooked'))), ['Anna', 'Tom']);
  assert.deepEqual(forms(subjects(syntax, w('washed'))), ['Anna', 'Tom']);
  assert.deepEqual(forms(objects(syntax, w('washed'))), ['dishes']);
  assert.deepEqual(forms(objects(syntax, w('cooked'))), ['dinner']);
});

test('xcomp: the controlling verb\'s subject', () => {
  assert.deepEqual(forms(subjects(syntax, w('close'))), ['Officials']);
  assert.deepEqual(forms(objects(syntax, w('close'))), ['road']);
});

test('relative clause and the main verb\'s subject', () => {
  assert.deepEqual(forms(relativeClauses(syntax, w('Farmers'))), ['grow']);
  assert.deepEqual(forms(subjects(syntax, w('sell'))), ['Farmers']);
  assert.deepEqual(forms(subjects(syntax, w('grow'))), ['Farmers'], 'the relative pronoun stands for the noun');
});

test('the noun a number counts: nummod, and "N of the X"', () => {
  assert.equal(countedNoun(syntax, w('40')), w('workers'));
  assert.equal(countedNoun(syntax, w('Three')), w('workers'));
  assert.equal(countedNoun(syntax, w('approved')), null);
});

test('what a phrase attaches to, with its case marker', () => {
  assert.deepEqual(attachment(syntax, spanOf('on Tuesday')), { head: w('approved'), relation: 'obl', caseMarker: 'on' });
  assert.deepEqual(attachment(syntax, spanOf('the report')), { head: w('rose'), relation: 'obl', caseMarker: 'according to' });
  assert.equal(caseMarker(syntax, w('report')), 'according to');
  assert.equal(attachment(syntax, spanOf('the committee')), null, 'a subject modifies nothing');
});

test('appositions both ways, and subtree spans', () => {
  assert.deepEqual(forms(appositions(syntax, w('Maria'))), ['mayor']);
  assert.deepEqual(forms(appositions(syntax, w('mayor'))), ['Maria']);
  const s = subtreeSpan(syntax, w('mayor'), { trimPunct: true });
  assert.equal(text.slice(s.start, s.end), 'the mayor');
  const full = subtreeSpan(syntax, w('mayor'));
  assert.equal(text.slice(full.start, full.end), ', the mayor ,');
  const subj = subtreeSpan(syntax, w('Farmers'));
  assert.equal(text.slice(subj.start, subj.end), 'Farmers who grow rice');
});

test('words in a span, the word at an offset, the head of a span, the sentence of a word', () => {
  const span = spanOf('the new budget');
  assert.deepEqual(forms(wordsInSpan(syntax, span)), ['the', 'new', 'budget']);
  assert.equal(headOfSpan(syntax, span), w('budget'));
  assert.equal(headOfSpan(syntax, spanOf('Maria Lopez')), w('Maria'));
  assert.equal(wordAt(syntax, span.start + 5), w('new'));
  assert.equal(wordAt(syntax, span.start + 3), null, 'a space between words');
  assert.deepEqual(wordsInSpan(syntax, { start: span.start + 1, end: span.start + 2 }), [w('the')]);
  assert.equal(sentenceOfWord(syntax, w('bridge')), 1);
  assert.equal(sentenceOfWord(syntax, w('road')), 7);
});

test('the first word starting at or after an offset, as a scan of the words finds it', () => {
  const span = spanOf('the new budget');
  assert.equal(firstWordStartingFrom(syntax, span.start), w('the'));
  // inside "the", and in the space after it: the next word
  assert.equal(firstWordStartingFrom(syntax, span.start + 1), w('new'));
  assert.equal(firstWordStartingFrom(syntax, span.start + 3), w('new'));
  assert.equal(firstWordStartingFrom(syntax, 0), 0);
  assert.equal(firstWordStartingFrom(syntax, text.length + 5), syntax.words.length, 'none: the word count');
  for (let offset = 0; offset <= text.length; offset++) {
    const scanned = syntax.words.findIndex((x) => x.start >= offset);
    assert.equal(firstWordStartingFrom(syntax, offset), scanned < 0 ? syntax.words.length : scanned, `offset ${offset}`);
  }
});

test('token → word, clause heads and predicates', () => {
  assert.equal(wordOfToken(syntax, syntax.words[w('rice')].token), w('rice'));
  assert.equal(wordOfToken(syntax, 10_000), -1);
  assert.equal(clauseOf(syntax, w('rice')), w('grow'), 'inside the relative clause');
  assert.equal(clauseOf(syntax, w('Tuesday')), w('approved'));
  assert.equal(clauseOf(syntax, w('dishes')), w('washed'), 'a coordinated verb heads its own clause');
  assert.equal(clauseOf(syntax, w('road')), w('close'), 'xcomp');
  assert.ok(isPredicate(syntax, w('approved')));
  assert.ok(!isPredicate(syntax, w('budget')));
});

test('the core of a noun phrase leaves out clauses, appositions and conjuncts', () => {
  const text0 = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  assert.equal(text0(nounPhraseSpan(syntax, w('Farmers'))), 'Farmers');
  assert.equal(text0(nounPhraseSpan(syntax, w('Maria'))), 'Maria Lopez');
  assert.equal(text0(nounPhraseSpan(syntax, w('Anna'))), 'Anna');
  assert.equal(text0(nounPhraseSpan(syntax, w('Anna'), { coordinate: true })), 'Anna and Tom');
  assert.equal(text0(nounPhraseSpan(syntax, w('Three'))), 'Three of the 40 workers');
});

test('relationMatches: a plain pattern is its relation; "base:*" is the base and its subtypes, nothing longer or shorter', () => {
  assert.equal(relationMatches('obj', 'obj'), true);
  assert.equal(relationMatches('obj', 'iobj'), false);
  assert.equal(relationMatches('nsubj:pass', 'nsubj'), false);
  for (const deprel of ['nsubj', 'nsubj:pass', 'nsubj:outer']) assert.equal(relationMatches(deprel, 'nsubj:*'), true, deprel);
  for (const deprel of ['nsubjx', 'nsub', 'csubj', 'nsubj_pass', '', 'n']) assert.equal(relationMatches(deprel, 'nsubj:*'), false, deprel);
  assert.equal(relationMatches('', ':*'), true);
  assert.equal(relationMatches(':x', ':*'), true);
  assert.equal(relationMatches('x', ':*'), false);
});
