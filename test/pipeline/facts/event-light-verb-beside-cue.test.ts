// An event noun whose light verb is coordinated with a verb of planning is the deed done, not the plan:
// "plotted and carried out a raid" tells of a raid that happened. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const LEAD = 'The harbour was calm on Thursday. ';
const attackOf = (text: string) => {
  const events = analyseText(LEAD + text).events;
  return { found: events.find((e) => e.type === 'attack')?.status, all: events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ') };
};

test('a light verb beside a planning verb makes its event noun asserted', () => {
  for (const text of ['The smugglers planned and carried out an attack on the depot.', 'Two brothers plotted and carried out a bombing in the port.']) {
    const { found, all } = attackOf(text);
    assert.equal(found, 'asserted', `${text}: ${all}`);
  }
});

test('an event noun the planning verb takes stays planned', () => {
  const { found, all } = attackOf('The smugglers planned an attack on the depot.');
  assert.equal(found, 'planned', all);
});
