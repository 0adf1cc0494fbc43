// "The union called a strike", "called a meeting": a verb of asking that also brings its object about convenes it;
// only "called for" a strike asks for one. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const statusOf = (text: string, type: string) => eventsOf(text).find((e) => e.type === type)?.status;

test('a strike or a meeting called is decided, not a possibility', () => {
  for (const [text, type] of [['The bus drivers union called a strike on Monday.', 'strike'], ['The harbour board chairman called a meeting of the members.', 'meeting']] as const) {
    const status = statusOf(text, type);
    assert.ok(status === 'asserted' || status === 'planned', `${text}: ${show(text)}`);
  }
});

test('a strike called for is only asked for', () => {
  assert.equal(statusOf('The bus drivers called for a strike on Monday.', 'strike'), 'hypothetical', show('The bus drivers called for a strike on Monday.'));
});
