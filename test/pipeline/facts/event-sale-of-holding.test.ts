// A sale, purchase or acquisition of a company's unit, plant or stake is a deal whether or not a name comes with it,
// as the verb with such an object is; goods sold are none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';

test('the sale of its unit or division is a deal', () => {
  for (const text of [
    'The glassmaker said it completed the sale of its bottling unit to a group of local investors for $30 million.',
    'The utility said Monday that the sale of its gas division had closed.',
  ]) {
    assert.ok(eventsOf(text).some((e) => e.type === 'other' && e.trigger.text === 'sale' && e.status === 'asserted'), `${text}: ${show(text)}`);
  }
});

test('the sale of goods is no deal between parties', () => {
  const text = 'Grain prices rose after the sale of barley to several buyers abroad.';
  assert.ok(!eventsOf(text).some((e) => e.trigger.text === 'sale'), `${text}: ${show(text)}`);
});
