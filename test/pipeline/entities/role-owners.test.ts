// A capitalised word compounded with a role noun before a person's name is the body the person serves.
import test from 'node:test';
import assert from 'node:assert/strict';
import { addRoleOwners } from '../../../src/pipeline/entities/role-owners.js';
import type { Mention, Syntax } from '../../../src/types.js';
import { handParse } from '../../fixtures/syntax/hand-parse.js';

const parse = handParse;

function person(text: string, name: string): Mention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type: 'PER', text: name };
}

const casing = new Map([['cabinet', 2]]);
const owners = (syn: Syntax, people: Mention[]) =>
  addRoleOwners(people, syn, casing)
    .filter((m) => m.type === 'ORG')
    .map((m) => m.text);

test('"Senate whip Ada Lorne": the untagged word before the role noun is her organisation', () => {
  const { text, syn } = parse([
    ['Later', 'ADV', 'advmod', 5], ['Senate', 'PROPN', 'compound', 2], ['whip', 'NOUN', 'nsubj', 5], ['Ada', 'PROPN', 'appos', 2],
    ['Lorne', 'PROPN', 'flat', 3], ['spoke', 'VERB', 'root', -1],
  ]);
  assert.deepEqual(owners(syn, [person(text, 'Ada Lorne')]), ['Senate']);
});

test('no person after the role noun, a common word, a sentence start or a place: nothing is added', () => {
  const { text, syn } = parse(
    [['Senate', 'PROPN', 'compound', 1], ['whip', 'NOUN', 'nsubj', 4], ['Ada', 'PROPN', 'appos', 1], ['Lorne', 'PROPN', 'flat', 2], ['spoke', 'VERB', 'root', -1]],
    [['Then', 'ADV', 'advmod', 8], ['Cabinet', 'PROPN', 'compound', 7], ['colleague', 'NOUN', 'nsubj', 8], ['left', 'VERB', 'root', -1]],
    [['Then', 'ADV', 'advmod', 13], ['Paris', 'PROPN', 'compound', 11], ['envoy', 'NOUN', 'nsubj', 13], ['Tom', 'PROPN', 'appos', 11], ['Reed', 'PROPN', 'flat', 12], ['left', 'VERB', 'root', -1]],
    [['Then', 'ADV', 'advmod', 17], ['Senate', 'PROPN', 'compound', 16], ['staff', 'NOUN', 'nsubj', 17], ['left', 'VERB', 'root', -1]],
  );
  assert.deepEqual(owners(syn, [person(text, 'Ada Lorne'), person(text, 'Tom Reed')]), []);
});
