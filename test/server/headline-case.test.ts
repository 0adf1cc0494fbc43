// A wire headline in capitals ("BAHIA COCOA REVIEW") became an event's title as it was ("Report, in
// “BAHIA COCOA REVIEW”") on the timeline and event pages: a title built from it reads in title case,
// while the stored headline keeps its capitals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readableHeadline, writtenInCapitals } from '../../src/headline-case.js';
import { eventTitle } from '../../src/event-view/merged-events.js';

test('a headline in capitals reads in title case; initials keep their capitals', () => {
  assert.equal(readableHeadline('BAHIA COCOA REVIEW'), 'Bahia Cocoa Review');
  assert.equal(readableHeadline('OIL PRICES FALL IN TOKYO AS BP WARNS'), 'Oil Prices Fall in Tokyo as BP Warns');
  assert.equal(readableHeadline('US AND EU AGREE ON STEEL, IT SAYS'), 'US and EU Agree on Steel, It Says');
  assert.equal(readableHeadline('U.S. FARMERS BACK GRAIN DEAL'), 'U.S. Farmers Back Grain Deal');
  assert.equal(readableHeadline('THE HARBOUR’S NEW CRANES'), 'The Harbour’s New Cranes');
  // written with lower case: as it is
  assert.equal(readableHeadline('Ferry strike halts crossings in NATO port'), 'Ferry strike halts crossings in NATO port');
  assert.equal(writtenInCapitals('A'), false);
});

test('three or four letters WordNet knows only as a body\'s or a place\'s initials keep their capitals; a name spelt no other way reads as a word', () => {
  assert.equal(readableHeadline('IMF AND NATO BACK OPEC PLAN'), 'IMF and NATO Back OPEC Plan');
  assert.equal(readableHeadline('NATO’S NEW CHIEF VISITS FBI'), 'NATO’s New Chief Visits FBI');
  assert.equal(readableHeadline('FLOODS IN IRAN, PERU AND OHIO'), 'Floods in Iran, Peru and Ohio');
  assert.equal(readableHeadline('IRAN’S GRAIN HARVEST'), 'Iran’s Grain Harvest');
  assert.equal(readableHeadline('STRIKERS LED BY MINERS MARCH ON ROME'), 'Strikers Led by Miners March on Rome');
  assert.equal(readableHeadline('MAO PORTRAIT SOLD'), 'Mao Portrait Sold');
});

test('an event titled after its article says a headline in capitals in title case', () => {
  const none = () => undefined;
  assert.equal(eventTitle('attack', [], [], null, 'BAHIA COCOA REVIEW', none), 'Attack, in “Bahia Cocoa Review”');
  assert.equal(eventTitle('attack', [], [], null, 'Shells hit town', none), 'Attack, in “Shells hit town”');
});
