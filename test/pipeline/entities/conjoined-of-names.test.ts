// A body named "X of Y and Z" that the tagger ended at "Y" takes the coordinated word back
// ("the Office of Energy and Climate"); a name the tagger gave the word keeps it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const orgs = (text: string) => analyseText(text).mentions.filter((m) => m.type === 'ORG').map((m) => m.text);

test('a body "of" two coordinated words is one name', () => {
  assert.ok(orgs('Rules were sent to the Office of Energy and Climate for review.').includes('Office of Energy and Climate'));
  assert.ok(orgs('Rules were sent to the Bureau of Fisheries and Wildlife for review.').includes('Bureau of Fisheries and Wildlife'));
});

test('a name of its own after "and" stays apart', () => {
  const found = orgs('Engineers from the University of Leeds and Siemens built the bridge.');
  assert.ok(found.includes('University of Leeds'), found.join('|'));
  assert.ok(!found.some((t) => t.includes('Siemens') && t.includes('Leeds')), found.join('|'));
});
