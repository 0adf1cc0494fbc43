// A verb of moving with death as its result ("fell to his death", "plunged to her death") is a death, by no one's
// hand; a fall with no such result is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const ofType = (events: EventRecord[], type: string) => events.filter((e) => e.type === type && e.status === 'asserted');

test('"fell to his death" is a death, not a killing', () => {
  for (const text of [
    'A Dutch skier has fallen to his death in the Dolomites.',
    'The hiker lost her footing on the ridge and fell to her death on Saturday.',
    'A Welsh caver slipped on wet rock and fell 40 metres to his own death in the gorge.',
  ]) {
    const events = eventsOf(text);
    assert.equal(ofType(events, 'death').length, 1, `${text}: ${listed(events)}`);
    assert.equal(ofType(events, 'killing').length, 0, `${text}: ${listed(events)}`);
  }
});

test('a fall with no death as its result is no death', () => {
  for (const text of ['Share prices fell to their lowest level in a decade on Friday.', 'A lorry fell into the canal near Leeds on Friday.']) {
    const events = eventsOf(text);
    assert.equal(ofType(events, 'death').length, 0, `${text}: ${listed(events)}`);
  }
});

test('a cause that led to someone\'s death is no fall', () => {
  const text = 'Officials said the blaze that led to the death of two porters was started deliberately.';
  const events = eventsOf(text);
  assert.equal(events.filter((e) => e.type === 'death' && e.trigger.text === 'led').length, 0, `${text}: ${listed(events)}`);
});

test('"fell 1 , 200 metres to his death" is a death where the parse hangs the phrase under a later verb', () => {
  const text = 'A Dutch skier has fallen 1 , 200 metres to his death near Zermatt , officials said .';
  const events = eventsOf(text);
  assert.equal(ofType(events, 'death').length, 1, `${text}: ${listed(events)}`);
});

test('killed after falling, or in a fall, is a death; killed after falling out with someone is not', () => {
  for (const text of [
    'A Swiss guide was killed after falling into a crevasse on Sunday.',
    'The walker was killed after slipping and falling 80 metres from the cliff path.',
    'A hiker was killed in a fall on the ridge on Sunday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(ofType(events, 'death').length, 1, `${text}: ${listed(events)}`);
    assert.equal(ofType(events, 'killing').length, 0, `${text}: ${listed(events)}`);
  }
  const quarrel = 'The farmer was killed after falling out with his neighbour over a fence.';
  assert.equal(ofType(eventsOf(quarrel), 'death').length, 0, `${quarrel}: ${listed(eventsOf(quarrel))}`);
});
