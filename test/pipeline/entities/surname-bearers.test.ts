// Of two people with one surname, a bare surname is not the one the article calls mainly by first
// name; full-word ranks are titles that tie a surname to its full name. Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { analyseText } from '../../fixtures/analyse-text.js';

const aliases = createAliasTable(shippedAliasGroups());

/** Mentions at each occurrence of the given names, in order of the text. */
function mentionsOf(text: string, names: Array<[string, Mention['type']]>): Mention[] {
  const out: Mention[] = [];
  for (const [name, type] of names) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'))) {
      if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
      out.push({ start: m.index, end: m.index + name.length, type, text: name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

test('a bare surname is not the namesake the article calls mainly by first name', () => {
  const text = 'Tomas Okafor, 7, was found by his father Benedikt Okafor. Tomas slept. Tomas ate. Tomas Okafor smiled. Okafor said he would fly home with Tomas.';
  const ms = mentionsOf(text, [['Tomas Okafor', 'PER'], ['Benedikt Okafor', 'PER'], ['Tomas', 'PER'], ['Okafor', 'PER']]);
  const r = resolveDocumentEntities(ms, aliases, { docId: 'd1' });
  const bare = ms.flatMap((m, i) => (m.text === 'Okafor' ? [r[i].canonical] : []));
  assert.ok(bare.length > 0);
  assert.deepEqual([...new Set(bare)], ['Benedikt Okafor']);
  const first = ms.flatMap((m, i) => (m.text === 'Tomas' ? [r[i].canonical] : []));
  assert.deepEqual([...new Set(first)], ['Tomas Okafor']);
});

test('with no bearer called by first name, the most-mentioned one still takes the bare surname', () => {
  const text = 'Ines Brandvold won. Ines Brandvold thanked Oskar Brandvold, her coach. Brandvold said it was hard.';
  const ms = mentionsOf(text, [['Ines Brandvold', 'PER'], ['Oskar Brandvold', 'PER'], ['Brandvold', 'PER']]);
  const r = resolveDocumentEntities(ms, aliases, { docId: 'd2' });
  const i = ms.findIndex((m) => m.text === 'Brandvold');
  assert.equal(r[i].canonical, 'Ines Brandvold');
});

test('a first name used now and then beside a frequent surname does not turn the surname away', () => {
  const text =
    'Marta Quell spoke first. Her husband Anton Quell watched. Marta Quell thanked voters. Quell said the count was fair. ' +
    'Quell will tour the north. Voters chanted "Marta". Quell smiled.';
  const ms = mentionsOf(text, [['Marta Quell', 'PER'], ['Anton Quell', 'PER'], ['Marta', 'PER'], ['Quell', 'PER']]);
  const r = resolveDocumentEntities(ms, aliases, { docId: 'd3' });
  const bare = ms.flatMap((m, i) => (m.text === 'Quell' ? [r[i].canonical] : []));
  assert.deepEqual([...new Set(bare)], ['Marta Quell']);
});
