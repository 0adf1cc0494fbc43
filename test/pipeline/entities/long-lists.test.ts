// A long list of names ("A, B, C, D, E and F") says what it lists even when the tagger typed more
// than one of them apart: most of its names agreeing lends their type to the others.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { typeListedNames } from '../../../src/pipeline/entities/coordinated-lists.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const types = (r: { mentions: Mention[] }) => r.mentions.map((m) => `${m.type}:${m.text}`);

test('two odd names in a list of seven companies are companies', () => {
  const text = 'The agency picked Zorvex, Pell Ardent, Quorra Labs, Hollin Marsh, Brevik Works, Tandem Orbital and Kestrel Deep.';
  const mentions = [
    at(text, 'Zorvex', 'ORG'), at(text, 'Pell Ardent', 'PER'), at(text, 'Quorra Labs', 'ORG'), at(text, 'Hollin Marsh', 'PER'),
    at(text, 'Brevik Works', 'ORG'), at(text, 'Tandem Orbital', 'ORG'), at(text, 'Kestrel Deep', 'ORG'),
  ];
  const r = typeListedNames(text, mentions, new Set());
  assert.deepEqual(types(r), mentions.map((m) => `ORG:${m.text}`));
  assert.equal(r.settled.size, 2);
});

test('a long list split half and half, and a short list with two odd names, stay as tagged', () => {
  const text =
    'Guests: Ines Paar, Tove Rask, Olan Brede, Zorvex, Quorra Labs and Brevik Works. ' +
    'Backers: Pell Ardent, Hollin Marsh, Zorvex, Quorra Labs and Tandem Orbital.';
  const second = text.indexOf('Backers');
  const mentions = [
    at(text, 'Ines Paar', 'PER'), at(text, 'Tove Rask', 'PER'), at(text, 'Olan Brede', 'PER'),
    at(text, 'Zorvex', 'ORG'), at(text, 'Quorra Labs', 'ORG'), at(text, 'Brevik Works', 'ORG'),
    at(text, 'Pell Ardent', 'PER'), at(text, 'Hollin Marsh', 'PER'), at(text, 'Zorvex', 'ORG', second),
    at(text, 'Quorra Labs', 'ORG', second), at(text, 'Tandem Orbital', 'ORG'),
  ];
  const r = typeListedNames(text, mentions, new Set());
  assert.deepEqual(types(r), mentions.map((m) => `${m.type}:${m.text}`));
  assert.equal(r.settled.size, 0);
});
