// A speaker phrase written as a title run can hold an adjective that looks like a participle
// ("…,” said Norvale licensed flight instructor Ida Brandt"): the run still ends at the person's
// name, who speaks, not the body before the adjective. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('"said BODY licensed flight instructor NAME": the named person speaks', () => {
  const text = [
    'Norvale Aviation grounded its training fleet on Tuesday after a wheel failed on landing .',
    '" Nobody should climb into one of those planes until every axle has been checked , " said Norvale licensed flight instructor Ida Brandt .',
  ].join('\n\n');
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes('every axle'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Ida Brandt');
});

test('"said ex - BODY certified harbour pilot NAME Friday" in tokenised text: the name, with the day after it, speaks', () => {
  const text = [
    'The port of Kelmouth reopened its northern basin on Friday .',
    '" We waited eleven years for that dredger to arrive , and now it sits idle , " said ex - Kelmouth certified harbour pilot Tomas Quill Friday .',
  ].join('\n\n');
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes('dredger'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Tomas Quill');
});

test('a clause after the body is no title run: "said BODY founded by pilot NAME" is the body', () => {
  const text = [
    'Norvale Aviation grounded its training fleet on Tuesday after a wheel failed on landing .',
    '" Every axle will be checked before a single lesson is flown again , " said Norvale Aviation founded by pilot Ida Brandt .',
  ].join('\n\n');
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes('Every axle'));
  assert.ok(q, 'the quotation is found');
  assert.notEqual(q.speaker, 'Ida Brandt');
});
