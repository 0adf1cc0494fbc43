// "An inquiry is taking place": "take place" says its subject happens, as "occur" does, so an indefinite event noun
// with no participants is still one. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const types = (text: string) => eventsOf(text).map((e) => e.type);

test('a happening noun whose clause says it is taking place is one', () => {
  const text = 'An inquiry is taking place into the collapse of the footbridge, which closed the river path.';
  assert.ok(types(text).includes('investigation'), `${text}: ${show(text)}`);
});
