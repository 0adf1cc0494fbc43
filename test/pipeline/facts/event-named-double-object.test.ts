// "named Mary Kline chief executive": a person and a bare post after "named" (no "as") is an appointment,
// as "named … as …" and "was named …" are; a name with no post, or a post after a comma, is only a mention.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const appointments = (text: string) => eventsOf(text).filter((e) => e.type === 'appointment');

test('a person and a bare post after active "named" is an appointment', () => {
  for (const text of ['Borr Shipping named Mary Kline chief executive.', 'The rowing club named Dev Anand its new coach on Monday.']) {
    assert.equal(appointments(text).length, 1, `${text}: ${show(text)}`);
  }
});

test('a person named with no post, or a suspect, takes no post', () => {
  for (const text of ['The audit named Mary Kline, the chief executive.', 'The inquiry named Dev Anand chief suspect.', 'The letter named Dev Anand.']) {
    assert.equal(appointments(text).length, 0, `${text}: ${show(text)}`);
  }
});
