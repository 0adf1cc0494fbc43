// An office and "of" before a body's name ("Secretary of Fisheries and Coastal Affairs") are cut
// from the body; a span that runs the office's last word into the holder's name ("Secretary of
// State Odile Brenquist" spanned from "State") is cut to the person. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cutOfficeOpenings } from '../../../src/pipeline/entities/office-of-names.js';
import { loadNerModel } from '../../../src/pipeline/entities/index.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const casing = loadNerModel().resources.casing;

test('an office and its "of" are cut from the body after them', () => {
  const text = 'She advised the Secretary of Fisheries and Coastal Affairs on quotas.';
  const [body] = cutOfficeOpenings(text, [at(text, 'Secretary of Fisheries and Coastal Affairs', 'ORG')], casing);
  assert.deepEqual([body.text, body.type, text.slice(body.start, body.start + body.text.length)], ['Fisheries and Coastal Affairs', 'ORG', 'Fisheries and Coastal Affairs']);
});

test('the office\'s last word run into the holder\'s name is cut, and the holder is a person', () => {
  const text = 'Secretary of State Odile Brenquist flew to the talks.';
  const [holder] = cutOfficeOpenings(text, [at(text, 'State Odile Brenquist', 'LOC')], casing);
  assert.deepEqual([holder.text, holder.type], ['Odile Brenquist', 'PER']);
});

test('one word left after the office, a body named "Office of", a curated name and a person stay', () => {
  const text = 'The Secretary of Defense met the Office of Budget Review and Secretary of Fisheries and Coastal Affairs staff.';
  const ms = [at(text, 'Secretary of Defense', 'ORG'), at(text, 'Office of Budget Review', 'ORG')];
  assert.equal(cutOfficeOpenings(text, ms, casing), ms);
  const curated = at(text, 'Secretary of Fisheries and Coastal Affairs', 'ORG');
  assert.equal(cutOfficeOpenings(text, [curated], casing, new Set([curated]))[0], curated);
  const person = at(text, 'Secretary of Fisheries and Coastal Affairs', 'PER');
  assert.equal(cutOfficeOpenings(text, [person], casing)[0], person);
});
