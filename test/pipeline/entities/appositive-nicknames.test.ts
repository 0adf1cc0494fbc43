// A quoted name in apposition right after a person's name ("X, the so-called "…"", "X, known as
// "…"") is that person, and so are the article's other mentions written as it; a quoted title
// before a noun ("the "…" director") that the tagger reads as a thing is not. Fixtures are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const mentions = (text: string) => analyseText(text, { until: 'entities' }).mentions;

test('a so-called nickname after a person is that person', () => {
  const ms = mentions('Harlan Voss, the so-called "Iron Broker", was sentenced on Friday in Denver. Prosecutors said he had hidden millions.');
  const person = ms.find((m) => m.text === 'Harlan Voss');
  const nickname = ms.find((m) => m.text === 'Iron Broker');
  assert.ok(person && nickname, ms.map((m) => `${m.text}[${m.type}]`).join(', '));
  assert.equal(nickname.entityId, person.entityId);
});

test('a nickname "known as" after a person joins its later bare mention too', () => {
  const ms = mentions('Tomas Brell, known as "The Locksmith", was arrested. Brell denied that he was the Locksmith.');
  const ids = new Set(ms.filter((m) => /Brell|Locksmith/u.test(m.text)).map((m) => m.entityId));
  assert.equal(ids.size, 1);
});

test('a quoted title the tagger reads as a thing, before a noun, stays its own', () => {
  const ms = mentions('Dana Kirsch, the "Northern Lights" director, spoke to reporters on Monday about the film.');
  const person = ms.find((m) => m.text === 'Dana Kirsch');
  const title = ms.find((m) => m.text === 'Northern Lights');
  assert.ok(person && title);
  assert.notEqual(title.entityId, person.entityId);
});

test('a quoted nickname after a name\'s possessive ("X, Chicago\'s "…",") is that person', () => {
  const ms = mentions('Orla Fenn, Dublin\'s "Quiet Queen," retired on Friday after forty years. Fans of the Quiet Queen gathered outside.');
  const person = ms.find((m) => m.text === 'Orla Fenn');
  const nicknames = ms.filter((m) => m.text === 'Quiet Queen');
  assert.ok(person && nicknames.length === 2, ms.map((m) => `${m.text}[${m.type}]`).join(', '));
  for (const n of nicknames) assert.equal(n.entityId, person.entityId);
});

test('a comma at the closing quote ends the apposition, whatever word follows', () => {
  const ms = mentions('Piet Vroom, "The Lighthouse," steps down as harbour master in Rotterdam. Colleagues said The Lighthouse would be missed.');
  const person = ms.find((m) => m.text === 'Piet Vroom');
  const nickname = ms.find((m) => /Lighthouse/u.test(m.text));
  assert.ok(person && nickname, ms.map((m) => `${m.text}[${m.type}]`).join(', '));
  assert.equal(nickname.entityId, person.entityId);
});

