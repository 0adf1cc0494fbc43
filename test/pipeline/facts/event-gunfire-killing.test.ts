// A killing the parse ties to gunfire ("opened fire …, killing two", "fired on the convoy, killing two drivers") is the
// gunman's deed, a killing of its own beside the attack; a blast's or a shelling's dead stay that attack's toll
// (event-attack-toll.test.ts). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\n${text}`, { published: '2029-03-12' }).events;
}
const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const asserted = (events: EventRecord[], type: string) => events.filter((e) => e.type === type && e.status === 'asserted');

test('a killing beside a verb of shooting is a killing of its own, beside the attack', () => {
  const events = eventsOf('A guard opened fire in the depot canteen on Monday, killing two cooks.');
  assert.equal(asserted(events, 'killing').length, 1, listed(events));
  assert.equal(asserted(events, 'attack').length, 1, listed(events));
});

test('a killing beside shots fired, with the attack named again later in the sentence, stays a killing', () => {
  const events = eventsOf('A sniper fired on the convoy near Tabora on Monday, killing two drivers, and fled after the attack.');
  assert.equal(asserted(events, 'killing').length, 1, listed(events));
});

test('the dead of a shelling stay its toll', () => {
  const events = eventsOf('Rebels shelled the Tabora market on Monday, killing nine traders.');
  assert.equal(asserted(events, 'killing').length, 0, listed(events));
  assert.equal(asserted(events, 'attack')[0]?.counts.killed?.value, 9, listed(events));
});

test('people nearly killed when they were shot were not killed', () => {
  const events = eventsOf('Prosecutors said the gang boss had threatened witnesses, two of them nearly killed when they were shot outside a Tabora bar.');
  assert.equal(asserted(events, 'killing').length, 0, listed(events));
});

test('a gunman who opened fire, killing someone, killed them, however the parse hangs the participle (events62c)', () => {
  for (const text of [
    'A former clerk who opened fire at a staff holiday party killing one man, has been charged with murder, police said Monday.',
    'A former clerk who opened fire at a staff party, killing one man, has been charged with murder.',
  ]) {
    const events = eventsOf(text);
    assert.equal(asserted(events, 'killing').length, 1, listed(events));
    assert.equal(asserted(events, 'attack').length, 1, listed(events));
  }
  // raiders who stormed a place, killing guards: the dead stay the raid's toll
  const stormed = eventsOf('Rebels who stormed the depot, killing nine guards, were caught on Monday.');
  assert.equal(asserted(stormed, 'killing').length, 0, listed(stormed));
});
