// A road crash: a hit-and-run, however the text spaces or hyphenates it, names the crash, and one killed by a driver or
// a motor vehicle died in it (a death, not a killing), with the verb of striking joined to that death telling the crash
// itself. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}${e.theme ? `/${e.theme}` : ''}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const crashes = (text: string) => eventsOf(text).filter((e) => e.type === 'other' && e.theme === 'crash');
const types = (text: string) => eventsOf(text).map((e) => e.type);

test('a hit-and-run names a crash however it is spaced', () => {
  for (const text of [
    'Detectives are looking for the hit-and-run motorist who left a jogger badly hurt near the bridge on Tuesday.',
    'Detectives are looking for the hit - and - run motorist who left a jogger badly hurt near the bridge on Tuesday.',
    'A delivery rider was badly hurt in a hit and run near the bridge on Tuesday, detectives said.',
  ]) {
    assert.equal(crashes(text).length, 1, `${text}: ${show(text)}`);
  }
});

test('hit-and-run raids and tactics are fighting, not a crash', () => {
  for (const text of [
    'Insurgents carried out hit-and-run raids on three border posts on Tuesday.',
    'The militia has relied on hit and run tactics in the hills since March.',
  ]) {
    assert.equal(crashes(text).length, 0, `${text}: ${show(text)}`);
  }
});

test('killed in a hit-and-run is a death in a crash', () => {
  const text = 'Olek Varga, 44, was killed in a hit - and - run collision on the ring road on Tuesday, officers said.';
  assert.ok(types(text).includes('death') && !types(text).includes('killing'), show(text));
  assert.equal(crashes(text).length, 1, show(text));
});

test('one killed by a driver or a car died in a crash: a death, not a killing', () => {
  for (const text of [
    'A retired teacher was killed by a speeding driver on Tuesday near the school, officers said.',
    'The van driver who killed a courier on the ring road on Tuesday has been named, officers said.',
    'A courier was killed by a delivery truck on Tuesday near the depot, officers said.',
  ]) {
    assert.ok(types(text).includes('death') && !types(text).includes('killing'), `${text}: ${show(text)}`);
  }
});

test('hit or struck and killed by a driver or a car: the striking is the crash beside the death', () => {
  for (const text of [
    'A retired teacher was hit and killed by a taxi on Tuesday near the school, officers said.',
    'A courier was struck and killed by a speeding van driver on Tuesday near the depot, officers said.',
  ]) {
    assert.ok(types(text).includes('death'), `${text}: ${show(text)}`);
    assert.equal(crashes(text).length, 1, `${text}: ${show(text)}`);
  }
});

test('killed by a gunman, or hit and killed by a bullet, stays a killing with no crash', () => {
  for (const text of [
    'A shopkeeper was killed by a masked gunman on Tuesday near the market, officers said.',
    'A stray bullet hit and killed a shopkeeper on Tuesday near the market, officers said.',
  ]) {
    assert.ok(types(text).includes('killing') && !types(text).includes('death'), `${text}: ${show(text)}`);
    assert.equal(crashes(text).length, 0, `${text}: ${show(text)}`);
  }
});
