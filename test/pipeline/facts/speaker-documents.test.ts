// "“…,” the statement said": a document speaks for whoever the article said issued it ("a
// statement by X", "X issued a statement", "X said in a statement"), when a name is written there;
// otherwise it stays a description. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function speakerOf(text: string, start: string): string | null | undefined {
  return analyseText(text).quotes.find((q) => q.kind === 'direct' && q.text.startsWith(start))?.speaker;
}

test('"the statement said" after "a statement by X" is X', () => {
  const text = 'The northern harbour closed on Monday after a crane collapsed. A statement by the Estonian Maritime Administration called the closure temporary. "Ships will be guided to the southern quay until the cranes are repaired," the statement said.';
  assert.equal(speakerOf(text, 'Ships will be guided'), 'Estonian Maritime Administration');
});

test('"the statement said" after "X issued a statement" is X', () => {
  const text = 'Nordic Rail issued a statement after the crash. "Our thoughts are with the families of the injured," the statement said.';
  assert.equal(speakerOf(text, 'Our thoughts'), 'Nordic Rail');
});

test('a document whose issuer the article does not name stays a description, not a person named near it', () => {
  const text = 'The union released a letter on Friday. Greta Lind, a driver, signed it. "We want the night shifts back," the letter said.';
  assert.equal(speakerOf(text, 'We want the night'), 'letter');
});

test('"the statement said" after "a statement from the X government" is that government, which no name gives', () => {
  const text = 'Divers recovered the hull of the ferry on Sunday, according to a statement from the Chilean government. "The search for the two missing crew members will go on through the night," the statement said.';
  assert.equal(speakerOf(text, 'The search for the two'), 'Chilean government');
});

test('"it added" right after a document spoke is the document\'s issuer', () => {
  const text = 'A statement from Nordic Rail said the line would reopen on Friday. "We regret the delays this has caused to commuters and to freight customers," it added.';
  assert.equal(speakerOf(text, 'We regret the delays'), 'Nordic Rail');
});

test('"it added" with no document speaking before it is not a document\'s issuer', () => {
  const text = 'Nordic Rail said the line would reopen on Friday. Greta Lind, a driver, said she had waited for hours. "We regret the delays this has caused to commuters and to freight customers," it added.';
  assert.notEqual(speakerOf(text, 'We regret the delays'), 'Greta Lind');
});

test('"the letter read" after "the club\'s captain, X, wrote a letter" is X, the name beside the description', () => {
  const text = 'The rowing club\'s captain, Ingrid Dahl, wrote a short letter praising the crew as patient and brave. "Every one of them trained through the storms of March," the letter read.';
  assert.equal(speakerOf(text, 'Every one of them'), 'Ingrid Dahl');
});

test('a described issuer with no name beside it still names nobody', () => {
  const text = 'The rowing club\'s captain wrote a short letter praising the crew as patient and brave. "Every one of them trained through the storms of March," the letter read.';
  assert.equal(speakerOf(text, 'Every one of them'), 'letter');
});
