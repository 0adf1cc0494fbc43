// Quotations in single marks ('…', ‘…’), as some outlets write them, read without taking an
// apostrophe or a scare quote for one. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteRegions } from '../../../src/pipeline/context/quote-marks.js';
import { quoteStarting } from '../../fixtures/analyse-text.js';

const inner = (text: string) => quoteRegions(text, [{ start: 0, end: text.length }]).map((r) => text.slice(r.open + 1, r.close));

test('a quotation in straight or curly single marks is a quotation', () => {
  assert.deepEqual(inner("'The water came up to the second step in ten minutes,' the farmer said."), ['The water came up to the second step in ten minutes,']);
  assert.deepEqual(inner('‘We had no warning from anyone at all,’ she said.'), ['We had no warning from anyone at all,']);
});

test('tokenised text: marks written apart from the words and from the comma before them', () => {
  assert.deepEqual(inner("'We waited on the roof until the boats came , ' he said ."), ['We waited on the roof until the boats came , ']);
  assert.deepEqual(inner('‘ Don ’ t leave the car , stay inside . ’'), [' Don ’ t leave the car , stay inside . ']);
});

test('apostrophes are no quotation marks', () => {
  assert.deepEqual(inner("It's a tune from the '90s that rock 'n' roll fans in Ngo'ng still hum."), []);
  assert.deepEqual(inner("The Martins' dog ran off and the Martins' neighbours found it near the mill."), []);
  // tokenised text writes clitics and possessives apart
  assert.deepEqual(inner("The mayor 's office said they 're sure the Martins ' dog was found , officials said ."), []);
});

test('one or two words in single marks are a scare quote, not a quotation', () => {
  assert.deepEqual(inner("The so-called 'reform' plan left the 'old guard' in charge of the port."), []);
});

test('a single-marked quotation inside a double-marked one stays part of it', () => {
  const text = '"Then he shouted, \'Get out of the building right now,\' and ran," she said.';
  assert.deepEqual(inner(text), ['Then he shouted, \'Get out of the building right now,\' and ran,']);
});

test('the whole pipeline gives a single-marked quotation its speaker', () => {
  const q = quoteStarting("The river rose overnight in Dunmore.\n\n'We lost everything in the shop downstairs,' said baker Iris Pellow.", 'We lost everything');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Iris Pellow');
});

test('a single-marked quotation is taken where its attribution names the speaker beside it', () => {
  const named = "Floods closed the coast road near Dunmore.\n\n'The water reached the second step of the chapel within ten minutes,' said Iris Pellow.";
  assert.equal(quoteStarting(named, 'The water reached')?.speaker, 'Iris Pellow');
});

test('a clause closed inside single marks, its attribution right after, is taken with a description or a sure "she"', () => {
  const described = "Floods closed the coast road near Dunmore.\n\n'The water reached the second step of the chapel within ten minutes,' the baker said.";
  assert.equal(quoteStarting(described, 'The water reached')?.speaker, 'baker');
  const pronoun = "Iris Pellow runs the bakery near the chapel in Dunmore.\n\n'The water reached the second step of the chapel within ten minutes,' she said.";
  assert.equal(quoteStarting(pronoun, 'The water reached')?.speaker, 'Iris Pellow');
});

test('a single-marked quotation whose "he" goes to no one of that gender, or with its attribution before it, is not taken', () => {
  // "Dunmore Quay" is no one "he" can surely go back to
  const unsure = "Dunmore Quay flooded overnight.\n\n'The water reached the second step of the chapel within ten minutes,' he said.";
  assert.equal(quoteStarting(unsure, 'The water reached'), undefined);
  const before = "Floods closed the coast road near Dunmore.\n\nThe baker said 'the water reached the second step of the chapel within ten minutes.'";
  assert.equal(quoteStarting(before, 'the water reached'), undefined);
  const short = "Floods closed the coast road near Dunmore.\n\n'Ten minutes,' the baker said.";
  assert.equal(quoteStarting(short, 'Ten minutes'), undefined);
});
