// A quotation whose paragraphs were set apart without reopening it ("“A. ¶ B,” she said.") is one
// quotation, and the attribution after its closing mark names its speaker. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('the attribution after a quotation closed a paragraph later names its speaker', () => {
  const text = 'The ferry service resumed on Monday after a week of storms.\n\n"The crossing was calm this morning.\n\nWe expect full timetables by Friday," harbour master Lena Ortiz said.';
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith('The crossing'));
  assert.ok(q, 'the quotation is found');
  assert.match(q.text, /by Friday,$/);
  assert.equal(q.speaker, 'Lena Ortiz');
});
