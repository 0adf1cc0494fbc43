// Bombs or grenades thrown or hurled at people or a building are an attack on them; a ball, a party or a weapon thrown
// at nothing named is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const types = (text: string) => eventsOf(text).map((e) => e.type);

test('bombs or grenades thrown at people or a building are an attack; other things thrown are not', () => {
  for (const text of ['Masked youths threw petrol bombs at the tax office in Varna on Friday.', 'Rioters hurled two grenades at a police van on Friday.']) {
    assert.ok(types(text).includes('attack'), `${text}: ${show(text)}`);
  }
  for (const text of ['The quarterback threw the ball at the post on Friday.', 'The mayor threw a party for the volunteers on Friday.', 'Divers threw the old shells into the lake on Friday.']) {
    assert.ok(!types(text).includes('attack'), `${text}: ${show(text)}`);
  }
});
