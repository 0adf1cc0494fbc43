// Two event rules made narrower: a place's own operation ("Ruritania's attack on ...") is one only when it is
// aimed at a place, at people or a group, or at no one told ("France's attack on the budget deficit" is
// policy talk); and a bare plural subject of a present is general talk ("Elections are costly") unless the
// clause says where or that the happenings go on, start or spread ("Protests continue in several cities").
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

/** A first line the pipeline may read as a headline, so the sentence under test is body text. */
const LEAD = 'The report was published on Tuesday.\n\n';

function eventsOf(text: string): EventRecord[] {
  return analyseText(LEAD + text, { published: '2024-05-14' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const facts = (events: EventRecord[], type: string) => events.filter((e) => e.type === type && (e.status === 'asserted' || e.status === 'alleged'));

test("a place's attack on a policy aim or a law is no operation", () => {
  const cases: [string, string][] = [
    ["France's attack on the budget deficit worried investors.", 'attack'],
    ["Mexico's attack on inflation has worked, the central bank said.", 'attack'],
    ["Germany's invasion of privacy laws drew a rebuke from Brussels.", 'military_operation'],
    ["Portugal's assault on red tape pleased small firms.", 'attack'],
  ];
  for (const [text, type] of cases) {
    const events = eventsOf(text);
    assert.equal(facts(events, type).length, 0, `${text}: ${listed(events)}`);
  }
});

test("a place's operation on a place, on people or on no one told is still one", () => {
  const cases: [string, string][] = [
    ["Ruritania's attack on Moldova's power grid left thousands without heat.", 'attack'],
    ["Sudan's attack on the rebels drew condemnation from the neighbours.", 'attack'],
    ["Russia's offensive stalled near the river.", 'military_operation'],
    ["The council condemned Ruritania's invasion of Moldova in a statement.", 'military_operation'],
  ];
  for (const [text, type] of cases) {
    const events = eventsOf(text);
    assert.equal(facts(events, type).length, 1, `${text}: ${listed(events)}`);
  }
});

test('a bare plural that goes on, or is told where, is news of particular happenings', () => {
  const cases: [string, string][] = [
    ['Protests continue in several cities across Iran, witnesses said.', 'protest'],
    ['Talks resume in Geneva, diplomats said.', 'meeting'],
    ['Protests erupt across the capital as fuel prices rise.', 'protest'],
    ['Protests grow in the northern towns, residents said.', 'protest'],
  ];
  for (const [text, type] of cases) {
    const events = eventsOf(text);
    assert.equal(facts(events, type).length, 1, `${text}: ${listed(events)}`);
  }
});

test('what such happenings are or do in general stays no event', () => {
  for (const [text, type] of [['Elections are costly, the commission said.', 'election'], ['Strikes hurt growth, economists say.', 'strike']]) {
    const events = eventsOf(text);
    assert.equal(facts(events, type).length, 0, `${text}: ${listed(events)}`);
  }
});
