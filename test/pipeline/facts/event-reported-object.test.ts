// A passing event noun that a past, asserted verb of doing or saying takes as its object is the report of
// that happening where the text tells it nowhere else (session 29). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const attacks = (text: string) => eventsOf(text).filter((e) => e.type === 'attack');
const asserted = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type && e.status === 'asserted');

test('a specific happening that a past clause reports is an event', () => {
  for (const text of ['Local leaders condemned the bombing in a statement.', 'Church leaders on Monday condemned the bombing.', 'Coastguards thwarted another attack.'])
    assert.equal(attacks(text).length, 1, `${text}: ${show(text)}`);
  for (const text of ['The firm reached an agreement under which its lenders would receive cash.', 'The firm defended the deal its board signed.', 'The firm defended the 20 million dollar debt accord.', 'The two firms formed a partnership.', 'The firms entered a licensing agreement.'])
    assert.equal(asserted(text, 'agreement').length, 1, `${text}: ${show(text)}`);
});

test('a happening thought about, to come, denied or in general is none', () => {
  assert.equal(eventsOf('The two firms were considering a merger.').filter((e) => e.type === 'agreement').length, 0);
  for (const text of ['Leaders will condemn the bombing.', 'Leaders did not condemn the bombing.', 'Nobody condemned the bombing.', 'Leaders condemned bombings.'])
    assert.equal(attacks(text).filter((e) => e.status === 'asserted').length, 0, `${text}: ${show(text)}`);
});

test('a happening told elsewhere in the text stays one event', () => {
  const text = 'A bomb exploded at the market in Kano on Friday, killing four people. Local leaders condemned the bombing.';
  assert.equal(attacks(text).length, 1, `${text}: ${show(text)}`);
});

test('a present perfect or a present "condemn" reports as a past does only where it is a perfect', () => {
  assert.equal(attacks('Church leaders have condemned the bombing.').length, 1, show('Church leaders have condemned the bombing.'));
  assert.equal(asserted('Church leaders condemn the bombing.', 'attack').length, 0, show('Church leaders condemn the bombing.'));
});

test('a noun told again in another word after an event is that event, not a second one', () => {
  for (const text of [
    'Gunmen killed five farmers in Sokoto on Friday. The governor condemned the attack.',
    'Troops stormed the warehouse in Lagos on Tuesday. Rights groups condemned the attack.',
  ])
    assert.equal(attacks(text).filter((e) => !e.date).length, 0, `${text}: ${show(text)}`);
});

test('a happening kept from happening, asked for, put forward or argued against is no asserted event', () => {
  for (const [text, type] of [
    ['Police prevented the bombing.', 'attack'],
    ['Guards averted the bombing.', 'attack'],
    ['The general ordered the raid.', 'attack'],
    ['The mayor ordered the arrest of the treasurer.', 'arrest'],
    ['The panel recommended a merger.', 'agreement'],
  ] as const)
    assert.equal(asserted(text, type).length, 0, `${text}: ${show(text)}`);
});

test('a noun object of "said" or of a verb with a clause of its own is no report of it', () => {
  for (const text of ['The firm said the merger with its rival would close in May.', 'Aides told the bombing was over.'])
    assert.equal(asserted(text, 'agreement').length + asserted(text, 'attack').length, 0, `${text}: ${show(text)}`);
});

test('a quantified, modified or coming happening is no particular past one', () => {
  for (const text of [
    'Leaders condemned every bombing.', 'Leaders condemned any bombing.', 'Leaders condemned all bombings.',
    'Leaders condemned the alleged bombing.', 'Leaders reportedly condemned the bombing.',
  ])
    assert.equal(asserted(text, 'attack').length, 0, `${text}: ${show(text)}`);
  for (const text of ['Investors praised the proposed merger.', 'Investors praised the merger, which will be completed next week.', 'Investors praised the deal the two sides hope to sign next month.'])
    assert.equal(asserted(text, 'agreement').length, 0, `${text}: ${show(text)}`);
});

test('coordinated objects are each an event', () => {
  const text = 'Local leaders condemned the bombing, the shooting and the stabbing.';
  assert.ok(attacks(text).length >= 2, `${text}: ${show(text)}`);
});

test('the object of an event word, a heading or a bare plural is not promoted', () => {
  assert.equal(eventsOf('Shareholders approved the merger.').filter((e) => e.type === 'agreement').length, 0, show('Shareholders approved the merger.'));
  const head = analyseText('Leaders condemned the bombing\n\nThe weather was mild all week.', { published: '2021-03-12' }).events.filter((e) => e.type === 'attack');
  assert.equal(head.length, 0);
  assert.equal(asserted('Leaders condemned bombings.', 'attack').length, 0);
});
