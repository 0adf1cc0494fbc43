// Tokenised text writes a title apart from its stop ("Mr . Ferrand"), and the sentence splitter
// ends a sentence there; the attribution after the quotation still names Ferrand. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('a quotation attributed to "Mr . X wrote" in tokenised text is X\'s', () => {
  const text = [
    'Paul Ferrand , a former city treasurer , died on Sunday in Lyon .',
    '" The council had every chance to act and chose to wait for the banks , " Mr . Ferrand wrote in his 2001 memoir .',
  ].join('\n\n');
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes('The council'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Paul Ferrand');
});

test('"Mr . X quoted Mr . Y as saying" in tokenised text gives Y the quotation', () => {
  const text = [
    'Anton Brehm , a retired harbour pilot , and Lena Voss , his former deputy , testified on Monday .',
    '" The tide tables were wrong for a decade , " Mr . Brehm quoted Ms . Voss as saying after the inquiry .',
  ].join('\n\n');
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes('tide tables'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Lena Voss');
});

test('"said Dist . Atty . X" in tokenised text: two abbreviated offices stay outside the name, and neither stop ends the sentence', () => {
  for (const text of [
    'The jury returned its verdict on Friday . " This was the right verdict for the family , " said Dist . Atty . Ines Okoro . The defence said it would appeal .',
    'The jury returned its verdict on Friday. "This was the right verdict for the family," said Dist. Atty. Ines Okoro. The defence said it would appeal.',
  ]) {
    const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes('right verdict'));
    assert.ok(q, 'the quotation is found');
    assert.equal(q.speaker, 'Ines Okoro');
  }
});
