// A naming verb with its object, then a quotation in small letters that says what the object is
// ("the paper called him “…”"), is its subject's statement, not a name or title. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function directOf(text: string): Array<{ text: string; speaker: string | null }> {
  return analyseText(text).quotes.filter((q) => q.kind === 'direct').map((q) => ({ text: q.text, speaker: q.speaker ?? null }));
}

test('a judgement called of a named object is the caller\'s quotation', () => {
  const quotes = directOf('Harbour deal signed\n\nIn an editorial on Sunday, the Daily Ledger called the mayor "a man who has never once kept a promise to this city." The mayor did not reply.');
  const q = quotes.find((x) => x.text.startsWith('a man who has never'));
  assert.ok(q, 'the quotation is kept');
  assert.equal(q.speaker, 'Daily Ledger');
});

test('a broken parse of the sentence still keeps the judgement', () => {
  const quotes = directOf('Council vote\n\nSenator Ruth Alvarez, who had opposed the plan for years, called the vote "the worst decision this council has made in a generation."');
  const q = quotes.find((x) => x.text.startsWith('the worst decision'));
  assert.ok(q, 'the quotation is kept');
  assert.equal(q.speaker, 'Ruth Alvarez');
});

test('a name or title after a naming word stays a name', () => {
  for (const sentence of [
    'The band released an album called "the long road to nowhere and back" in May.',
    'The ministry named the operation "Clean Hands for a New Century" last week.',
  ]) assert.deepEqual(directOf(sentence), [], sentence);
});
