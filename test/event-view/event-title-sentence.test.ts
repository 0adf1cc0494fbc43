// An event whose type names nothing ("other") and whose clause gives no title (it opens on "its
// crews", or runs long) was titled by its article: "Event, in “Ferry strike ends…”" said neither what
// happened nor who did it. Its own sentence, when short and not pointing back, titles it instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTitle } from '../../src/event-view/merged-events.js';

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
  // named by the noun of what it does (action-noun.ts), not "Event"
  assert.equal(eventTitle('other', back.actors, [], null, ARTICLE, noNames, back), 'Tow, in “Ferry strike ends after a week of talks”');
  const long = report(`The port authority said its tugs had helped tow the listing ferry, ${'and then a second and a third vessel, '.repeat(3)}to the inner basin.`, 'tow', 'its tugs');
  assert.equal(eventTitle('other', long.actors, [], null, ARTICLE, noNames, long), 'Tow, in “Ferry strike ends after a week of talks”');
});

test('an untyped event with no clause of its own is titled by the noun of what it does and what it was done to', () => {
  // its sentence read as a paragraph on the timeline, and the clause opens on "its tugs"
  const r = { ...report('The port authority said its tugs had helped tow the listing ferry to the inner basin.', 'tow', 'its tugs'), targets: [{ text: 'the listing ferry to the inner basin' }] };
  assert.equal(eventTitle('other', r.actors, r.targets, null, ARTICLE, noNames, r), 'Tow of the listing ferry to the inner basin');
  // a clause that opens on its verb ("Evacuate dozens of …", its party too far back) reads as an order
  const evacuated = { ...report('The agency said its medics had helped evacuate dozens of passengers from the stranded ferry.', 'evacuate', 'its medics'), targets: [{ text: 'dozens of passengers from the stranded ferry' }] };
  assert.equal(eventTitle('other', evacuated.actors, evacuated.targets, null, ARTICLE, noNames, evacuated), 'Evacuation of dozens of passengers from the stranded ferry');
  // a target that points back names nothing: the sentence still titles it
  const back = { ...r, targets: [{ text: 'its own ferry' }] };
  assert.equal(eventTitle('other', back.actors, back.targets, null, ARTICLE, noNames, back), 'The port authority said its tugs had helped tow the listing ferry to the inner basin');
});

test('a typed event whose clause opens on its verb is titled by its type and what it was done to', () => {
  // its party too far back for the clause, which opens on "returned"
  const r = { ...report('Rights groups said stowaways found on the ferry had been held in crowded cells at the harbour for several days and returned to the port without papers.', 'returned', 'Rights groups'), actors: [], targets: [{ text: 'stowaways found on the ferry' }] };
  assert.equal(eventTitle('deportation', [], r.targets, null, ARTICLE, noNames, r), 'Deportation of stowaways found on the ferry');
  // with no such target it keeps the clause
  assert.equal(eventTitle('deportation', [], [], null, ARTICLE, noNames, { ...r, targets: [] }), 'Returned to the port without papers');
});

test('a typed event keeps its own wording: the type says what happened', () => {
  const r = report('The port authority said its tugs had helped tow the listing ferry to the inner basin.', 'tow', 'its tugs');
  assert.equal(eventTitle('protest', r.actors, [], null, ARTICLE, noNames, r), 'Protest, in “Ferry strike ends after a week of talks”');
});
