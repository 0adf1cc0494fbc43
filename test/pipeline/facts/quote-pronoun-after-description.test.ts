// "“…,” said a bank spokesman. “…,” he said": a he / she right after a speaker the article
// introduces without a name ("a spokesman") is that speaker, unless a person is named in its
// sentence or since; a definite description ("the retired surgeon") is someone already met.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

const BEFORE = '"The new timetable will start in March," said Peter Hollis, the director of the Northern Rail Group. ';

test('"he said" after "said a spokesman" is the spokesman, not the person who spoke before', () => {
  const q = quoteStarting(`${BEFORE}"We have not changed our plans at all," said a Calder Bank spokesman. Asked about the branch closures, "we will keep every office open this year," he said.`, 'we will keep');
  assert.ok(q, 'the quotation is found');
  assert.notEqual(q.speaker, 'Peter Hollis');
  assert.match(q.speaker ?? '', /spokesman/);
});

test('"she said" after "a spokeswoman said … the spokeswoman said" is the spokeswoman', () => {
  const q = quoteStarting(`${BEFORE}A Calder Bank spokeswoman said the firm told its customers on Monday. The firm has no plans to sell the depot, the spokeswoman said. "We see this as a small problem for us," she said.`, 'We see this');
  assert.ok(q, 'the quotation is found');
  assert.match(q.speaker ?? '', /spokeswoman/);
});

test('a person named between the description and the pronoun keeps the usual antecedent', () => {
  const q = quoteStarting(`"We have not changed our plans at all," said a Calder Bank spokesman. Peter Hollis, the director of the Northern Rail Group, disagreed. "The new timetable will start in March," he said.`, 'The new timetable');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Peter Hollis');
});

test('a person named in the description\'s own sentence keeps the pronoun', () => {
  const q = quoteStarting('Later, Anna Berg, the club\'s treasurer, was asked by a caller why the fees had risen. "Because the costs have gone up for everyone," she said.', 'Because the costs');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Anna Berg');
});

test('someone described as a sentence subject since the description keeps the pronoun from it', () => {
  const q = quoteStarting('"It looks like a reckless bid to win the business," said one rival trader.\n\nHowever, the bank officer defended the pricing of the deal.\n\n"Because the company has not borrowed since 2001, the notes are rare," he said.', 'Because the company');
  assert.ok(q, 'the quotation is found');
  assert.doesNotMatch(q.speaker ?? '', /trader/);
});
