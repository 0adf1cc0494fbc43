// A party and state in brackets after a lawmaker's name ("(D-Ore.)") belong to the name: a source
// read inside them, or the "who" after them, is the lawmaker. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('a lawmaker with party and state in brackets speaks, not the state', () => {
  const text = 'House Armed Services Committee Chairman Laura T . Okafor ( D - N . M . ) , who had been seeking to overturn the governor\'s water rule through legislation , called the ruling "a betrayal of every family that was promised help this winter and a step back for the state . "';
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith('a betrayal'));
  assert.ok(q, 'the quotation is found');
  assert.match(q.speaker ?? '', /Okafor/);
});

test('a name written with brackets elsewhere keeps its own speaker', () => {
  const text = 'Budget fight\n\nThe plan ( first drafted in May ) was dropped. "We will try again next year with a smaller bill," said Tom Reyes, the committee chairman.';
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith('We will try'));
  assert.equal(q?.speaker, 'Tom Reyes');
});
