// A relative clause set off by commas between the speaker and the verb of speaking before a
// quotation ("Ann Lee, who …, told the court in a low voice, “…”"): the name it describes speaks.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('the name before a "who" clause speaks the quotation after its verb of speaking', () => {
  const text = 'The ferry company lost its licence in March.\n\nMarta Lindqvist, who ran the ticket office for eleven years before it closed, told the inspectors in a quiet voice, "Nobody ever asked us about the engines," as the hearing fell silent.';
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith('Nobody'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Marta Lindqvist');
});

test('a clause after a place is no speaker: the subject before the verb is', () => {
  const text = 'Rain fell on Bergen all week.\n\nIn Bergen, whose harbour flooded twice, the mayor told reporters, "We were lucky this time."';
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith('We were'));
  assert.ok(q, 'the quotation is found');
  assert.notEqual(q.speaker, 'Bergen');
});
