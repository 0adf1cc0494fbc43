// A name read together with its possessor is split when the article writes the owned name alone.
// Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { splitPossessors } from '../../../src/pipeline/entities/possessors.js';

const at = (text: string, s: string, type: Mention['type'], from = 0): Mention => {
  const start = text.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length, type, text: s };
};
const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test("the owner and the owned name are two names when the article writes the owned one alone", () => {
  const text = "The Brindle Brothers' Larkspur Records sued. Larkspur Records said the Brindle Brothers agreed.";
  const ms = [at(text, "Brindle Brothers' Larkspur Records", 'ORG'), at(text, 'Larkspur Records', 'ORG', 40), at(text, 'Brindle Brothers', 'ORG', 60)];
  assert.deepEqual(shown(splitPossessors(ms)), ['ORG:Brindle Brothers', 'ORG:Larkspur Records', 'ORG:Larkspur Records', 'ORG:Brindle Brothers']);
  const split = splitPossessors(ms);
  assert.deepEqual([split[1].start, split[1].end], [text.indexOf('Larkspur'), text.indexOf('Larkspur') + 'Larkspur Records'.length]);
});

test("wire copy's spaced-off apostrophe and \"'s\" split alike; an owner never written alone gets no mention", () => {
  const text = "Orkney 's Kirkwall Airport closed . Kirkwall Airport reopened on Monday .";
  const ms = [at(text, "Orkney 's Kirkwall Airport", 'LOC'), at(text, 'Kirkwall Airport', 'LOC', 30)];
  assert.deepEqual(shown(splitPossessors(ms)), ['LOC:Kirkwall Airport', 'LOC:Kirkwall Airport']);
  const spaced = "The Velmora Sisters ' Tern Music grew . Tern Music and the Velmora Sisters said so .";
  const sm = [at(spaced, "Velmora Sisters ' Tern Music", 'ORG'), at(spaced, 'Tern Music', 'ORG', 30), at(spaced, 'Velmora Sisters', 'ORG', 50)];
  assert.deepEqual(shown(splitPossessors(sm)), ['ORG:Velmora Sisters', 'ORG:Tern Music', 'ORG:Tern Music', 'ORG:Velmora Sisters']);
});

test("a name with a possessive inside it stays whole when its tail is never written alone", () => {
  const text = "Quill's Bakeries Ltd rose. Quill's said sales grew.";
  const ms = [at(text, "Quill's Bakeries Ltd", 'ORG'), at(text, "Quill's", 'ORG', 20)];
  assert.deepEqual(shown(splitPossessors(ms)), ["ORG:Quill's Bakeries Ltd", "ORG:Quill's"]);
  // a person's name is not split ("O'Neill's")
  const per = "Dana Ross' Lark Hill said. Lark Hill agreed.";
  const pm = [at(per, "Dana Ross' Lark Hill", 'PER'), at(per, 'Lark Hill', 'PER', 25)];
  assert.deepEqual(shown(splitPossessors(pm)), ["PER:Dana Ross' Lark Hill", 'PER:Lark Hill']);
});
