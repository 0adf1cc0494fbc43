// Obituaries (src/pipeline/facts/events/obituary.ts): a story that opens on a death and gives the age at death tells
// that death as news and the life it recalls as background. Sentences are our own, in shapes news uses.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

const ofType = (events: EventRecord[], type: string) => events.filter((e) => e.type === type);

test('an obituary recalls the life behind the death as background, not the death or what is still to come', () => {
  const events = analyseText(
    'Trumpeter Harold Vance has died\n\nHarold Vance, the trumpeter who led the harbour town\'s first jazz orchestra, has died.\n\nHe was 88.\n\n' +
      'Vance was arrested in 1961 during a sit-in at a lunch counter in Mobile.\n\n' +
      'Years later he was appointed director of the conservatory.\n\nA private funeral will be held on Friday.',
  ).events;
  const death = ofType(events, 'death');
  assert.ok(death.length > 0 && death.every((e) => !e.background), 'the death is the news');
  const recalled = [...ofType(events, 'arrest'), ...ofType(events, 'appointment')];
  assert.ok(recalled.length > 0, events.map((e) => e.type).join(', '));
  assert.ok(recalled.every((e) => e.background), recalled.map((e) => `${e.type}:${String(e.background)}`).join(', '));
});

test('a death given its age in the headline makes an obituary too', () => {
  const events = analyseText('Jazz trumpeter Harold Vance dies at 88\n\nHarold Vance died on Sunday in a hospital near his home.\n\nHe was born in Mobile and played the trumpet from the age of nine.\n\nIn 1975 he resigned from the orchestra after a row over pay.').events;
  const left = ofType(events, 'resignation');
  assert.ok(left.length > 0 && left.every((e) => e.background), events.map((e) => `${e.type}:${String(e.background)}`).join(', '));
});

test('a death with no age at death is no obituary: what follows it is news', () => {
  const events = analyseText('Cyclist killed on ring road\n\nA cyclist died on Sunday after being hit by a van on the ring road.\n\nThe road was closed for six hours.\n\nPolice arrested the driver of the van on Monday.').events;
  const arrests = ofType(events, 'arrest');
  assert.ok(arrests.length > 0 && arrests.every((e) => !e.background), events.map((e) => `${e.type}:${String(e.background)}`).join(', '));
});

test('a death at a clock time is no obituary: the arrest after it is news', () => {
  const events = analyseText('Shopkeeper dies after stabbing\n\nA shopkeeper who was stabbed behind his counter died at 2:40 on Sunday morning.\n\nPolice arrested a teenager on Monday.').events;
  const arrests = ofType(events, 'arrest');
  assert.ok(arrests.length > 0 && arrests.every((e) => !e.background), events.map((e) => `${e.type}:${String(e.background)}`).join(', '));
});
