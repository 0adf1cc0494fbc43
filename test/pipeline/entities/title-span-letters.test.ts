// A name that begins with its title's letters ("Dr Drewitt", "King Kingsford") still takes the
// title written before it into its span: the title is looked for before the name, not inside it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { applyHouseStyle } from '../../../src/pipeline/entities/house-style.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

test('an honorific before a name that starts with its letters', () => {
  const text = 'The clinic was opened by Dr Drewitt on Monday.';
  const [m] = applyHouseStyle(text, [at(text, 'Drewitt', 'PER')]);
  assert.equal(m.text, 'Dr Drewitt');
  assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(m.title, 'Dr');
});

test('a given-name title before a name that starts with its letters', () => {
  const text = 'Crowds cheered when King Kingsford arrived in the port.';
  const [m] = applyHouseStyle(text, [at(text, 'Kingsford', 'PER')]);
  assert.equal(m.text, 'King Kingsford');
  assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(m.title, 'King');
});
