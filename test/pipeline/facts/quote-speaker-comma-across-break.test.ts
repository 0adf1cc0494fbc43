// A quotation that ends in a comma hands on to its attribution, even where the copy broke the
// sentence (and its paragraph) right after the closing mark, as tokenised text written one sentence
// a line does. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('the attribution after a break that follows a comma inside the quotation names the speaker', () => {
  const text =
    'Ferries between the two islands were cancelled on Tuesday after a storm damaged the pier .\n\n' +
    'Passengers " booked for the morning crossing will be moved to the evening boat at no cost , "\n\n' +
    'Marisol Fenwick said in a notice to travellers , adding that the pier would reopen within a week .';
  const q = quoteStarting(text, 'booked for the morning crossing');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Marisol Fenwick', JSON.stringify(q));
});

test('a quotation ending in a full stop before a break takes no speaker from the next sentence\'s report', () => {
  const text =
    'The pier was closed on Tuesday .\n\n' +
    '" Nobody will sail from here until the engineers have checked every post and every rail . "\n\n' +
    'Marisol Fenwick said the engineers would arrive on Thursday .';
  const q = quoteStarting(text, 'Nobody will sail from here');
  assert.notEqual(q?.speaker, 'Marisol Fenwick', JSON.stringify(q));
});
