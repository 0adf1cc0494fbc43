// Sense rules read from the arguments: charges a sentence or an arrest rests on are its grounds, not an
// accusation of their own; a bill that dies is dropped. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`The report was published on Tuesday.\n\n${text}`, { published: '2031-03-11' }).events;
}
const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ') || 'none';
const ofType = (events: EventRecord[], type: string) => events.filter((e) => e.type === type);

test('the charges a sentence or an arrest rests on are no accusation of their own', () => {
  for (const text of [
    'Varga, 61, is serving a twenty-year sentence for several charges, among them forgery, at a prison near Tulsa.',
    'Officers said the driver had been arrested twice before on charges of burglary.',
  ]) {
    const events = eventsOf(text);
    assert.equal(ofType(events, 'charge').length, 0, `${text}: ${listed(events)}`);
  }
  const charged = eventsOf('Prosecutors filed charges of fraud against the former treasurer on Monday.');
  assert.equal(ofType(charged, 'charge').length, 1, listed(charged));
});

test('a bill or a plan that dies is dropped, not a death', () => {
  for (const text of ['The zoning bill died in committee last spring.', 'Her plan to merge the two schools died with the vote.']) {
    const events = eventsOf(text);
    assert.equal(ofType(events, 'death').length, 0, `${text}: ${listed(events)}`);
  }
  const died = eventsOf('The retired ferry captain died in hospital on Friday.');
  assert.equal(ofType(died, 'death').length, 1, listed(died));
});

test('charges listed after an offence share its verb: grounds of a conviction, as the offence is', () => {
  const text = 'The ferry operator, a former mayor convicted of extortion, forgery and federal tax charges, was released in May.';
  const events = eventsOf(text);
  assert.equal(ofType(events, 'charge').length, 0, `${text}: ${listed(events)}`);
});

test('the prosecution that calls a witness is the lawyers, not a prosecution begun', () => {
  for (const text of [
    'A witness for the prosecution told the jury the van had been stolen in June.',
    'The prosecution’s second witness, a nurse, described the wound.',
  ]) {
    const events = eventsOf(text);
    assert.equal(ofType(events, 'prosecution').length, 0, `${text}: ${listed(events)}`);
  }
});
