// A participle joined by "and" to a passive verb, with no subject, auxiliary or object of its own, is passive too: the
// passive subject they share is who it happened to ("was held overnight and released"). A release beside a booking frees
// the person booked. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}[${e.targets.map((r) => r.text).join('|')}]`).join(', ') || 'none';

test('a release joined to a passive step of custody frees its passive subject', () => {
  const text = 'The winger was taken to the county jail and released after midnight.';
  const release = eventsOf(text).find((e) => e.type === 'release');
  assert.ok(release?.targets.some((r) => r.text.includes('winger')), show(text));
});

test('one booked and later released was let go from custody', () => {
  const text = 'After the brawl on Tuesday the winger was booked and later released, his club said.';
  assert.ok(eventsOf(text).some((e) => e.type === 'release'), show(text));
});

test('a participle with an object of its own keeps its own voice: an album released is no release', () => {
  const text = 'The quartet was booked for a summer tour and released a live album on Tuesday.';
  assert.ok(!eventsOf(text).some((e) => e.type === 'release'), show(text));
});

test('police locking down a place is a lockdown; securing a nomination is none', () => {
  const lockdowns = (text: string) => eventsOf(text).filter((e) => e.type === 'other' && e.theme === 'lockdown');
  for (const text of ['Troopers locked down the harbour district on Tuesday after the threat.', 'The harbour district was locked down on Tuesday after the threat.', 'The college stayed on lockdown for three hours on Tuesday.']) {
    assert.equal(lockdowns(text).length, 1, `${text}: ${show(text)}`);
  }
  const text = 'The governor locked down the party nomination on Tuesday with a third primary win.';
  assert.equal(lockdowns(text).length, 0, show(text));
});
