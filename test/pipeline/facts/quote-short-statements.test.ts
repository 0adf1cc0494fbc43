// A short quotation that opens its sentence and hands on to its speaker is a statement ("“That is
// right,” Ann said"), and a question's speaker may follow its question mark ("“…?” Ann asked").
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Quote } from '../../../src/types.js';


function directOf(text: string): Quote[] {
  return analyseText(text).quotes.filter((q) => q.kind === 'direct');
}

const hearing = `Council vote delayed

Anna Berg, the mayor of Springfield, met the council on Monday to discuss the budget for the bus network.

“Can we still pay the drivers this winter?” Berg quietly asked the members.

“That is right,” Berg said.`;

test('a quotation of three words answered by its speaker is a quote', () => {
  const q = directOf(hearing).find((x) => x.text.startsWith('That is right'));
  assert.ok(q, 'the short answer is a quote');
  assert.equal(q.speaker, 'Anna Berg');
});

test('a question is the speaker\'s named after its question mark', () => {
  const q = directOf(hearing).find((x) => x.text.startsWith('Can we still pay'));
  assert.ok(q, 'the question is found');
  assert.equal(q.speaker, 'Anna Berg');
});

test('a short name inside a sentence stays a name', () => {
  const quotes = directOf('Storm season\n\nThe old prison, dubbed the “Grey House,” said nothing to visitors about its past, the guide Tom Reyes said.');
  assert.equal(quotes.find((x) => x.text.startsWith('Grey House')), undefined);
});

test('a title before a verb that only attributes after a quotation is no quote', () => {
  const quotes = directOf('Court ruling\n\nIn an interview with the station’s “Morning with Ann Cole,” on Friday, Senator Dana Moss continued her attacks on the judge.');
  assert.equal(quotes.find((x) => x.text.startsWith('Morning with')), undefined);
});

test('a question after a question is no attribution', () => {
  const quotes = directOf('Five questions for voters\n\nThe group asked voters to judge every candidate.\n\n"Is the candidate honest?"\n\n"Has the candidate ever continued to fight?"\n\n"Will the candidate keep promises?"');
  for (const q of quotes) assert.ok(!/candidate/i.test(q.speaker ?? ''), `${q.text} → ${q.speaker}`);
});

test('a short answer given only to a pronoun is kept with no speaker: its antecedent is a guess', () => {
  const quotes = directOf('Council vote delayed\n\nThe council met on Monday. Anna Berg, the mayor, spoke first, and a driver from the night shift spoke after her.\n\n“Not yet,” he said.');
  const q = quotes.find((x) => x.text.startsWith('Not yet'));
  assert.ok(q, 'the quotation is kept');
  assert.equal(q.speaker, null);
});

test('a short answer opened with the wire\'s `` mark is a quote, as with any other opening mark', () => {
  const text = `Vigil held for the teacher

About 300 people came to the vigil for the teacher on Sunday evening.

\`\`Security is tight,'' said Dana Whitfield, one of the organisers. \`\`But we are not worried about tonight.''`;
  const q = directOf(text).find((x) => x.text.startsWith('Security is tight'));
  assert.ok(q, 'the three-word answer is a quote');
  assert.equal(q.speaker, 'Dana Whitfield');
});

test('a short answer whose "he" is the subject of the sentence before, with no one named there, is that man\'s', () => {
  const text = 'Former mayor admits fraud\n\nVictor Amsel, 71, admitted the fraud on Monday after years of denials.\n\nHe hugged his wife and waved to the gallery. "I am sorry," he told the court.';
  const q = directOf(text).find((x) => x.text.startsWith('I am sorry'));
  assert.ok(q, 'the quotation is kept');
  assert.equal(q.speaker, 'Victor Amsel');
});

test('a sentence before whose "he" shares it with a named man leaves a short answer unattributed', () => {
  const text = 'Former mayor admits fraud\n\nVictor Amsel, 71, admitted the fraud on Monday after years of denials.\n\nHe hugged his lawyer, Karl Dorn, and waved to the gallery. "I am sorry," he told the court.';
  const q = directOf(text).find((x) => x.text.startsWith('I am sorry'));
  assert.ok(q, 'the quotation is kept');
  assert.equal(q.speaker, null);
});
