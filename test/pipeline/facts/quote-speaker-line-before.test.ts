// Tokenised text written a sentence a line (ECB+): the line before a quotation is the sentence
// before it, so the rules that look one sentence back within a paragraph look at that line: a
// report there ("He said …") or a lone person as its subject speaks the quotation. Prose
// paragraphs still bound them. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const lines = [
  'Gas leak shuts Harbour Road',
  'A gas main burst under Harbour Road on Tuesday evening , and firefighters closed the road for six hours .',
  'Most of the shops on the street were empty by then .',
  'Wilma Achterberg runs a bakery next to the leak .',
  '" I told every customer to leave the shop at once and locked the door behind them . "',
  'Pieter Lundgren , a taxi driver , said he had parked nearby when the alarms started .',
  'He said the crews arrived within ten minutes .',
  'Shortly afterwards , " I saw them carry an old man out of the flats on a stretcher . "',
  'The road reopened on Wednesday morning .',
];

function speakerOf(text: string, opening: string): string | null | undefined {
  return analyseText(text).quotes.find((q) => q.kind === 'direct' && q.text.trimStart().startsWith(opening))?.speaker;
}

test('a quotation on the line after a lone person\'s sentence is that person\'s', () => {
  assert.equal(speakerOf(lines.join('\n\n'), 'I told every customer'), 'Wilma Achterberg');
});

test('a quotation on the line after a report is the reporter\'s', () => {
  assert.equal(speakerOf(lines.join('\n\n'), 'I saw them carry'), 'Pieter Lundgren');
});

test('in prose, a paragraph break still ends the sentence before\'s claim on a quotation', () => {
  const prose =
    'Gas leak shuts Harbour Road\n\nA gas main burst under Harbour Road on Tuesday evening, and firefighters closed the road for six hours.\n\n' +
    'Most of the shops on the street were empty by then.\n\nWilma Achterberg runs a bakery next to the leak.\n\n' +
    '"I told every customer to leave the shop at once and locked the door behind them."\n\nThe road reopened on Wednesday morning.';
  assert.equal(speakerOf(prose, 'I told every customer'), null);
});
