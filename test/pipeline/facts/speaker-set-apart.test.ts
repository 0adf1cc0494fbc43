// "Hale talked with the man …" sets the man and Hale side by side as two people: a later "the man
// wrote" is not Hale, however recently Hale spoke; it stays a description. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const OPENING = 'Doctors in Leeds treated a man who fell ill after buying new pillows. Dr Owen Hale said the case was rare.';
const CLOSING = '“Within days he began to improve,” Hale said.\n\n“It does not affect me at all now,” the man wrote in a note with the report.';

test('a description the article set apart from the last speaker is not that speaker', () => {
  const quotes = analyseText(`${OPENING} Hale talked with the man over the phone and found the cause.\n\n${CLOSING}`).quotes;
  const q = quotes.find((x) => x.text.startsWith('It does not affect'));
  assert.ok(q, 'the quotation is found');
  assert.notEqual(q.speaker, 'Owen Hale');
  assert.equal(q.speaker, 'man');
});

test('without such a sentence the description still goes to the salient person', () => {
  const quotes = analyseText(`${OPENING} Hale found the cause over the phone.\n\n${CLOSING}`).quotes;
  const q = quotes.find((x) => x.text.startsWith('It does not affect'));
  assert.equal(q?.speaker, 'Owen Hale');
});

test('two clauses with subjects of their own do not set a description apart from a name', () => {
  const quotes = analyseText('Lee calls the senator “Mr Trent,” while Trent calls the governor “Ann.” Ann Lee defended her choice on the radio. “I have known him for years and he is the best person for the job,” the governor said.').quotes;
  const q = quotes.find((x) => x.text.startsWith('I have known him'));
  assert.equal(q?.speaker, 'Ann Lee');
});

test('a name the description is called by, in quotation marks, does not set it apart', () => {
  const quotes = analyseText('Ann Lee backed Trent on Monday. Trent always refers to the governor as “Ann.” “I have known him for years and he is the best person for the job,” the governor said.').quotes;
  const q = quotes.find((x) => x.text.startsWith('I have known him'));
  assert.equal(q?.speaker, 'Ann Lee');
});
