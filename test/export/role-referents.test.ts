// The names inside an event role that stand for the role: those holding the phrase's head.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleReferents } from '../../src/corpus/events/role-referents.js';

function referents(role: string, names: string[]): string[] {
  const r = { start: 10, end: 10 + role.length, text: role };
  const ms = names.map((n) => ({ start: 10 + role.indexOf(n), end: 10 + role.indexOf(n) + n.length, text: n }));
  return roleReferents(r, ms).map((m) => m.text);
}

test('a modifying nationality or country is not the role; the head it modifies is', () => {
  assert.deepEqual(referents('Belgian customs officers', ['Belgian']), []);
  assert.deepEqual(referents("Norway's Supreme Court", ['Norway', 'Supreme Court']), ['Supreme Court']);
  assert.deepEqual(referents('Chilean President Ana Solis', ['Chilean', 'Ana Solis']), ['Ana Solis']);
  assert.deepEqual(referents('eleven Peruvian fishermen', ['Peruvian']), []);
});

test('a name after the head belongs to a post-modifier', () => {
  assert.deepEqual(referents('sailors rescued off Malta', ['Malta']), []);
  assert.deepEqual(referents('the chief of Interpol', ['Interpol']), []);
  assert.deepEqual(referents('Ministry of Justice', ['Ministry of Justice']), ['Ministry of Justice']);
  assert.deepEqual(referents('Ivo Lasko, a Croatian banker', ['Ivo Lasko', 'Croatian']), ['Ivo Lasko']);
});

test('conjoined names are each the role', () => {
  assert.deepEqual(referents('Kenya and Uganda', ['Kenya', 'Uganda']), ['Kenya', 'Uganda']);
  assert.deepEqual(referents('Olaf Brun', ['Olaf Brun']), ['Olaf Brun']);
});

test('conjoined nationalities before a noun modify it', () => {
  assert.deepEqual(referents('Chilean and Peruvian negotiators', ['Chilean', 'Peruvian']), []);
});

test('an organisation named before a word for a body of people names that body', () => {
  const role = 'its Harrow Tooling unit';
  const m = { start: 4, end: 18, text: 'Harrow Tooling', label: 'ORG' };
  const group = (w: string) => w === 'unit';
  assert.deepEqual(roleReferents({ start: 0, end: role.length, text: role }, [m], group).map((x) => x.text), ['Harrow Tooling']);
  // a nationality before a body of people only modifies it
  const police = 'Belgian police';
  assert.deepEqual(roleReferents({ start: 0, end: police.length, text: police }, [{ start: 0, end: 7, text: 'Belgian', label: 'MISC' }], () => true), []);
});
