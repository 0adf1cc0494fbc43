// Tokenised text (ECB+ and other corpora that space every token) writes a possessive apart from its
// word, and the tokenizer reads "firm ' s" as a mark and a word: the speaker phrase after a quotation
// goes on past it, and a relative clause holding one still ends at the comma before the verb. An age
// set off after a name belongs to the speaker phrase. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function speakerOf(text: string, opening: string): string | null {
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.trimStart().startsWith(opening));
  assert.ok(q, 'the quotation is found');
  return q.speaker;
}

test('"said the firm \' s advanced threat researcher X" is X, not the firm', () => {
  const text = [
    'Hackers hit the bank on Monday . The firm said the patch was ready . The bank \'s staff worked all night .',
    '" This flaw is being used by criminals and spreading fast , " said the firm \'s advanced threat researcher Nadia Perrin .',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'This flaw'), 'Nadia Perrin');
});

test('a relative clause with a tokenised possessive, set off before "said", leaves the name before it the speaker', () => {
  const text = [
    'The paper ran its first story in 1974 . The inquiry lasted a decade , and the city \'s mayor resigned .',
    '" Nobody believed the story would hold for so long , " Hal Brenner , who ran the newsroom when he was the city paper \'s managing editor , said on Friday .',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'Nobody believed'), 'Hal Brenner');
});

test('an age set off after the name is part of the speaker phrase ("X , 90 , told")', () => {
  const text = [
    'Former judge Henrik Sollberg has died .',
    '" I \'m proud of every word I said , " Sollberg , 90 , told SVT in 2008 .',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'I \'m proud'), 'Henrik Sollberg');
});

test('"the singer \'s spokesman X told" in tokenised text is X, though the parse hangs the verb on the owner as a relative clause', () => {
  const text = 'The singer Mara Lune entered a clinic on Monday . " We ask for privacy at this time , " the singer \'s spokesman Tomas Erikson told reporters .';
  assert.equal(speakerOf(text, 'We ask'), 'Tomas Erikson');
});
