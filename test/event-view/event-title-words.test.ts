// An event's title is plain words: a type written with an underscore in the taxonomy
// ("military_operation") reads as the event page's badge does, and a military operation is
// "against" its target, as the page's "Against" field says, not "of" it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTitle } from '../../src/event-view/merged-events.js';

const names = (k: string) => ({ 'ent:m': 'Marovia', 'ent:f': 'the Northern Fleet' })[k];

test('a military operation is titled in words, against its target', () => {
  assert.equal(eventTitle('military_operation', [], [{ text: 'Marovia', entity: 'ent:m' }], null, 'x', names), 'Military operation against Marovia');
  assert.equal(eventTitle('military_operation', [{ text: 'the Northern Fleet', entity: 'ent:f' }], [], null, 'x', names), 'Military operation by the Northern Fleet');
});

test('with neither party nor place, the type still reads as words before the article it is in', () => {
  const title = eventTitle('military_operation', [], [], null, 'Fleet leaves harbour at dawn', names);
  assert.equal(title, 'Military operation, in “Fleet leaves harbour at dawn”');
  assert.doesNotMatch(title, /_/);
});
