// Events read on other outlets' news (round eight): happenings told as nouns of a named owner, deals,
// court decisions, deaths found, attempted murders, and what looks like an event but is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const typed = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type);

test('a named person\'s or body\'s own happening, told as a noun, is an event', () => {
  for (const [text, type] of [
    ['Mr Okafor\'s arrest was confirmed by the ministry on Monday.', 'arrest'],
    ['Ms Lindqvist\'s resignation surprised the board.', 'resignation'],
    ['Mr Tanaka\'s appointment as finance director was announced yesterday.', 'appointment'],
    ['The Senate investigation into the contract began in the spring.', 'investigation'],
  ] as const) assert.equal(typed(text, type).length, 1, `${text}: ${show(text)}`);
  // a name before an occasion may name its kind; a bare noun with no owner stays a passing mention
  assert.equal(typed('Several members plan to speak up at the PLP meeting, which may be tense.', 'meeting').filter((e) => e.status === 'asserted').length, 0);
});

test('a merger is an agreement; a takeover or acquisition of a named company a deal', () => {
  assert.equal(typed('Harlow Foods announced a merger with Pellam Dairies on Monday.', 'agreement').length, 1, show('Harlow Foods announced a merger with Pellam Dairies on Monday.'));
  for (const text of ['Harlow Foods completed its acquisition of Pellam Dairies last week.', 'Regulators cleared the takeover of Pellam Dairies by Harlow Foods.']) {
    assert.equal(typed(text, 'other').length, 1, `${text}: ${show(text)}`);
  }
  // no named party: a way of growing, not a deal
  assert.equal(typed('The chain has grown mostly through acquisitions.', 'other').length, 0);
  // what an agreement is about is that agreement, not a second happening
  const about = 'Harlow and Pellam said they reached an agreement for the acquisition of Pellam by Harlow.';
  assert.equal(typed(about, 'other').length, 0, show(about));
  assert.equal(typed(about, 'agreement').length, 1, show(about));
});

test('an attempted murder is an attack, not a killing', () => {
  const text = 'There have been four attempted murders of clinic staff in the county since May.';
  assert.equal(typed(text, 'killing').length, 0, show(text));
});

test('a court\'s decision is a ruling; any other decision is none', () => {
  const text = 'Lawyers for the tribe welcomed the Supreme Court decision on the water rights case.';
  assert.equal(typed(text, 'ruling').length, 1, show(text));
  for (const other of ['The decision to close the branch was announced on Monday.', 'Mr Duarte said the decision was his own.']) {
    assert.equal(typed(other, 'ruling').length, 0, `${other}: ${show(other)}`);
  }
});

test('someone found dead died', () => {
  const text = 'A retired teacher was found dead at her home in Leeds on Sunday.';
  assert.equal(typed(text, 'death').length, 1, show(text));
  // found guilty is no death
  assert.equal(typed('The driver was found guilty on Monday.', 'death').length, 0);
});

test('a verbal attack between two named people is not an event; violence still is', () => {
  const words = 'Senator Ruiz attacked Governor Hale in a radio interview on Monday.';
  assert.equal(typed(words, 'attack').length, 0, show(words));
  const blows = 'A man attacked two guards with a knife outside the station on Monday.';
  assert.equal(typed(blows, 'attack').length, 1, show(blows));
});

test('an -ing word before victims or suspects names no act', () => {
  const text = 'Relatives of shooting victims met the mayor on Tuesday.';
  assert.equal(typed(text, 'attack').length, 0, show(text));
});

test('a participle on "someone" or "anyone" describes whoever it may be', () => {
  const text = 'The new law sets a ten-year term for anyone convicted of arson.';
  assert.equal(typed(text, 'conviction').length, 0, show(text));
  // particular people still tell their fate
  assert.equal(typed('Two men convicted of arson were freed on Monday.', 'conviction').length, 1);
});

test('a relative pronoun before the verb is its subject, not a determiner', () => {
  const text = 'Police recovered the truck that killed four cyclists near Leeds on Sunday.';
  assert.equal(typed(text, 'killing').length, 1, show(text));
});

test('a moment that captures something arrests no one; people captured are arrested', () => {
  const text = 'It was a speech that captured what the voters wanted to hear.';
  assert.equal(typed(text, 'arrest').length, 0, show(text));
  assert.equal(typed('Police captured the gunman near the station on Monday.', 'arrest').length, 1);
});

test('a press release named for a person frees no one; a person\'s release does', () => {
  const text = 'In the Okafor release announcing the plan, the campaign set out its aims.';
  assert.equal(typed(text, 'release').length, 0, show(text));
  assert.equal(typed('Pressure from abroad secured Mr Okafor\'s release after ten months.', 'release').length, 1);
});
