// A press job before a name makes it a publication only when the name reads as one. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { repairByHeadNoun } from '../../../src/pipeline/entities/head-nouns.js';

function at(text: string, name: string, type: Mention['type']): Mention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, text: name };
}
const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('an event, a scripture or a place a reporter is at is no publication', () => {
  const text = 'She was a reporter at the Paralympics and a correspondent for the Giro d\'Italia, then editor of the Talmud study series.';
  const out = repairByHeadNoun(text, [at(text, 'Paralympics', 'MISC'), at(text, 'Giro d\'Italia', 'MISC'), at(text, 'Talmud', 'MISC')]);
  assert.deepEqual(shown(out), ['MISC:Paralympics', 'MISC:Giro d\'Italia', 'MISC:Talmud']);
});

test('a name that ends as a publication does is one', () => {
  const text = 'Lena Ward, a columnist for the Harbour Times, and an editor of the Orchard Weekly disagreed.';
  const out = repairByHeadNoun(text, [at(text, 'Harbour Times', 'MISC'), at(text, 'Orchard Weekly', 'MISC')]);
  assert.deepEqual(shown(out), ['ORG:Harbour Times', 'ORG:Orchard Weekly']);
});
