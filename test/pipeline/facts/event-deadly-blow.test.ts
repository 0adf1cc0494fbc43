// A verb of striking whose result the parse gives as death ("shot dead", "strangled … to death") is a
// killing; a verb that is no blow, or a blow with no such result, is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const killings = (events: EventRecord[]) => events.filter((e) => e.type === 'killing' && e.status === 'asserted');

test('"was shot dead", "shot dead two guards" and "strangled … to death" are killings, with their counts', () => {
  const passive = eventsOf('A night watchman was shot dead outside a warehouse in Dundee on Friday.');
  assert.equal(killings(passive).length, 1, listed(passive));
  const active = eventsOf('Gunmen shot dead two guards at a checkpoint near Mosul on Friday.');
  assert.equal(killings(active).length, 1, listed(active));
  assert.equal(killings(active)[0].counts.killed?.value, 2, listed(active));
  const strangled = eventsOf('A lodger strangled his landlady to death in Dundee on Friday.');
  assert.equal(killings(strangled).length, 1, listed(strangled));
});

test('no killing where the verb is no blow or death is not its result', () => {
  for (const text of [
    'The audience was bored to death by the lecture in Dundee on Friday.',
    'A new series was shot in Dundee last summer.',
    'Two hikers were found dead near the summit on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(killings(events).length, 0, `${text}: ${listed(events)}`);
  }
});

test('"beaten to death" is a killing, though the parse leaves the participle "beaten" as its lemma', () => {
  const events = eventsOf('A shopkeeper was beaten to death by a gang of youths in Leeds on Saturday.');
  assert.equal(killings(events).length, 1, listed(events));
});

test('"gunned down" is a killing, active or passive; a gun lying down the road is none', () => {
  const passive = eventsOf('A pharmacist was gunned down outside his home in Cork on Thursday.');
  assert.equal(killings(passive).length, 1, listed(passive));
  const active = eventsOf('Two masked men gunned down a local councillor in Cork on Thursday.');
  assert.equal(killings(active).length, 1, listed(active));
  const none = eventsOf('Officers found a gun down the side of a sofa in Cork on Thursday.');
  assert.equal(killings(none).length, 0, listed(none));
});
