// A happening told as a habit of past years, or done "whenever" something happened (habitual.ts), is background;
// the same deed told once, or over days of the story's own year, is news. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}${e.background ? ':background' : ''}:${e.trigger.text}`).join(', ') || 'none';
const arrest = (text: string) => eventsOf(text).find((e) => e.type === 'arrest');

test('an arrest repeated over past years is background', () => {
  for (const text of [
    'Known as the Heron among river campaigners, Mara Quill had been arrested in four counties since 2009 for blocking barges.',
    'Mara Quill was arrested at the regatta in each of the last five years.',
  ])
    assert.equal(arrest(text)?.background, true, `${text}: ${show(text)}`);
});

test('an arrest told once, or since a day of this year, is news', () => {
  for (const text of ['Police arrested Mara Quill at the regatta on Monday.', 'Police have arrested 40 campaigners since Monday.']) {
    const found = arrest(text);
    assert.ok(found && !found.background, `${text}: ${show(text)}`);
  }
});

test('a deed done "whenever" something happened is a habit: background', () => {
  for (const text of ['Mara Quill was arrested whenever she chained herself to a barge.', 'The old broker checked into treatment clinics whenever regulators came near.']) {
    const found = eventsOf(text).find((e) => e.type === 'arrest' || (e.type === 'other' && /^check/.test(e.trigger.text)));
    assert.equal(found?.background, true, `${text}: ${show(text)}`);
  }
});
