import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { definedAcronyms } from '../../../src/pipeline/entities/acronym-definitions.js';

test('a capitalised phrase whose initials spell the acronym in brackets after it: both are one organisation', () => {
  const text = 'She is a fellow with the Institute for Rural Transport Studies (IRTS.) Tom Reed (TR) disagreed, as did the Kestrel Workers Union (KFU).';
  const out = definedAcronyms(text, [] as Mention[]);
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), ['ORG:Institute for Rural Transport Studies', 'ORG:IRTS']);
  for (const m of out) assert.equal(text.slice(m.start, m.end), m.text);
});
