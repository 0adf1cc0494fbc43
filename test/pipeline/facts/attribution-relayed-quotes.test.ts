// A relayed speech that holds a quotation keeps its own relation inside the relaying one, so the
// quotation is its source's words, not the relayer's. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { isRelayedQuotation, withoutNestedCues } from '../../../src/pipeline/facts/quotes/nested-cues.js';
import { at, flatParse, view as plainView, type TokenRange } from './attribution-views.js';
import { analyseText } from '../../fixtures/analyse-text.js';

type Range = TokenRange;

/** A view with a flat stand-in parse: the relay rule reads only the quotation marks and the order. */
const view = (text: string) => flatParse(plainView(text));

test('a quotation the outer source relays after it keeps its own speaker', () => {
  const v = view('The union said the deal was “a betrayal of every worker here”, the radio station reported.');
  const inner = { cue: at(v, 'said'), source: at(v, 'The union'), content: [at(v, 'the deal was “a betrayal of every worker here”')] };
  const outer = { cue: at(v, 'reported'), source: at(v, 'the radio station'), content: [at(v, 'The union said the deal was “a betrayal of every worker here”')] };
  assert.ok(isRelayedQuotation(v, inner, outer));
  assert.deepEqual(withoutNestedCues(v, [inner, outer]), [inner, outer]);
});

test('a relayed speech with no quotation, or with no source of its own, is PolNeAR\'s outer relation alone', () => {
  const v = view('The union said the deal was a betrayal of every worker here, the radio station reported.');
  const inner = { cue: at(v, 'said'), source: at(v, 'The union'), content: [at(v, 'the deal was a betrayal of every worker here')] };
  const outer = { cue: at(v, 'reported'), source: at(v, 'the radio station'), content: [at(v, 'The union said the deal was a betrayal of every worker here')] };
  assert.deepEqual(withoutNestedCues(v, [inner, outer]), [outer]);

  const w = view('Cries of “shame on you” rose from the gallery, the radio station reported.');
  const cries = { cue: at(w, 'Cries of'), source: null, content: [at(w, '“shame on you”')] };
  const relay = { cue: at(w, 'reported'), source: at(w, 'the radio station'), content: [at(w, 'Cries of “shame on you” rose from the gallery')] };
  assert.deepEqual(withoutNestedCues(w, [cries, relay]), [relay]);
});

test('a speech reported after its reporter ("X reported that Y called …") stays nested in it', () => {
  const v = view('The radio station reported that the union called the deal “a betrayal of every worker here”.');
  const outer = { cue: at(v, 'reported'), source: at(v, 'The radio station'), content: [at(v, 'that the union called the deal “a betrayal of every worker here”')] };
  const inner = { cue: at(v, 'called'), source: at(v, 'the union'), content: [at(v, 'the deal “a betrayal of every worker here”')] };
  assert.deepEqual(withoutNestedCues(v, [outer, inner]), [outer]);
});

test('the whole pipeline gives a relayed quotation to the one the relayer names', () => {
  const quotes = analyseText('The strike entered its third week. Mayor Ines Okoro pledged to “keep every clinic open through the winter”, the Harbour Gazette reported.').quotes;
  const q = quotes.find((x) => x.kind === 'direct');
  assert.ok(q, 'the quotation is found');
  assert.match(q.speaker ?? '', /Okoro/, `speaker ${q.speaker}`);
});
