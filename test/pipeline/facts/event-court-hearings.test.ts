// A court's hearing is a step in a case (a prosecution), not a meeting of a body: told by a court step word anywhere
// before the noun ("a plea and case management hearing"), by "in court", or by a court, judge or jury in its sentence;
// a committee's or a council's hearing stays a meeting. The date set for a trial speaks of the trial. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const types = (text: string) => eventsOf(text).map((e) => e.type);

test('a hearing in a case is a prosecution step, however its modifiers are strung before it', () => {
  for (const text of [
    'A bail and case review hearing for the two drivers will take place on October 3.',
    'His preliminary hearing lasted barely ten minutes on Friday.',
    'The defence lawyer asked the magistrate for more time during a short hearing on Friday.',
    'The hearing in the county court was adjourned on Friday.',
  ]) {
    assert.ok(types(text).includes('prosecution') && !types(text).includes('meeting'), `${text}: ${show(text)}`);
  }
});

test('a committee or council hearing stays a meeting of that body', () => {
  const text = 'The minister spoke at a city council hearing on water prices on Friday.';
  assert.ok(types(text).includes('meeting') && !types(text).includes('prosecution'), `${text}: ${show(text)}`);
});

test('a date set for a trial speaks of the trial', () => {
  const text = 'A provisional trial date has been set for the two brothers accused of the warehouse fraud.';
  assert.ok(types(text).includes('prosecution'), `${text}: ${show(text)}`);
  const other = 'The warehouse fraud trial ended on Friday.';
  assert.ok(types(other).includes('prosecution'), `${other}: ${show(other)}`);
});
