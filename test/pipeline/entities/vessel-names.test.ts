// A person's name after a noun for a ship is the ship only where WordNet reads the noun (or its
// compound) as a ship before a person, and the parse ties a determined noun to the name. Our own sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { typeVesselNames } from '../../../src/pipeline/entities/vessel-names.js';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const wn = installedWordNet();
const noWordNet = wn ? false : 'WordNet is not installed';

/** The rule over `names` (typed PER) in `text`, parsed as the pipeline parses it. */
function typed(text: string, names: string[]): string[] {
  const syntax = analyseText(text, { until: 'syntax' }).syntax;
  const ms: Mention[] = names.map((n) => at(text, n, 'PER'));
  return typeVesselNames(ms, syntax, wn).mentions.map((m) => `${m.type}:${m.text}`);
}

test('a name after a ship noun (or a compound WordNet knows as a ship) is the ship, settled', { skip: noWordNet }, () => {
  const text = 'The aircraft carrier Ola T. Berg sailed, and the frigate Kim Dahl followed.';
  assert.deepEqual(typed(text, ['Ola T. Berg', 'Kim Dahl']), ['MISC:Ola T. Berg', 'MISC:Kim Dahl']);
  const syntax = analyseText(text, { until: 'syntax' }).syntax;
  assert.equal(typeVesselNames([at(text, 'Kim Dahl', 'PER')], syntax, wn).settled.size, 1);
  // parsed as "the carrier [that] Ola T. Berg sailed": the name is still two arcs from the noun
  assert.deepEqual(typed('Navy staff said the aircraft carrier Ola T. Berg sailed on Friday.', ['Ola T. Berg']), ['MISC:Ola T. Berg']);
});

test('a ship noun before a dash and the name with its own article names the ship', { skip: noWordNet }, () => {
  assert.deepEqual(typed('Oslo sent a third destroyer -- the Ivar N. Holm -- south.', ['Ivar N. Holm']), ['MISC:Ivar N. Holm']);
  assert.deepEqual(typed('Rescuers reached the tanker Ola Ruud at dawn.', ['Ola Ruud']), ['MISC:Ola Ruud']);
});

test('a noun whose first sense is no ship leaves the person ("letter carrier", "carrier", "whaler", "sub")', { skip: noWordNet }, () => {
  assert.deepEqual(typed('The letter carrier Mary Jones came.', ['Mary Jones']), ['PER:Mary Jones']);
  assert.deepEqual(typed('Our carrier Ola Ruud brings the post at nine.', ['Ola Ruud']), ['PER:Ola Ruud']);
  assert.deepEqual(typed('The veteran whaler Per Moe told the court he had hunted for forty years.', ['Per Moe']), ['PER:Per Moe']);
  assert.deepEqual(typed('The sub Ola Ruud scored late on.', ['Ola Ruud']), ['PER:Ola Ruud']);
});

test('a ship noun with no determiner, or with a title on the name, leaves the person', { skip: noWordNet }, () => {
  assert.deepEqual(typed('Second-half sub Jermain Defoe scored.', ['Jermain Defoe']), ['PER:Jermain Defoe']);
  const text = 'Late sub Kim Dahl hit the post twice.';
  assert.deepEqual(typed(text, ['Kim Dahl']), ['PER:Kim Dahl']);
  const titled = { ...at('The tanker Captain Ola Ruud spoke.', 'Captain Ola Ruud', 'PER'), title: 'Captain' };
  const syntax = analyseText('The tanker Captain Ola Ruud spoke.', { until: 'syntax' }).syntax;
  assert.equal(typeVesselNames([titled], syntax, wn).mentions[0].type, 'PER');
});

test('the short form of a ship\'s name after "the" is left to the tagger (no second source for that pass)', { skip: noWordNet }, () => {
  const text = 'The frigate Kim Dahl docked. Later the Dahl sailed.';
  assert.deepEqual(typed(text, ['Kim Dahl', 'Dahl']), ['MISC:Kim Dahl', 'PER:Dahl']);
});
