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
