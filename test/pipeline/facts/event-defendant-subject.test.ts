// Someone who appears in court or pleads is who the court step happens to (a target), never its doer.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const roles = (e: EventRecord | undefined) => ({ actors: e?.actors.map((r) => r.text), targets: e?.targets.map((r) => r.text) });

test('the subject of "appear" in court is the defendant, a target of the prosecution', () => {
  const e = eventsOf('The two drivers will appear at the county court in Denver on Friday.').find((x) => x.type === 'prosecution');
  assert.deepEqual(roles(e), { actors: [], targets: ['The two drivers'] });
});

test('the subject of "pleaded guilty" is the defendant, a target of the conviction', () => {
  const e = eventsOf('The former banker pleaded guilty to two counts of fraud at the hearing in Denver.').find((x) => x.type === 'conviction');
  assert.deepEqual(roles(e), { actors: [], targets: ['The former banker'] });
});

test('who died is still the target of the death, and a court that convicts is still the actor', () => {
  assert.deepEqual(roles(eventsOf('Two aid workers died in the crash on Friday.').find((x) => x.type === 'death')), { actors: [], targets: ['Two aid workers'] });
  assert.deepEqual(roles(eventsOf('A jury in Denver convicted the driver on Friday.').find((x) => x.type === 'conviction')), { actors: ['A jury'], targets: ['the driver'] });
});
