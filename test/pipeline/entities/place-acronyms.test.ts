// Within one article, a place's acronym the tagger reads as a place is the place of three words
// or more whose initials it spells ("Central African Republic" … "CAR" aside, "UAE", "DRC"); a
// two-word place's initials stay apart. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const mention = (text: string, name: string) => analyseText(text).mentions.find((m) => m.text === name);

test('"UAE" after "the United Arab Emirates" is that country', () => {
  const text = 'Flights from the United Arab Emirates to Oslo resumed on Monday. Travellers leaving the UAE were told to expect delays.';
  const a = analyseText(text);
  const full = a.mentions.find((m) => m.text === 'United Arab Emirates');
  const short = a.mentions.find((m) => m.text === 'UAE');
  assert.ok(full?.entityId && short, JSON.stringify(a.mentions));
  assert.equal(short.type, 'LOC');
  assert.equal(short.entityId, full.entityId);
  assert.equal(short.canonical, 'United Arab Emirates');
});

test('"DRC" after "the Democratic Republic of Congo" is that country', () => {
  const text = 'Aid convoys crossed into the Democratic Republic of Congo at dawn. Officials in the DRC said the roads were open.';
  const full = mention(text, 'Democratic Republic of Congo');
  const short = mention(text, 'DRC');
  assert.ok(full?.entityId && short, 'both tagged');
  if (short.type === 'LOC') assert.equal(short.entityId, full.entityId);
});

test('a two-word place\'s initials are not that place ("New Mexico" … "NM")', () => {
  const text = 'Ranchers in New Mexico asked for rain. The NM board met on Tuesday to discuss water.';
  const full = mention(text, 'New Mexico');
  const short = mention(text, 'NM');
  assert.ok(full?.entityId);
  if (short) assert.notEqual(short.entityId, full.entityId);
});
