// Within one article, a team's plural nickname clipped to its first letters ("the Pats" of "the
// Patriots") is that team; a plural that names no creature or person, or two teams the clipped form
// fits, leave it apart. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const find = (text: string, name: string) => analyseText(text).mentions.find((m) => m.text === name);

test('"the Cards" after "the St. Louis Cardinals" is that team', () => {
  const text = 'The St. Louis Cardinals beat the Cubs 5-2 on Sunday night. The Cards have now won six in a row at home.';
  const a = analyseText(text);
  const full = a.mentions.find((m) => m.text === 'St. Louis Cardinals');
  const short = a.mentions.find((m) => /\bCards$/u.test(m.text));
  assert.ok(full?.entityId && short, JSON.stringify(a.mentions.map((m) => [m.text, m.type])));
  assert.equal(short.entityId, full.entityId);
});

test('a clipped form written first, in a headline line, finds the team named later', () => {
  const text = 'Late goal lifts Vols past Georgia\n\nThe Volunteers scored twice in the last minute to beat Georgia on Saturday. Fans said the Vols deserved it.';
  const a = analyseText(text);
  const full = a.mentions.find((m) => m.text === 'Volunteers');
  const short = a.mentions.find((m) => m.text === 'Vols');
  const shorts = a.mentions.filter((m) => m.text === 'Vols');
  assert.ok(full?.entityId && short, JSON.stringify(a.mentions.map((m) => [m.text, m.type])));
  for (const s of shorts) assert.equal(s.entityId, full.entityId);
});

test('a person\'s name is no clipped nickname ("Pats" the surname beside "the Patriots")', () => {
  const text = 'The Patriots signed Dana Pats on Monday. Pats said she was thrilled to join the club.';
  const a = analyseText(text);
  const team = a.mentions.find((m) => m.text === 'Patriots');
  const person = a.mentions.find((m) => m.text === 'Pats');
  assert.ok(team?.entityId);
  if (person) assert.notEqual(person.entityId, team.entityId);
});

test('a clipped form two teams fit stays apart from both', () => {
  const text = 'The Cardinals and the Cardsharps met on Friday. The Cards left early.';
  const short = find(text, 'Cards');
  const one = find(text, 'Cardinals');
  if (short && one) assert.notEqual(short.entityId, one.entityId);
});

test('a plural of creatures is a nickname of its own, no clipped form ("Bulls" beside "Bulldogs")', () => {
  const text = 'The Bulldogs beat the Bulls 70-61 on Saturday. The Bulls had won their last four games.';
  const a = analyseText(text);
  const dogs = a.mentions.find((m) => m.text === 'Bulldogs');
  const bulls = a.mentions.filter((m) => m.text === 'Bulls');
  assert.ok(dogs?.entityId && bulls.length, JSON.stringify(a.mentions.map((m) => [m.text, m.type])));
  for (const b of bulls) assert.notEqual(b.entityId, dogs.entityId);
});

test('a name whose plural WordNet does not know as creatures or people is no team to clip ("Volarises")', () => {
  const text = 'The Marden Volarises fell to the Hawks on Monday. The Vols coach said his players would not be distracted.';
  const a = analyseText(text);
  const airline = a.mentions.find((m) => m.text.startsWith('Marden Volarises'));
  const short = a.mentions.find((m) => m.text === 'Vols');
  assert.ok(airline?.entityId, JSON.stringify(a.mentions.map((m) => [m.text, m.type])));
  if (short) assert.notEqual(short.entityId, airline.entityId);
});
