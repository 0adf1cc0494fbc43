// An indefinite event noun as the subject of a verb that says it takes place ("a walkout could follow") is one
// happening, whose status the clause's modal, tense or negation gives. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const statusOf = (text: string, type: string) => eventsOf(text).find((e) => e.type === type)?.status;

test('a happening that could or may follow is hypothetical', () => {
  for (const [text, type] of [['A walkout could follow next month, the porters warned.', 'strike'], ['An investigation may follow, the regulator said.', 'investigation']]) {
    assert.equal(statusOf(text, type), 'hypothetical', `${text}: ${show(text)}`);
  }
});

test('one that will follow is planned, and one that did not follow is negated', () => {
  assert.equal(statusOf('An inquiry will follow next week.', 'investigation'), 'planned', show('An inquiry will follow next week.'));
  assert.equal(statusOf('A walkout did not follow.', 'strike'), 'negated', show('A walkout did not follow.'));
});

test('a strike that could follow or occur is a stoppage, as a walkout is', () => {
  for (const text of ['A strike could follow if the pay talks fail, the dockers warned.', 'The ferry operator fears a strike may occur at the height of summer.']) {
    assert.equal(statusOf(text, 'strike'), 'hypothetical', `${text}: ${show(text)}`);
  }
  assert.equal(statusOf('A strike will follow on Monday, the bus drivers said.', 'strike'), 'planned', show('A strike will follow on Monday, the bus drivers said.'));
});
