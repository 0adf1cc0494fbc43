// Filing as a party's formal step (data/event-senses.json, the "file" rules): a paper filed with a court or a
// regulator, or a filing for bankruptcy or a clearance, is an "other" happening; a report, papers in a cabinet or
// people filing past are none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const filed = (text: string) =>
  analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' })
    .events.filter((e) => e.type === 'other' && e.trigger.text.toLowerCase().startsWith('fil'))
    .map((e) => e.status);

test('a brief, a petition, a motion or a plan filed, or a filing for bankruptcy, is a happening', () => {
  for (const text of [
    'The Oslo tenants\' union filed a petition with the housing court on Tuesday.',
    'Lawyers for the Brandt family filed a motion in the district court in Bergen.',
    'Norwell Shipping filed for bankruptcy protection on Friday.',
    'A reorganization plan was filed by Norwell Shipping in the bankruptcy court.',
    'The Aalborg dock workers have filed affidavits and a complaint against the port authority.',
  ])
    assert.deepEqual(filed(text), ['asserted'], text);
});

test('a report filed, papers filed away or people filing past are no happening', () => {
  for (const text of [
    'The correspondent filed a report from Kabul on Monday.',
    'The clerk filed the papers in a cabinet.',
    'The mourners filed past the coffin of the mayor.',
  ])
    assert.deepEqual(filed(text), [], text);
});
