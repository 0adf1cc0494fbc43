// A pledge says what someone will do and is no event, whoever is named near it: the name a
// pledge's phrase holds is as often its maker, or someone inside what was pledged, as the one it
// was made to. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Local news\n\n${text}`).events;
}

const pledges = (text: string) => eventsOf(text).filter((e) => e.trigger.text.startsWith('pledge'));

test('a pledge is no event where the person named made it or is part of what was pledged', () => {
  for (const text of [
    "Tax cuts will grow in line with a pledge made by Finance Minister Ada Holm at last month's summit.",
    'The senator did not back away from her pledge to restore the ferry line, a service cut under Governor Tom Reyes.',
    'According to the memoir, the chairman went back on a pledge to step aside for Anna Berg after the board intervened in 2019.',
  ]) assert.deepEqual(pledges(text).map((e) => e.type), [], text);
});

test('a pledge to voters, one owned by the person named, or one made to a named person is no event', () => {
  for (const text of [
    'The candidate repeated her pledge to cut bus fares for pensioners.',
    "Mr Okafor's pledge on housing was printed on every leaflet.",
    'Voters remember the pledge by Ivan Petrov to build new schools.',
    'The mayor broke a pledge to Maria Lopez to keep the library open, her aides said.',
  ]) assert.deepEqual(pledges(text).map((e) => e.type), [], text);
});
