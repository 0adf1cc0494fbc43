// "Operation X" overrides only the tagger's place or person, not its organisation. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { repairByHeadNoun } from '../../../src/pipeline/entities/head-nouns.js';

function at(text: string, name: string, type: Mention['type']): Mention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, text: name };
}

test('the tagger\'s ORG "Operation X" stays a group; its LOC becomes an operation', () => {
  const text = 'Members of Operation Lifeline picketed the depot while Operation Desert Shield went on.';
  const out = repairByHeadNoun(text, [at(text, 'Operation Lifeline', 'ORG'), at(text, 'Operation Desert Shield', 'LOC')]);
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), ['ORG:Operation Lifeline', 'MISC:Operation Desert Shield']);
});
