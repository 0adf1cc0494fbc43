// Every member of a coordinated list is a participant of the event, where the parse ties the members
// together and where it does not (it hangs one off a date, or makes the first name the sentence's
// root); a description between commas right after a name is that name's apposition, no member; a
// member that opens a clause of its own is no participant. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord, EventRole } from '../../../src/types.js';

function eventOf(text: string, type: string): EventRecord {
  const e = analyseText(`Briefs\n\n${text}`, { published: '2031-03-12' }).events.find((x) => x.type === type);
  assert.ok(e, `a ${type} in: ${text}`);
  return e;
}
const shown = (roles: EventRole[]) => roles.map((r) => (r.referent ? `${r.text} → ${r.referent.name}` : r.text));

test('a name with its apposition and the member after it are two participants', () => {
  assert.deepEqual(shown(eventOf("Lauri Saar, the airport's security chief, and his deputy were detained in Tartu on Monday.", 'detention').targets), ['Lauri Saar', 'his deputy']);
  assert.deepEqual(
    shown(eventOf('Police in Narva detained Peeter Kuusk, the head of the customs office, and three of his inspectors on Friday.', 'detention').targets),
    ['Peeter Kuusk', 'three of his inspectors'],
  );
});

test('a description and the names listed after it are each a participant', () => {
  assert.deepEqual(shown(eventOf('Officers detained the pilot, Olev Rebane and Kaja Mets at the airfield on Sunday.', 'detention').targets), ['the pilot', 'Olev Rebane', 'Kaja Mets']);
});

test('a name and a description joined by "and" are two participants', () => {
  assert.deepEqual(shown(eventOf('Lauri Saar and his deputy were detained in Tartu on Monday.', 'detention').targets), ['Lauri Saar', 'his deputy']);
});

test('near misses: an apposition naming the one before it, and a clause after "and", add no participant', () => {
  assert.deepEqual(shown(eventOf("Police arrested the harbour's spokesman, Ivan Petrov, on Monday.", 'arrest').targets), ["the harbour's spokesman → Ivan Petrov"]);
  assert.deepEqual(shown(eventOf('Police arrested Mart Kask and his wife said he was innocent.', 'arrest').targets), ['Mart Kask']);
  assert.deepEqual(shown(eventOf('Police questioned Lauri Saar, and his deputy was detained on Monday.', 'detention').targets), ['his deputy']);
});

test('a described member is the whole phrase the parse makes of it, an "and" inside it included', () => {
  assert.deepEqual(
    shown(eventOf('Police in Pärnu detained Jaan Ilves, the head of the harbour, and the director of research and development on Friday.', 'detention').targets),
    ['Jaan Ilves', 'the director of research and development'],
  );
  assert.deepEqual(shown(eventOf('Police in Pärnu detained Jaan Ilves and the head of sales and marketing on Friday.', 'detention').targets), ['Jaan Ilves', 'the head of sales and marketing']);
});
