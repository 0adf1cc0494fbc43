// An evacuation is a happening of no listed type ('other'), one theme whether told by the verb or the noun
// (session 28). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const evacuations = (text: string) => eventsOf(text).filter((e) => e.type === 'other' && /^evacuat/i.test(e.trigger.text));

test('people, a building or a town evacuated is an evacuation', () => {
  for (const text of [
    'Hundreds of residents were evacuated from the valley on Monday.',
    'The school was evacuated on Monday after a gas leak.',
    'Firefighters began evacuating the tenants of the tower on Monday.',
    'The evacuation of the port took two days.',
  ]) assert.equal(evacuations(text).length, 1, `${text}: ${show(text)}`);
});

test('the verb and the noun of one evacuation are one event', () => {
  const text = 'Police evacuated the stadium on Saturday. The evacuation took an hour, officers said.';
  assert.equal(evacuations(text).length, 1, `${text}: ${show(text)}`);
});

test('a fluid drained from the body is no evacuation', () => {
  for (const text of ['Doctors evacuated the fluid from his lungs.', 'Surgeons evacuated the blood clot on Monday.'])
    assert.equal(evacuations(text).length, 0, `${text}: ${show(text)}`);
});
