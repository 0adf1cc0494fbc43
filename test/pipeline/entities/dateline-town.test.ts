// A dateline's town is a place over its whole span, whatever the tagger guessed; the same name later
// in the story keeps its own reading.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Dateline, Mention } from '../../../src/types.js';
import { datelineTown } from '../../../src/pipeline/entities/dateline-town.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';
import { analyseText } from '../../fixtures/analyse-text.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);
const opening = (text: string): Dateline => {
  const written = text.slice(0, text.indexOf(' -'));
  return { place: written.slice(0, written.indexOf(',')), text: written, span: { start: 0, end: written.length } };
};

test('a town that is also the company of the story: a place in the dateline, the company later', () => {
  const text = 'DUNMORE, Pa., March 3 - Dunmore Mutual Group said its board met. Dunmore will pay a dividend.';
  const ms = [at(text, 'DUNMORE', 'ORG'), at(text, 'Pa.', 'LOC'), at(text, 'Dunmore Mutual Group', 'ORG'), at(text, 'Dunmore', 'ORG', text.indexOf('met.'))];
  const out = datelineTown(text, opening(text), ms);
  assert.deepEqual(shown(out), ['LOC:DUNMORE', 'LOC:Pa.', 'ORG:Dunmore Mutual Group', 'ORG:Dunmore']);
  assert.equal(out[0].typeSettled, true);
  assert.equal(out[0].typeVote, undefined, 'the dateline casts no vote for the name elsewhere');
});

test('a two-word town the tagger cut short or split takes its whole span', () => {
  const text = 'CEDAR GROVE, N.J., March 4 - Orlan Tool Co said sales rose.';
  assert.deepEqual(shown(datelineTown(text, opening(text), [at(text, 'CEDAR', 'LOC'), at(text, 'N.J.', 'LOC'), at(text, 'Orlan Tool Co', 'ORG')])), ['LOC:CEDAR GROVE', 'LOC:N.J.', 'ORG:Orlan Tool Co']);
  const saint = 'ST. PAUL, Minn., March 5 - Orlan Tool Co said sales fell.';
  assert.deepEqual(shown(datelineTown(saint, opening(saint), [at(saint, 'ST', 'ORG'), at(saint, 'PAUL', 'PER'), at(saint, 'Minn.', 'LOC')])), ['LOC:ST. PAUL', 'LOC:Minn.']);
});

test('a town the tagger missed is added; a country after the comma makes the form clear', () => {
  const text = 'QUORLANE, France, March 6 - Orlan Tool Co said it would close a plant.';
  assert.deepEqual(shown(datelineTown(text, opening(text), [at(text, 'France', 'LOC'), at(text, 'Orlan Tool Co', 'ORG')])), ['LOC:QUORLANE', 'LOC:France', 'ORG:Orlan Tool Co']);
});

test('left alone: no dateline, an unknown name with no state or country after it, a place already whole', () => {
  const text = 'QUORLANE VENTURES, March 6 - Orlan Tool Co said sales rose.';
  const ms = [at(text, 'QUORLANE VENTURES', 'ORG'), at(text, 'Orlan Tool Co', 'ORG')];
  assert.equal(datelineTown(text, opening(text), ms), ms);
  assert.equal(datelineTown(text, null, ms), ms);
  const placed = 'DUNMORE, Pa., March 3 - Orlan Tool Co said sales rose.';
  const whole = [at(placed, 'DUNMORE', 'LOC'), at(placed, 'Pa.', 'LOC')];
  assert.equal(datelineTown(placed, opening(placed), whole), whole);
});

test('through the pipeline: the dateline town is a place in its state, the company keeps its name', () => {
  const a = analyseText('DUNMORE, Pa., March 3 - Dunmore Mutual Group said its board met on Tuesday. Dunmore Mutual will pay a dividend of 10 cts a share.');
  const town = a.mentions.find((m) => m.start === 0);
  assert.equal(town?.type, 'LOC');
  assert.equal(town?.dateline, true);
  assert.ok(a.places.some((p) => p.start === 0), 'the town is placed');
  assert.ok(a.mentions.some((m) => m.text.startsWith('Dunmore Mutual') && m.type === 'ORG'));
});
