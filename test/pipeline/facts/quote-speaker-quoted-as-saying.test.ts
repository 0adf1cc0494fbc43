// "…,” the paper quoted X as saying": the paper relays the words, X spoke them, whatever source the
// attribution model reads (the subject of "quoted"). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('a quotation a newspaper quoted someone as saying is that person\'s', () => {
  const text = 'The ferry service stopped in June.\n\n"It was over in a single week," the Harbour Post quoted Tomas Berg as saying.\n\n' +
    '"Nobody told us anything at all," the Courier quoted resident Ivo Petrak as saying.';
  assert.equal(quoteStarting(text, 'It was over')?.speaker, 'Tomas Berg');
  assert.equal(quoteStarting(text, 'Nobody told us')?.speaker, 'Ivo Petrak');
});

test('a quotation a newspaper reported in its own words stays the newspaper\'s', () => {
  const q = quoteStarting('The bridge closed for repairs in March.\n\n"The repairs will run well into the summer months," the Valley Courier reported.', 'The repairs will');
  assert.ok(q, 'the quotation is found');
  assert.match(q.speaker ?? '', /Valley Courier/);
});
