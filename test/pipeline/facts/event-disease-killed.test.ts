// A disease that "killed" people is how they died, not a killer: the same sense check by argument as
// "died of" an illness, on the subject. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`).events;
}

test('a disease as the subject of "killed" is a death', () => {
  for (const text of [
    'Over the centuries, plague has killed millions of people around the world.',
    'Last spring an outbreak of plague killed two herders in the northern hills, the ministry said.',
    'Malaria kills hundreds of children in the region every month, doctors said.',
  ]) {
    const events = eventsOf(text);
    assert.ok(!events.some((e) => e.type === 'killing'), `${text}: ${events.map((e) => e.type).join(', ')}`);
    assert.ok(events.some((e) => e.type === 'death'), `${text}: ${events.map((e) => e.type).join(', ')}`);
  }
});

test('a gunman or rebels who killed people: still a killing', () => {
  assert.ok(eventsOf('A gunman killed three shoppers at a market in the capital, police said.').some((e) => e.type === 'killing'));
  assert.ok(eventsOf('Rebels killed six soldiers near the border on Tuesday, the army said.').some((e) => e.type === 'killing'));
});
