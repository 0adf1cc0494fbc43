// Quote speakers in shapes other outlets write: a description with the person's name in apposition
// after it ("The head of the inquiry, Ann Lee, said"), a participle or relative clause between the
// speaker and the verb ("a firefighter, speaking on condition of anonymity, said"), a short whole
// sentence quoted right after an attributed one ("…,” he said. “We are ready.”"), and one who asks
// handing the turn to whom they ask. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

const FLOODS =
  '"We will rebuild every bridge before the winter," Governor Maria Lund told reporters on Monday.\n\n' +
  'The head of the water board inquiry in Leeds, Martin Oakes, said the board has questioned more than 40 engineers.\n\n' +
  '"Right now the evidence is thin, and I will not guess at the cause," he said.';

test('a description with the name in apposition after its comma is that person', () => {
  const reported = quoteStarting(FLOODS, 'the board has questioned', 'indirect');
  assert.ok(reported, 'the report is found');
  assert.equal(reported.speaker, 'Martin Oakes');
});

test('"he said" after such a speaker is that speaker, not the one who spoke before', () => {
  const q = quoteStarting(FLOODS, 'Right now the evidence');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Martin Oakes');
});

test('a participle set off by commas between the speaker and "said" is no part of the speaker', () => {
  const q = quoteStarting('The fire started in the roof of the depot. "It spread along the whole row of sheds in minutes," a firefighter, speaking on condition of anonymity, said of the blaze.', 'It spread');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'firefighter');
});

test('a relative clause set off by commas between the speaker and "said" is no part of the speaker', () => {
  const q = quoteStarting('Shops on the quay stayed shut. "We lost the stock of a whole year," a shopkeeper, who asked not to be named, said on Tuesday.', 'We lost');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'shopkeeper');
});

test('a short whole sentence quoted right after an attributed quotation goes on with its speaker', () => {
  const text = 'Harbour master Olga Brandt spoke at the quay. "The harbour will reopen to ferries in May," she said. "We are ready."';
  const q = quoteStarting(text, 'We are ready');
  assert.ok(q, 'the short quotation is found');
  assert.equal(q.speaker, 'Olga Brandt');
});

test('a short quotation after a question is not given to the one who asked', () => {
  const text = 'Harbour master Olga Brandt met the ferry crews. "Will the ferries run in May?" she asked. "Not before June."';
  const q = quoteStarting(text, 'Not before June');
  assert.ok(!q || q.speaker !== 'Olga Brandt', `found ${q?.speaker}`);
});

test('one who asks someone a question hands the turn to whom they ask', () => {
  const text =
    'Admiral Tom Kell commands the northern fleet.\n\n' +
    'The chairman of the defence board, General Paul Dorn, asked Admiral Kell that question last week. Asked again on Friday, the admiral laughed.\n\n' +
    '"I look at the worst case, and that is my job," he said.';
  const q = quoteStarting(text, 'I look at the worst case');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Tom Kell');
});

test('abbreviated titles before a name with an apposition leave the person as the speaker', () => {
  const q = quoteStarting('"The talks are over, and the troops will stay where they are," said Lt. Gen. Mark Hale, commander of the allied forces in the region.', 'The talks are over');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Mark Hale');
});

test('a title holding a body\'s name before the person ("Senate Majority Leader X, R-Miss.") leaves the person', () => {
  const q = quoteStarting('"The Senate will act on this bill before the summer recess," Senate Majority Leader Trent Lott, R-Miss., told reporters.', 'The Senate will act');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Trent Lott');
});
