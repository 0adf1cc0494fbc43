// Remanded in custody is a detention, as held or kept in custody is; a trial still pending or awaited is the ground of
// a detention, not a step in a case yet. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const kinds = (text: string) => analyseText(`Court news\n\nThe council met as usual on Monday. ${text}`, { published: '2031-06-10' }).events.map((e) => `${e.type}:${e.trigger.text}`);

test('remanded in custody is a detention', () => {
  const found = kinds('The two dock workers were remanded in custody by magistrates in Hull on Friday.');
  assert.ok(found.includes('detention:custody'), found.join(', '));
});

test('a trial pending or awaited is no court step', () => {
  for (const text of ['The harbour guard stays in jail pending trial on theft charges.', 'The two clerks, awaiting trial in Leeds, were refused bail on Friday.']) {
    const found = kinds(text);
    assert.ok(!found.includes('prosecution:trial'), `${text}: ${found.join(', ')}`);
  }
  const held = kinds('The trial of the two clerks opened in Leeds on Friday.');
  assert.ok(held.includes('prosecution:trial'), held.join(', '));
});

test('held without bail is a detention; holding a meeting or a town is none', () => {
  const held = kinds('A magistrate ordered the ferry pilot held without bail until his trial in Cork.');
  assert.ok(held.includes('detention:held without bail'), held.join(', '));
  const told = kinds('The pilot will be held without bail, the harbour police said.');
  assert.ok(told.includes('detention:held without bail'), told.join(', '));
  for (const text of ['The pilots held a meeting in Cork on Friday.', 'Rebels held the harbour town for a week.']) {
    const found = kinds(text);
    assert.ok(!found.some((k) => k.startsWith('detention')), `${text}: ${found.join(', ')}`);
  }
});
