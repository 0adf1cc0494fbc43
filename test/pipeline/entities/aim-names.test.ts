// Bodies named for their aim ("Committee to …") are one organisation, whatever pieces the tagger
// tagged. Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { joinAimNames } from '../../../src/pipeline/entities/aim-names.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test("a body's noun, \"to\", a verb and its capitalised object are one organisation, the tagger's pieces inside it dropped", () => {
  const text = 'She ran the Coalition to Save Varnok Harbour and later the Committee to Re - elect the Mayor .';
  const ms = [at(text, 'Coalition', 'MISC'), at(text, 'Varnok Harbour', 'LOC'), at(text, 'Re', 'ORG')];
  assert.deepEqual(shown(joinAimNames(text, ms)), ['ORG:Coalition to Save Varnok Harbour', 'ORG:Committee to Re - elect the Mayor']);
});

test('a name the tagger began before the noun keeps its words', () => {
  const text = 'The Talvik National Campaign to End Hunger said so.';
  assert.deepEqual(shown(joinAimNames(text, [at(text, 'Talvik National Campaign', 'ORG')])), ['ORG:Talvik National Campaign to End Hunger']);
});

test('a lower-case noun, a title-case "To" and a person after the object leave the mentions as they are', () => {
  const text = 'The council to decide Orla Dahl\'s fate met. Committee To Probe Varnok Meets. The Committee to Thank Mayor Orla Dahl met.';
  const ms = [at(text, 'Orla Dahl', 'PER'), at(text, 'Varnok', 'LOC'), at(text, 'Mayor Orla Dahl', 'PER')];
  assert.deepEqual(shown(joinAimNames(text, ms)), ['PER:Orla Dahl', 'LOC:Varnok', 'PER:Mayor Orla Dahl']);
});
