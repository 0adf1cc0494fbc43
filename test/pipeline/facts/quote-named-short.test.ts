// A quotation of fewer than four words inside its sentence is kept when a named person says it with
// a verb of speaking ("Ella Marsh warned of “grave consequences”"); without a named speaker, after a
// naming word ("a product called “…”") or written all in capitals it stays a name or a term.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText, quoteStarting } from '../../fixtures/analyse-text.js';

test('a short quotation a named person says with a speech verb is kept, with its speaker', () => {
  const q = quoteStarting('Senator Tom Reed said the bill was “deeply flawed” and promised to vote against it.', 'deeply flawed');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Tom Reed');
});

test('a speech verb from WordNet (verb.communication) counts as the cue', () => {
  const q = quoteStarting('Ella Marsh warned of “grave consequences” if the old dam failed this winter.', 'grave consequences');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Ella Marsh');
});

test('a short quotation after a naming word is a name, not speech', () => {
  const quotes = analyseText('The company released a product called “Blue Sky” last year.').quotes.filter((q) => q.kind === 'direct');
  assert.deepEqual(quotes.map((q) => q.text), []);
});

test('a short quotation with no named speaker is still dropped', () => {
  const quotes = analyseText('The new rules were “deeply flawed” according to some, and the vote was put off.').quotes.filter((q) => q.kind === 'direct');
  assert.deepEqual(quotes.map((q) => q.text), []);
});

// A term, title or scare quote a named person mentions is no quotation of theirs: the parse hangs it
// from a noun (apposition, modifier, compound), as an interjection, or splits it between two heads.
const TERMS: Array<[string, string]> = [
  ['Dr Lena Okafor explained the phrase “moral hazard” to the committee.', 'moral hazard'],
  ['Mayor Tom Reyes mentioned the website “cityhelp” twice in his speech.', 'cityhelp'],
  ['Lena Okafor said the group\'s single “Bright lights” had sold well in France.', 'Bright lights'],
  ['Tom Reyes talked to the crowd about the film “Stand by me” on Friday.', 'Stand by me'],
  ['Lena Okafor praised the firm\'s “clean” record on safety.', 'clean'],
  ['Lena Okafor called the scheme “a fraud” on Tuesday.', 'a fraud'],
];
for (const [sentence, term] of TERMS) {
  test(`a term, title or scare quote is not the speaker's quotation: ${term}`, () => {
    const quotes = analyseText(sentence).quotes.filter((q) => q.kind === 'direct');
    assert.deepEqual(quotes.map((q) => q.text), []);
  });
}

test('a short quotation that is an argument of what is said is kept', () => {
  for (const [sentence, start] of [
    ['Dr Lena Okafor promised “a full review” of the ward.', 'a full review'],
    ['Tom Reyes said he felt “let down” by the council.', 'let down'],
    ['Lena Okafor described the talks as “a good first step” for both sides.', 'a good first step'],
  ]) {
    const q = quoteStarting(sentence, start);
    assert.ok(q, `kept: ${start}`);
    assert.match(q.speaker ?? '', /Okafor|Reyes/);
  }
});
