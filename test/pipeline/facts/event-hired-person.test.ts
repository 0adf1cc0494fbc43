// A named person hired is given a post or a job (an appointment); staff hired in numbers are not. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const types = (text: string) => eventsOf(text).map((e) => e.type);

test('a named person hired is appointed; staff hired in numbers are not', () => {
  for (const text of ['The singer rehired her old manager Dara Venn to run the tour on Friday.', 'Toma Grell was hired to direct the sequel on Friday.']) {
    assert.ok(types(text).includes('appointment'), `${text}: ${show(text)}`);
  }
  const staff = 'The bakery hired forty workers for the holiday season.';
  assert.ok(!types(staff).includes('appointment'), `${staff}: ${show(staff)}`);
});
