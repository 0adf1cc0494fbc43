// A place named in a clause of reason or concession after the event says why, not where it happened,
// even when the parse hangs that clause badly or its subject is a pronoun. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const placesOf = (text: string) => analyseText(`Business news\n\n${text}`).events.map((e) => `${e.type}:${e.place?.text ?? '-'}`);

test('a place in a "since" or "because" clause after the event is not its place', () => {
  assert.deepEqual(placesOf('Halden had argued that a court could act before its Norvik unit was sold, since it has local accounts and its finance officer Ann Lee lives in Denver.'), ['other:-']);
});

test('a place attached to the event itself is kept', () => {
  assert.deepEqual(placesOf('Two men were arrested in Leeds on Monday because the police had found weapons.'), ['arrest:Leeds']);
});
