// A he or she that is the main subject of the sentence before a quotation keeps its person at the
// centre: "“…,” he said" after "Later he phoned X and Y." is whom that "he" stood for, not the
// nearer names the sentence ends on. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const speakerOf = (text: string, words: string) => analyseText(text).quotes.find((q) => q.kind === 'direct' && q.text.includes(words))?.speaker;

test('"he said" after a sentence whose subject is "he" is that sentence\'s person, not its objects', () => {
  const text = [
    'The city council voted on the budget on Tuesday.',
    'Councillor Tom Reyes walked out before the vote.',
    'Later that evening he phoned Karl Brandt and Jonas Weil to explain.',
    '"I could not put my name to cuts like these," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'cuts like these'), 'Tom Reyes');
});

test('a subject "he" before does not take a "she said" from the woman named after it', () => {
  const text = [
    'The city council voted on the budget on Tuesday.',
    'Councillor Tom Reyes walked out before the vote.',
    'Later that evening he phoned Anna Korb, the mayor, to explain.',
    '"We will find the money somewhere else," she said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'money somewhere else'), 'Anna Korb');
});
