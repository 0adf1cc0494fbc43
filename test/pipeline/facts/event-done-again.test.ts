// A deed done again is the same kind of deed: "re-elected", "rehired", "reappointed", "re-arrested"
// (data/event-verbs.tsv condition "again"). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';
import { parseEventVerbs } from '../../../src/pipeline/lexicons/event-triggers.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('the lexicon spells a deed done again with and without the hyphen, only where the line asks', () => {
  const { verbs } = parseEventVerbs('election\telect\t-\t-\t-\tagain\nsanction\tfine\t-\t-\t-\t-\n', 'test.tsv');
  for (const form of ['re-elected', 'reelected', 're-elect', 'reelects', 're-electing']) assert.equal(verbs.get(form)?.lemma, 'elect', form);
  assert.equal(verbs.get('re-elected')?.form, 'ed');
  assert.equal(verbs.get('refined'), undefined);
});

test('re-elected, rehired, reappointed and re-arrested tell the deed itself', () => {
  for (const [text, type] of [
    ['The mayor of the port town was re-elected on Friday with 60 percent of the vote.', 'election'],
    ['The club rehired Tom Reed as its coach on Friday.', 'appointment'],
    ['The bank reappointed Ann Cole as its chairman on Friday.', 'appointment'],
    ['Police re-arrested the escaped inmate, Tom Reed, on Friday.', 'arrest'],
  ] as const) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.type === type && e.status === 'asserted').length, 1, `${text}: ${listed(events)}`);
  }
});
