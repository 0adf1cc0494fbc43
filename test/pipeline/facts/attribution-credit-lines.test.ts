// Credit shapes the cue tagger rarely meets: a quotation's dash credit and a transcript's
// capitalised speaker turns. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { dashCredits } from '../../../src/pipeline/facts/quotes/dash-credit.js';
import { transcriptTurns } from '../../../src/pipeline/facts/quotes/transcript-labels.js';
import type { TokenRelation } from '../../../src/pipeline/facts/quotes/attribute.js';
import type { AttributionTokens } from '../../../src/pipeline/facts/quotes/tokens.js';
import { view } from './attribution-views.js';

function roles(v: AttributionTokens, rels: TokenRelation[]): string[][] {
  const w = (r: { from: number; to: number } | null) => (r ? v.text.slice(v.tokens[r.from].start, v.tokens[r.to - 1].end) : '');
  return rels.map((r) => [w(r.source), w(r.cue), ...r.content.map(w)]);
}

test('a quotation filling its line, then a dash and a name, is that name\'s', () => {
  const v = view('Readers wrote in.\n“The ferry is late every single morning.” ― Lena Ortiz\n“Fix the timetable first.”— Dr. Omar K. Bell.\n\n"Nobody asked the islanders."\n\n- Mei Tan, Harbour Road.');
  assert.deepEqual(roles(v, dashCredits(v)), [
    ['Lena Ortiz', '―', '“The ferry is late every single morning.”'],
    ['Dr. Omar K. Bell', '—', '“Fix the timetable first.”'],
    ['Mei Tan', '-', '"Nobody asked the islanders."'],
  ]);
});

test('a dash after a quotation inside a sentence, or before lower-case words, credits no one', () => {
  const v = view('Headline here.\nShe called the plan “a waste of money” — Ortiz disagreed.\n“It is a waste of money.” — and then the vote came.');
  assert.deepEqual(dashCredits(v), []);
});

test('paragraphs that open with a capitalised name and a colon are a transcript\'s turns', () => {
  const v = view('Ayala on the ferries.\n\nHOST: Will the ferries run on time?\n\nMAYOR AYALA: They will, from June.\n\nHOST: And the fares?\n\nThe interview was recorded on Friday.');
  assert.deepEqual(roles(v, transcriptTurns(v)), [
    ['HOST', ':', 'Will the ferries run on time?'],
    ['MAYOR AYALA', ':', 'They will, from June.'],
    ['HOST', ':', 'And the fares?'],
  ]);
});

test('one capitalised label alone is a note, and single letters are not names', () => {
  const note = view('Ferries late again.\n\nUPDATE: The timetable changed on Monday.\n\nMore text here.');
  assert.deepEqual(transcriptTurns(note), []);
  const qa = view('An interview.\n\nQ: Will the ferries run?\n\nA: They will.');
  assert.deepEqual(transcriptTurns(qa), []);
});
