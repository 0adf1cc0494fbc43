// A full name right after a lower-case word for a person ("defender Tove Ranneby") is a person,
// settled; nouns that also qualify bodies or name them (the descriptors file's "insurer"), and names shaped like companies or places, are left
// alone. Sentences and names are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { typeRoleNounPersons } from '../../../src/pipeline/entities/role-noun-persons.js';
import type { Mention } from '../../../src/types.js';

const at = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, text: name };
};

test('a word for a person right before a full name makes it a settled person', () => {
  const text = 'The club signed defender Tove Ranneby and winger J.P. Oduya-Kast last spring.';
  const input = [at(text, 'Tove Ranneby', 'ORG'), at(text, 'J.P. Oduya-Kast', 'LOC')];
  const { mentions, settled } = typeRoleNounPersons(text, input, new Set());
  assert.deepEqual(mentions.map((m) => m.type), ['PER', 'PER']);
  assert.equal(settled.size, 2);
});

test('a comma between, an adjective-like noun, a lone word or a company name: left alone', () => {
  const text = 'A striker, Tove Ranneby left. The official Kestrel Vane paper. The defender Kalvik. The broker Hollis Partners Ltd and the editor Santa Barbara. The insurer Delmar Quist paid.';
  const input = [at(text, 'Tove Ranneby', 'ORG'), at(text, 'Kestrel Vane', 'ORG'), at(text, 'Kalvik', 'ORG'), at(text, 'Hollis Partners Ltd', 'ORG'), at(text, 'Santa Barbara', 'LOC'), at(text, 'Delmar Quist', 'ORG')];
  const { mentions, settled } = typeRoleNounPersons(text, input, new Set());
  assert.deepEqual(mentions.map((m) => m.type), ['ORG', 'ORG', 'ORG', 'ORG', 'LOC', 'ORG']);
  assert.equal(settled.size, 0);
});

test('a mention settled by an earlier pass keeps its type', () => {
  const text = 'The hospital hired surgeon Mirela Tostrup.';
  const m = at(text, 'Mirela Tostrup', 'ORG');
  const { mentions } = typeRoleNounPersons(text, [m], new Set([m]));
  assert.equal(mentions[0].type, 'ORG');
});

test('a plural noun before one name is a side; before a list of names, the people in it', () => {
  const text = 'They drew with title contenders Velmora Kestin again. The club let go wingers Arvo Peltz and Sami Durn.';
  const input = [at(text, 'Velmora Kestin', 'ORG'), at(text, 'Arvo Peltz', 'ORG')];
  const { mentions } = typeRoleNounPersons(text, input, new Set());
  assert.deepEqual(mentions.map((m) => m.type), ['ORG', 'PER']);
});

test('a thing named after a person stays a thing', () => {
  const text = 'Planes landed on the aircraft carrier Elsa Brandvold at dawn.';
  const { mentions } = typeRoleNounPersons(text, [at(text, 'Elsa Brandvold', 'MISC')], new Set());
  assert.equal(mentions[0].type, 'MISC');
});

test('after a word for a person, a given name that is no common word makes a common last word a surname', () => {
  const text = 'The league fined coach Elton Jordan on Monday, and the club thanked broker Ridge Jordan.';
  const input = [at(text, 'Elton Jordan', 'LOC'), at(text, 'Ridge Jordan', 'ORG')];
  const { mentions } = typeRoleNounPersons(text, input, new Set());
  assert.deepEqual(mentions.map((m) => m.type), ['PER', 'ORG']);
});

test('two lower-case words that name a person together, however their hyphen is spaced, stand for a role noun', () => {
  const text = 'The club added running back Oskar Vellane, the free agent Jurek Tamsin and left - hander Bo Kettering, and fired the sales manager Lio Dask.';
  const input = [at(text, 'Oskar Vellane', 'ORG'), at(text, 'Jurek Tamsin', 'LOC'), at(text, 'Bo Kettering', 'ORG'), at(text, 'Lio Dask', 'ORG')];
  const { mentions, settled } = typeRoleNounPersons(text, input, new Set());
  assert.deepEqual(mentions.map((m) => m.type), ['PER', 'PER', 'PER', 'PER']);
  assert.equal(settled.size, 4);
});

test('two words that are no compound of WordNet leave the last word to decide alone', () => {
  const text = 'The fans cheered the home side Kesterfield Rovan.';
  const { mentions } = typeRoleNounPersons(text, [at(text, 'Kesterfield Rovan', 'ORG')], new Set());
  assert.equal(mentions[0].type, 'ORG');
});

test('a word for a person that is also an adjective is the noun after a noun before it; after an article or an adjective it qualifies the name', () => {
  const text = 'The studio hired advertising executive Marit Osling, though the official Kestrel Vane paper and senior executive Dorn Halvik disagreed.';
  const input = [at(text, 'Marit Osling', 'ORG'), at(text, 'Kestrel Vane', 'ORG'), at(text, 'Dorn Halvik', 'ORG')];
  const { mentions } = typeRoleNounPersons(text, input, new Set());
  assert.deepEqual(mentions.map((m) => m.type), ['PER', 'ORG', 'ORG']);
});
