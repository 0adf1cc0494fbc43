// "Replied X, “…”": wire copy's inverted lead-in, a sentence that opens with a verb of speaking,
// then its speaker, then the quotation. The speaker is the one written there, not the one who spoke
// in the sentence before. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function speakerOf(text: string, start: string): string | null | undefined {
  return analyseText(text).quotes.find((q) => q.kind === 'direct' && q.text.startsWith(start))?.speaker;
}

const BUSES =
  '"Every district will have new buses by spring," Mayor Ilse Kant said on Monday. ' +
  'Replied opposition leader Tomas Berg, "We have heard these promises before and the roads are still broken."';

test('"Replied X, “…”" is X, not the one who spoke just before', () => {
  assert.equal(speakerOf(BUSES, 'We have heard'), 'Tomas Berg');
  assert.equal(speakerOf(BUSES, 'Every district'), 'Ilse Kant');
});

test('the lead-in may end in a colon and carry a title and an article', () => {
  const text = '"Every district will have new buses by spring," Mayor Ilse Kant said on Monday. Replied the council spokesman Aaro Virtanen: "The buses were ordered last week and the money is there."';
  assert.equal(speakerOf(text, 'The buses were ordered'), 'Aaro Virtanen');
});
