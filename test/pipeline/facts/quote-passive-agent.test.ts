// A passive cue names its speaker in its "by" phrase ("the man described by X as “…”"): the parse's
// agent speaks, not the noun the participle describes. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function speakerOf(text: string, start: string): string | null | undefined {
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith(start));
  assert.ok(q, `the quotation "${start}…" is found`);
  return q.speaker;
}

test('"the man described by the Daily Courier as “…”" is the Daily Courier speaking', () => {
  const text =
    'The trial of the harbour boss ended on Friday.\n\n' +
    'For the man described by the Daily Courier as "the last great smuggler of the northern coast," the verdict was the end of a long career.';
  assert.equal(speakerOf(text, 'the last great smuggler'), 'Daily Courier');
});

test('an active cue keeps its subject as the speaker', () => {
  const text =
    'The trial of the harbour boss ended on Friday.\n\n' +
    'Mayor Olga Varga described the man as "the last great smuggler of the northern coast," and left the court.';
  assert.equal(speakerOf(text, 'the last great smuggler'), 'Olga Varga');
});

test('"X was quoted by the paper as saying “…”" stays X\'s words, not the paper\'s', () => {
  const text =
    'The trial of the harbour boss ended on Friday.\n\n' +
    'Mayor Olga Varga was quoted by the Daily Courier as saying "the verdict closes a dark chapter for the northern coast."';
  assert.notEqual(speakerOf(text, 'the verdict closes'), 'Daily Courier');
});
