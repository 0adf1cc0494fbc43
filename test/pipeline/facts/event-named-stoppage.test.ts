// A stoppage named by its kind ("a general strike", "the nationwide strike") is one particular strike however the
// sentence tells it: as the subject of what it did, or as the time of something else. A fatal shooting is a killing
// wherever "fatal" stands in its phrase. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const found = (text: string, type: string) => eventsOf(text).some((e) => e.type === type);

test('a general or nationwide strike is a strike as the subject of what it did', () => {
  for (const text of ['A nationwide strike closed every port in the region on Friday.', 'The general strike emptied the factories of Lisbon.']) {
    assert.ok(found(text, 'strike'), `${text}: ${show(text)}`);
  }
});

test('a general strike that dates another happening is a strike too', () => {
  for (const text of ['Dockers marched through Porto during a general strike against the pension cuts.', 'Farmers blocked the ring road during the general strike.']) {
    assert.ok(found(text, 'strike'), `${text}: ${show(text)}`);
  }
});

test('a strike of no named kind still needs its own date, place or party', () => {
  const text = 'The winger scored with a fine strike in the second half.';
  assert.ok(!found(text, 'strike'), `${text}: ${show(text)}`);
});

test('a strike only called for or threatened is not told as done', () => {
  const text = 'The transport union called for a general strike against the fare rise.';
  assert.ok(eventsOf(text).every((e) => e.type !== 'strike' || e.status === 'hypothetical' || e.status === 'planned'), `${text}: ${show(text)}`);
});

test('a fatal shooting is a killing with another word between', () => {
  const text = 'Crowds gathered in the square after the fatal police shooting of a young cyclist in Lyon on Sunday.';
  assert.ok(eventsOf(text).some((e) => e.type === 'killing' && e.trigger.text === 'shooting'), `${text}: ${show(text)}`);
  assert.ok(!eventsOf(text).some((e) => e.type === 'attack' && e.trigger.text === 'shooting'), `${text}: ${show(text)}`);
});
