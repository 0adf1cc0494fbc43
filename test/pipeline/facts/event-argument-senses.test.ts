// Event words read by their arguments on news the rules were not written for: a unit standing down, a
// post given by "named", a crop's "winter kill", a figurative disaster, a document released. Each false
// reading has its true counterpart beside it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const ofType = (text: string, type: string) => {
  const events = eventsOf(text);
  return { n: events.filter((e) => e.type === type).length, all: listed(events) };
};

test('a unit or an army standing down leaves an alert, not a post; a person standing down resigns', () => {
  for (const text of ['The border stayed quiet. The troops stood down on Sunday after the truce.', 'The alert was lifted. The army was stood down on Friday.', 'The alert was lifted. Two battalions were stood down on Friday.']) {
    const { n, all } = ofType(text, 'resignation');
    assert.equal(n, 0, `${text}: ${all}`);
  }
  // the team one leaves for is the next post, not who stood down
  for (const text of ['The vote was lost. The chairman stood down on Monday.', 'Sales slowed. Its president and chief financial officer, Ann Mills, is stepping down to head a sales team.']) {
    const { n, all } = ofType(text, 'resignation');
    assert.equal(n, 1, `${text}: ${all}`);
  }
  // a fronted phrase is not who steps down: the parse's subject is
  const fronted = eventsOf('The mayor was criticised. “In his remarks today, Mayor Jones shamefully refused to even say the words ‘Big Lie.’ For that reason alone, he should step down,” Ms Cole said.').filter((e) => e.type === 'resignation');
  assert.equal(fronted.length, 1, listed(fronted));
});

test('named with a post the parse attaches to it is an appointment; a report naming a minister is not', () => {
  for (const text of ['The cabinet was reshuffled. Mr Tanaka was named finance minister on Tuesday.', 'The cabinet was reshuffled. The president named Ms Roy finance minister on Tuesday.']) {
    const { n, all } = ofType(text, 'appointment');
    assert.equal(n, 1, `${text}: ${all}`);
  }
  const { n, all } = ofType('The inquiry ended. The report named the minister on Tuesday.', 'appointment');
  assert.equal(n, 0, all);
});

test('winter kill of a crop is no killing; a killing with a victim still is', () => {
  const { n, all } = ofType('Wheat prices rose. Winter kill hit the wheat in Kansas.', 'killing');
  assert.equal(n, 0, all);
  // a participle after its victims has no object of its own, yet names them
  for (const text of ['The village was raided. Gunmen killed three farmers on Monday.', 'The crash was investigated. Her son was one of six Britons killed in the blast at the depot in Leeds.']) {
    const real = ofType(text, 'killing');
    assert.equal(real.n, 1, `${text}: ${real.all}`);
  }
});

test('a figurative disaster is no disaster; a wave that hit a coast is one', () => {
  for (const text of ['Shops are closing. A digital tsunami is sweeping the music trade.', 'Shops are closing. Record labels were hit by a digital tsunami last year.']) {
    const { n, all } = ofType(text, 'other');
    assert.equal(n, 0, `${text}: ${all}`);
  }
  const { n, all } = ofType('The sea rose. A tsunami hit the coast on Monday.', 'other');
  assert.equal(n, 1, all);
});

test('a memo released is published, even with a person named in its phrase; a person released is freed', () => {
  for (const text of ['The race tightened. A Dole campaign memo was released on Monday.', "The race tightened. John Smith's memo was released on Monday."]) {
    const { n, all } = ofType(text, 'release');
    assert.equal(n, 0, `${text}: ${all}`);
  }
  for (const text of ['The talks worked. Rebels freed Mr Lee on Monday.', 'The talks worked. The swap won the release of Mr Lee and other men held abroad.']) {
    const { n, all } = ofType(text, 'release');
    assert.equal(n, 1, `${text}: ${all}`);
  }
});
