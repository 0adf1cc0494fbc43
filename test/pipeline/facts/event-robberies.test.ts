// A robbery, a heist or a crash is a happening of its own (type other); a robbery named as what someone is charged with,
// suspected of or convicted of is the ground of that step, no robbery told. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const robberies = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && /^(robbery|heist)$/.test(e.trigger.text));

test('a robbery or a heist is a happening', () => {
  for (const text of [
    'Two gunmen carried out a daring robbery at a bank in Lyon on Tuesday.',
    'Coins worth 3 million euros were taken in a heist at a museum in Ghent overnight.',
    'Masked men pulled off a bold heist at a watch shop in Milan on Sunday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(robberies(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('a robbery charged, suspected or on record is no robbery told', () => {
  for (const text of [
    'A man from Leeds was charged with armed robbery on Tuesday.',
    'The driver was arrested on suspicion of robbery late on Sunday.',
    'The suspect has two earlier robbery convictions.',
  ]) {
    const events = eventsOf(text);
    assert.equal(robberies(events).length, 0, `${text}: ${listed(events)}`);
  }
});

test('a crash on the road or in the air is a happening; shares that crashed are none', () => {
  const crashes = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && e.trigger.text === 'crash');
  for (const text of ['A cyclist was hurt in a crash with a van near Hull on Friday.', 'Two pilots died in a glider crash near Hamar on Friday.']) {
    const events = eventsOf(text);
    assert.equal(crashes(events).length, 1, `${text}: ${listed(events)}`);
  }
  const events = eventsOf('Shares in the miner crashed on Friday.');
  assert.equal(events.filter((e) => e.type === 'other').length, 0, listed(events));
});

test('a robbery told again as a heist in its sentence is one event', () => {
  const events = eventsOf('In June a lone gunman carried out a daring robbery at a gem fair in Antwerp, taking stones worth 9 million euros in one of the biggest heists of the decade.');
  assert.equal(robberies(events).length, 1, listed(events));
});
