// An event whose type names nothing ("other") and whose clause gives no title (it opens on "its
// crews", or runs long) was titled by its article: "Event, in “Ferry strike ends…”" said neither what
// happened nor who did it. Its own sentence, when short and not pointing back, titles it instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTitle } from '../../src/server/merged-events.js';

const noNames = () => undefined;
const ARTICLE = 'Ferry strike ends after a week of talks';

function report(sentence: string, trigger: string, actor: string) {
  const start = sentence.indexOf(trigger);
  return { sentence, triggerSpan: { start, end: start + trigger.length }, actors: [{ text: actor }], targets: [] };
}

test("an untyped event with no clause of its own is titled by its short sentence", () => {
  const r = report('The port authority said its tugs had helped tow the listing ferry to the inner basin.', 'tow', 'its tugs');
  assert.equal(eventTitle('other', r.actors, [], null, ARTICLE, noNames, r), 'The port authority said its tugs had helped tow the listing ferry to the inner basin');
});

test('a sentence that points back, or runs long, still leaves the article as the title', () => {
  const back = report('Its tugs had towed the listing ferry to the inner basin before the storm reached the coast.', 'towed', 'Its tugs');
  assert.equal(eventTitle('other', back.actors, [], null, ARTICLE, noNames, back), 'Event, in “Ferry strike ends after a week of talks”');
  const long = report(`The port authority said its tugs had helped tow the listing ferry, ${'and then a second and a third vessel, '.repeat(3)}to the inner basin.`, 'tow', 'its tugs');
  assert.equal(eventTitle('other', long.actors, [], null, ARTICLE, noNames, long), 'Event, in “Ferry strike ends after a week of talks”');
});

test('a typed event keeps its own wording: the type says what happened', () => {
  const r = report('The port authority said its tugs had helped tow the listing ferry to the inner basin.', 'tow', 'its tugs');
  assert.equal(eventTitle('protest', r.actors, [], null, ARTICLE, noNames, r), 'Protest, in “Ferry strike ends after a week of talks”');
});
