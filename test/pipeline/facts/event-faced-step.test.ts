// "faces extradition", "faces trial": a step pending against someone is planned, as "is expected to be extradited" is;
// charges faced were already brought and stay told, and a trial "faced" in the past took place. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const statusOf = (text: string, type: string) => eventsOf(text).find((e) => e.type === type)?.status;

test('extradition or trial someone faces is planned', () => {
  for (const [text, type] of [['The ferry captain faces extradition.', 'extradition'], ['The ferry captain faces trial in March.', 'prosecution']]) {
    assert.equal(statusOf(text, type), 'planned', `${text}: ${show(text)}`);
  }
});

test('charges faced stay told, and a trial faced in the past took place', () => {
  assert.equal(statusOf('The two porters face charges of fraud.', 'charge'), 'asserted', show('The two porters face charges of fraud.'));
  assert.equal(statusOf('The ferry captain faced trial in 2029.', 'prosecution'), 'asserted', show('The ferry captain faced trial in 2029.'));
});
