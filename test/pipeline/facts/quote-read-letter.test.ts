// A letter the article says someone signed or wrote speaks for them: "“…,” continued the letter",
// and "“…,” X read from a letter signed by Y" is Y's, X only reads it out. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const TEXT = 'Village protest\n\nElena Vargas spoke to the crowd on Friday. "We will not rest until the river is clean again, and neither will our children," Vargas read from a letter signed by Tomas Ibarra, the village elder. "No one will take this water from us again," continued the letter.';

function speakerOf(start: string): string | null | undefined {
  return analyseText(TEXT).quotes.find((q) => q.kind === 'direct' && q.text.startsWith(start))?.speaker;
}

test('a quotation read out from a signed letter is the signer\'s', () => {
  assert.equal(speakerOf('We will not rest'), 'Tomas Ibarra');
});

test('"continued the letter" speaks for the one who signed it', () => {
  assert.equal(speakerOf('No one will take'), 'Tomas Ibarra');
});

test('one who reads from a letter with no writer named still speaks', () => {
  const quotes = analyseText('Village protest\n\n"We will not rest until the river is clean again," Elena Vargas said, and then read from a letter to the crowd.').quotes;
  assert.equal(quotes.find((q) => q.kind === 'direct')?.speaker, 'Elena Vargas');
});
