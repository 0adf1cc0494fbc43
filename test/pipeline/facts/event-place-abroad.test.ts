// An unplaced event is not set at home when the story is about another country too, and a detention
// takes the place of a court only when that court is told of beside it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('a story filed from home about a bombing abroad does not place the bombing at home', () => {
  const text = 'OTTAWA - Officials in Ottawa and Toronto said on Friday that Canada would send doctors. '
    + 'A truck bomb exploded near a checkpoint, killing nine soldiers, the Pakistani army said. '
    + 'A Canadian aid group in Montreal said its staff were safe.';
  const attack = analyseText(text).events.find((e) => e.type === 'attack');
  assert.ok(attack, 'the bombing is found');
  assert.notEqual(attack.place?.text, 'Canada', 'a Pakistani army report: the story is not set only in Canada');
});

test('a story whose places and country words all point to one country still sets an unplaced event there', () => {
  const text = 'Dairy farmers in Parma and Modena had complained for months about prices. '
    + 'On Tuesday the Italian farmers\' union signed an agreement with the three largest buyers. Traders in Bologna welcomed the news.';
  const agreement = analyseText(text).events.find((e) => e.type === 'agreement');
  assert.equal(agreement?.place?.place?.name, 'Italy', 'the country, cited at the words it was inferred from');
});

test('a detention does not take the seat of an unrelated court told of paragraphs later', () => {
  const text = 'A charity worker from Leeds has been detained since June, her family said.\n\n'
    + 'Her brother in Leeds and her colleagues in Bristol have written to ministers in London.\n\n'
    + 'The family spoke to reporters in Leeds.\n\n'
    + 'Separately, a court in Vienna fined a shipping firm on Tuesday.';
  const detention = analyseText(text).events.find((e) => e.type === 'detention');
  assert.ok(detention, 'the detention is found');
  assert.notEqual(detention.place?.text, 'Vienna');
});
