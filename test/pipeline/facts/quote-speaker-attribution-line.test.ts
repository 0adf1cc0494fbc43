// A copy that breaks an attribution off into a paragraph of its own ("“….” ¶ Ann Lee said.") still
// names who spoke; in tokenised text, a hyphenated word a description writes apart is given written
// together. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function speakerOf(text: string, opening: string): string | null {
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.trimStart().startsWith(opening));
  assert.ok(q, 'the quotation is found');
  return q.speaker;
}

test('a paragraph of only "X said ." after a quotation attributes that quotation', () => {
  const text = [
    'The harbour museum closed its doors on Sunday after ninety years .',
    'Its curator , Ines Fallon , has run it since 1988 .',
    '" The collection outgrew the building long ago , and the roof could no longer keep out the winter storms . "',
    'Fallon said .',
    'The ships will be moved to a hangar near the airport .',
  ].join('\n\n');
  assert.match(speakerOf(text, 'The collection') ?? '', /Fallon$/);
});

test('a paragraph that goes on after "X said" is no broken-off attribution', () => {
  const text = [
    'The harbour museum closed its doors on Sunday after ninety years .',
    '" The collection outgrew the building long ago , and the roof could no longer keep out the winter storms . "',
    'Fallon said the ships will be moved to a hangar near the airport .',
  ].join('\n\n');
  assert.doesNotMatch(speakerOf(text, 'The collection') ?? '', /Fallon$/);
});

test('in tokenised text "a co - pilot" is given as "co-pilot"', () => {
  const text = [
    'The plane landed safely in Oslo , the airline said .',
    '" We lost the left engine over the sea , " a co - pilot told reporters .',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'We lost'), 'co-pilot');
});
