// "accused the army of shelling …": the deed an accusation names is alleged, and its doer is the
// one accused (the accusation's object), not lost and not the accuser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const events = (text: string) => analyseText(text, { published: '2025-05-06' }).events;

test('the accused is the actor of the alleged deed', () => {
  const [attack] = events('The ministry accused the militia of attacking a convoy near Tessalit on Sunday.').filter((e) => e.type === 'attack');
  assert.ok(attack, 'an attack');
  assert.equal(attack.status, 'alleged');
  assert.deepEqual(attack.actors.map((r) => r.text), ['the militia']);
  assert.deepEqual(attack.targets.map((r) => r.text), ['a convoy']);
});

test('after a denial, the counter-accusation names its own doer', () => {
  const [attack] = events('A rebel spokesman denied that the group had fired on the town and accused the army of shelling its own positions near Kalemie.').filter((e) => e.type === 'attack');
  assert.ok(attack, 'an attack');
  assert.equal(attack.status, 'alleged');
  assert.deepEqual(attack.actors.map((r) => r.text), ['the army']);
});
