// An event whose type names nothing ("other") was titled by its party alone ("Event by the ferry
// company"), and one with neither party nor place by the article it is in: the timeline said who,
// or where it was read, but not what happened. Such a title is now the report's own clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTitle } from '../../src/event-view/merged-events.js';
import { eventClause } from '../../src/event-view/event-clause.js';
import type { RoleRef } from '../../src/server/api-types.js';

const noNames = () => undefined;
const ARTICLE = 'Ferry strike ends after a week of talks';

function report(sentence: string, trigger: string, actors: RoleRef[] = [], targets: RoleRef[] = []) {
  const start = sentence.indexOf(trigger);
  return { sentence, triggerSpan: { start, end: start + trigger.length }, actors, targets };
}

test('an untyped event says what happened, from its party through the clause', () => {
  const r = report('The ferry company offered to refund every ticket, a spokeswoman said on Monday.', 'offered', [{ text: 'The ferry company' }]);
  assert.equal(eventTitle('other', r.actors, [], null, ARTICLE, noNames, r), 'The ferry company offered to refund every ticket');
});

test('a pronoun at the start gives way to the name it stands for', () => {
  const r = report('The harbour board said it would close the northern quay.', 'close', [{ text: 'it', entity: 'e1', referent: 'The harbour board' }], [{ text: 'the northern quay' }]);
  assert.equal(eventClause(r), 'The harbour board would close the northern quay');
});

test('a typed event with neither party nor place takes the clause before the article', () => {
  const r = report('The deal came after weeks of talks chaired by the mayor, officials said.', 'talks');
  assert.equal(eventTitle('meeting', [], [], null, ARTICLE, noNames, r), 'Talks chaired by the mayor');
});

test('a named party or a place still titles a typed event as before', () => {
  const r = report('Strikers blocked the quay in Dover on Friday.', 'blocked', [{ text: 'Strikers' }]);
  assert.equal(eventTitle('protest', [], [], { text: 'Dover' }, ARTICLE, noNames, r), 'Protest in Dover');
});

test('a bare trigger falls back to the article; a party too far away is left out', () => {
  const bare = report('If approved, the fares rise in May.', 'approved');
  assert.equal(eventTitle('agreement', [], [], null, ARTICLE, noNames, bare), 'Agreement, in “Ferry strike ends after a week of talks”');
  const long = report(`The union ${'and its many partner organisations across the region '.repeat(2)}signed the new contract.`, 'signed', [{ text: 'The union' }]);
  assert.equal(eventClause({ ...long, actors: long.actors }), 'Signed the new contract');
});
