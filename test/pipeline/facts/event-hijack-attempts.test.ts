// A piracy or hijack attempt is an attack on a vessel, whoever foils it (events62c); piracy told alone is no
// attack. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const typed = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type);

test('a piracy or hijack attempt is an attack beside the operation that foils it', () => {
  for (const text of [
    'Two navy warships foiled a hijack attempt off the coast of Oman on Tuesday.',
    'A navy helicopter thwarted a piracy attempt on a grain carrier on Friday.',
    'Raiders in two skiffs made a hijack attempt on the tanker Kestrel Bay on Sunday.',
  ]) assert.equal(typed(text, 'attack').length, 1, `${text}: ${show(text)}`);
  const foiled = 'Two navy warships foiled a hijack attempt off the coast of Oman on Tuesday.';
  assert.equal(typed(foiled, 'military_operation').length, 1, show(foiled));
});

test('piracy that is no attempt names a crime or a trade, not an attack', () => {
  for (const text of [
    'Software piracy cost the games industry millions last year, the trade body said.',
    'The group campaigns against music piracy in Brazil.',
    'Piracy off the coast has fallen since the patrols began.',
  ]) assert.equal(typed(text, 'attack').length, 0, `${text}: ${show(text)}`);
});
