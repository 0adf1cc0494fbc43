// A courtesy title before a full name stays outside the name's span (as CoNLL and the gold files
// write it), kept on the mention; before a lone surname it joins the span ("Mr Quarry").
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { applyHouseStyle } from '../../../src/pipeline/entities/house-style.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}:${m.title ?? '-'}`);

test('a title before a given name and surname is kept on the mention, outside its span', () => {
  const text = 'The clinic of Dr. Orla Penhallow was closed. Penhallow had worked there since spring, and Sir Anselm Vetch visited Prof Tamsin Ruddle.';
  const out = applyHouseStyle(text, [at(text, 'Dr. Orla Penhallow', 'PER'), at(text, 'Penhallow', 'PER', text.indexOf('closed')), at(text, 'Anselm Vetch', 'ORG'), at(text, 'Tamsin Ruddle', 'LOC')]);
  assert.deepEqual(shown(out), ['PER:Orla Penhallow:Dr', 'PER:Penhallow:-', 'PER:Anselm Vetch:Sir', 'PER:Tamsin Ruddle:Prof']);
  for (const m of out) assert.equal(text.slice(m.start, m.end), m.text);
});

test('before a lone surname the title stays in the span, and a rank stays outside as before', () => {
  const text = 'Mrs. Quellan arrived late; Sgt. Dorric Hale and Dr Imbry followed.';
  const out = applyHouseStyle(text, [at(text, 'Quellan', 'PER'), at(text, 'Dorric Hale', 'PER'), at(text, 'Imbry', 'LOC')]);
  assert.deepEqual(shown(out), ['PER:Mrs. Quellan:Mrs', 'PER:Dorric Hale:Sgt', 'PER:Dr Imbry:Dr']);
});
