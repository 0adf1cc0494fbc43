// A country's body is abbreviated without its country: "the U.S. Bureau of Land Management" … "the
// BLM". Sentences and names are our own where they are not real bodies.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../fixtures/analyse-text.js';

test('an acronym is the country\'s body whose words after the country it spells', () => {
  const a = analyseText('Land dispute\n\nOn Friday the U.S. Bureau of Land Management closed the trail. A BLM ranger said it would reopen in May.');
  const full = a.mentions.find((m) => m.text === 'U.S. Bureau of Land Management');
  const short = a.mentions.find((m) => m.text === 'BLM');
  assert.ok(full?.entityId && short, a.mentions.map((m) => `${m.text}/${m.type}`).join(', '));
  assert.equal(short.entityId, full.entityId);
});

test('a two-word name after a nationality is not cut for an acronym ("British Airways" is no "A")', () => {
  const a = analyseText('Flights cut\n\nBritish Airways cut ten flights on Monday. Staff at BA said the cuts were temporary.');
  const ba = a.mentions.find((m) => m.text === 'BA');
  const full = a.mentions.find((m) => m.text === 'British Airways');
  assert.ok(full && ba, a.mentions.map((m) => `${m.text}/${m.type}`).join(', '));
  assert.equal(ba.entityId, full.entityId);
});
