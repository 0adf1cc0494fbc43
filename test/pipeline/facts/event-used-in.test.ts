// Something told as used in happenings of a kind ("the rifles were used in attacks on two border posts") tells of those
// happenings as done, though the bare plural names no one of them; a clause that only allows it ("could be used in
// attacks") tells of none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const eventsOf = (text: string) => analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const doneAttacks = (text: string) => eventsOf(text).filter((e) => e.type === 'attack' && e.status === 'asserted');

test('a thing used in attacks tells of the attacks, however they are counted', () => {
  for (const text of [
    'The stolen rifles were used in attacks on two border posts, the army said.',
    'The leaked code has been used in a growing number of attacks on hospital networks.',
  ]) {
    assert.equal(doneAttacks(text).length, 1, `${text}: ${show(text)}`);
  }
});

test('a thing that could be used in attacks tells of none', () => {
  const text = 'Such solvents could be used in attacks on water plants, the inspectors warned.';
  assert.equal(doneAttacks(text).length, 0, `${text}: ${show(text)}`);
});
