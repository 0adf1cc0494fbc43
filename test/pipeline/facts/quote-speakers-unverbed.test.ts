// Speakers named with no verb of speaking before the quotation: a name and a colon ("Novak: “…”"),
// a participle of speaking hanging from the speaker's clause ("X spoke …, warning against … and
// predicting that “…”"), and a whole-sentence quotation right after a sentence whose subject is a
// person ("X watched the crane fall. “…”"). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('a name and a colon before the quotation name its speaker', () => {
  const q = quoteStarting('The mayor of Tarnow, Ewa Novak, spoke after the vote.\n\nNovak: "We will open the new school in September, whatever the council decides."', 'We will open');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Ewa Novak');
});

test('a colon after a phrase that names no one gives no speaker', () => {
  const q = quoteStarting('The trial ended on Friday. The verdict: "guilty on all counts of the indictment, as the prosecutors had asked."', 'guilty on all');
  assert.ok(!q || q.speaker === null, `found ${q?.speaker}`);
});

test('a participle of speaking after a comma takes its clause\'s subject as the speaker', () => {
  const q = quoteStarting('Foreign Minister Lars Dahl spoke in Oslo on Monday, warning against new tariffs and predicting that "a trade war would leave every country poorer than it is today."', 'a trade war');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Lars Dahl');
});

test('a whole-sentence quotation after a sentence about a person is that person\'s', () => {
  const q = quoteStarting('Karl Weber, a retired engineer from Linz, watched the crane fall from his balcony. "The whole arm just folded in two and dropped onto the road below us."', 'The whole arm');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Karl Weber');
});

test('a whole-sentence quotation after a sentence about an object is nobody\'s by that rule', () => {
  const q = quoteStarting('The old crane fell onto the road on Sunday. "The whole arm just folded in two and dropped onto the road below us."', 'The whole arm');
  assert.ok(!q || q.speaker === null, `found ${q?.speaker}`);
});

test('a one-word answer with "he said" after a sentence about one person alone is that person\'s', () => {
  const q = quoteStarting('The board met in Bern on Monday.\n\nLooking back, Mr. Tomas Ecker admitted the bank had grown too fast. "Certainly," he said.', 'Certainly');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Tomas Ecker');
});

test('a one-word answer with "he said" after a sentence naming two people is kept with no speaker', () => {
  const q = quoteStarting('The board met in Bern on Monday.\n\nTomas Ecker asked Paul Brandt whether the bank had grown too fast. "Certainly," he said.', 'Certainly');
  assert.ok(q, 'the quotation is kept');
  assert.equal(q.speaker, null);
});

test('a title the parse makes the subject, with the name as its apposition, still names the person', () => {
  const q = quoteStarting('Officer Dana Price found the boy in the basement. "He was cold and hungry, but he was alive and he could talk to us."', 'He was cold');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Dana Price');
});

test('a colon after a clause is not a name and a colon ("… contrasted X with Y: “…”")', () => {
  const q = quoteStarting('Mayor Ruth Perlow spoke for an hour, and contrasted the old plan with Governor Hale: "What I have seen of the new plan is that it is steady and fair."', 'What I have seen');
  assert.doesNotMatch(q?.speaker ?? '', /Hale/);
});



test('a whole-sentence quotation on the line after someone speaking of another person is the speaker\'s', () => {
  // tokenised, a sentence a line
  const lines = [
    'Courts and prisons',
    "Governor Ruth Perlow lauded Dr . Tiller 's experience in the May 8 announcement .",
    '" Dr . Tiller is one of the finest doctors in the state , and his work has changed the very ways we treat our prisoners . "',
    "Dr . Tiller 's clinic handled several important cases .",
  ];
  const q = quoteStarting(lines.join('\n'), 'Dr . Tiller is');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Ruth Perlow');
});

test('a whole-sentence quotation on the line after someone meeting another person is still nobody\'s by that rule', () => {
  const lines = [
    'Courts and prisons',
    "Governor Ruth Perlow met Dr . Tiller 's staff after the May 8 announcement .",
    '" Dr . Tiller is one of the finest doctors in the state , and his work has changed the very ways we treat our prisoners . "',
    "Dr . Tiller 's clinic handled several important cases .",
  ];
  const q = quoteStarting(lines.join('\n'), 'Dr . Tiller is');
  assert.ok(!q || q.speaker === null, `found ${q?.speaker}`);
});
