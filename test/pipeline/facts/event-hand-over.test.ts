// "Hand over" extradites a person; handing over the reins, power or documents passes on a thing
// (a sense rule in data/event-senses.json). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function events(text: string): EventRecord[] {
  const a = analyseText(`Briefs\n\n${text}`, { published: '2031-03-12' });
  return a.events;
}

function extraditions(text: string): EventRecord[] {
  return events(text).filter((e) => e.type === 'extradition');
}

test('handing over the reins or documents is no extradition', () => {
  assert.equal(extraditions('The chief executive will hand over the reins to his deputy in May.').length, 0);
  assert.equal(extraditions('The company handed over thousands of documents to investigators on Monday.').length, 0);
});

test('a suspect handed over to another country is still extradited', () => {
  assert.equal(extraditions('Turkey handed over the suspect to German police on Monday.').length, 1);
});

test('hostages handed over are released, not extradited', () => {
  for (const text of ['The two hostages were handed over to the army on Friday.', 'The militia handed over three of the hostages to a church mission.']) {
    assert.equal(extraditions(text).length, 0, text);
    assert.deepEqual(events(text).map((e) => e.type), ['release'], text);
  }
});

test('prisoners handed over to the authorities stay an extradition, a job handed over none', () => {
  assert.equal(extraditions('The coastguard said the prisoners were handed over to the authorities in Mombasa.').length, 1);
  // the head of the phrase is the job, though a person is named in it
  assert.equal(extraditions("She handed over the treasurer's job to her deputy.").length, 0);
});
