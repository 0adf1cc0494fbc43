// Events read on other outlets' pages (round seven): status, dates and places. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.date?.iso ?? '-'}:${e.place?.text ?? '-'}`).join(', ');

test('the day a statement was made after the event\'s clause does not date the event', () => {
  for (const text of [
    'Two guards were killed in the ambush, the ministry said on Wednesday.',
    'Four fishermen were detained near the reef, officials told reporters on Tuesday.',
  ]) {
    const e = eventsOf(text).find((x) => ['killing', 'attack', 'detention', 'arrest'].includes(x.type));
    assert.ok(e, `${text}: ${show(text)}`);
    assert.equal(e.date, null, `${text}: ${show(text)}`);
  }
  // the event's own day still dates it
  const own = 'The driver was arrested on Friday, police said on Saturday.';
  assert.equal(eventsOf(own).find((x) => x.type === 'arrest')?.date?.iso, '2021-03-12', show(own));
});

test('a clause of "after" or "before" keeps the other clause\'s time', () => {
  const text = 'The envoy flew to Kabul in 2015, after the rebels freed two hostages.';
  const release = eventsOf(text).find((x) => x.type === 'release');
  assert.ok(release, show(text));
  assert.equal(release.date, null, show(text));
  const main = 'Police arrested the driver in March, two weeks after the protest.';
  assert.equal(eventsOf(main).find((x) => x.type === 'arrest')?.date?.iso, '2021-03', show(main));
});

test('an inquiry or a charge about an earlier deed is not dated by the deed\'s year', () => {
  for (const text of ['The panel was asked to investigate fraud in the 2016 election.', 'Three men were charged with murder on Monday over the 2015 bombing.']) {
    const e = eventsOf(text).find((x) => x.type === 'investigation' || x.type === 'charge');
    assert.ok(e, `${text}: ${show(text)}`);
    assert.notEqual(e.date?.iso, text.includes('2016') ? '2016' : '2015', show(text));
  }
  // the deed keeps its year; a killing in a disaster is dated by it
  assert.ok(eventsOf('Hundreds of villagers were killed in the 2004 tsunami.').some((e) => e.date?.iso === '2004'));
});

test('an event noun takes no place from another verb\'s phrase or a subject in its sentence', () => {
  const text = 'The senator offered to move the radar base in Northern Europe if Moscow kept quiet before the 2014 election.';
  const election = eventsOf(text).find((e) => e.type === 'election');
  assert.ok(election, show(text));
  assert.equal(election.place, null, show(text));
  // a place the parse hangs on the noun's own clause still places it
  const own = 'Voters in Ghana went to the polls for the election on Monday.';
  assert.equal(eventsOf(own).find((e) => e.type === 'election')?.place?.text, 'Ghana', show(own));
});

test('"in case" opens a precaution, not a happening', () => {
  for (const text of ['She wore dark glasses in case the photographers catch her leaving the clinic.', 'The drivers carry radios in case of an attack on the convoy.']) {
    const e = eventsOf(text).find((x) => x.type === 'arrest' || x.type === 'attack');
    assert.ok(!e || e.status === 'hypothetical', `${text}: ${show(text)}`);
  }
});

test('a request, a need or an exposure to an inquiry or a trial is not one that happened or is planned', () => {
  for (const text of [
    'The envoy passed on the governor\'s request to investigate the contractor.',
    'Officials believed the regulator needed to investigate the contract.',
    'The complaints need to be investigated by the ministry.',
    'The banker left himself open to prosecution with those remarks.',
  ]) {
    const e = eventsOf(text).find((x) => x.type === 'investigation' || x.type === 'prosecution');
    assert.ok(!e || e.status === 'hypothetical', `${text}: ${show(text)}`);
  }
});

test('a subjectless "before" clause is the same body\'s next step and shares its time', () => {
  const text = 'After a trial in May, the jury deliberated for an hour before convicting the driver of fraud.';
  const conviction = eventsOf(text).find((e) => e.type === 'conviction');
  assert.ok(conviction, show(text));
  assert.equal(conviction.date?.iso, '2020-05', show(text));
});

test('a court step the text places nowhere sits where a court "in" a town sits, not in the story\'s country', () => {
  const text = 'The banker was sentenced to ten years in prison on Monday.\n\nA court in Lyon heard that he had hidden the funds. The French authorities welcomed the ruling.';
  const sentencing = eventsOf(text).find((e) => e.type === 'sentencing');
  assert.ok(sentencing, show(text));
  assert.equal(sentencing.place?.text, 'Lyon', show(text));
});

test('a time before the speaker of a closing "… said" is still the event\'s own', () => {
  const text = 'The talks on fishing quotas have been put off until tomorrow, delegates said.';
  const meeting = eventsOf(text).find((e) => e.type === 'meeting');
  assert.ok(meeting, show(text));
  assert.equal(meeting.date?.iso, '2021-03-13', show(text));
});
