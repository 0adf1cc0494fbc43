// A bare surname refers back to a bearer the article has named, not to one it introduces later,
// however often that later one is named; before any bearer is named, the most-mentioned one takes
// it as before. Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';

const aliases = createAliasTable(shippedAliasGroups());

/** Mentions at each occurrence of the given names (longest first), in order of the text. */
function mentionsOf(text: string, names: string[]): Mention[] {
  const out: Mention[] = [];
  for (const name of names) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'))) {
      if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
      out.push({ start: m.index, end: m.index + name.length, type: 'PER', text: name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const canonicalsOf = (ms: Mention[], text: string, r: ReturnType<typeof resolveDocumentEntities>, from = 0) =>
  [...new Set(ms.flatMap((m, i) => (m.text === text && m.start >= from ? [r[i].canonical] : [])))];

test('a bare surname written before a second bearer is named is the bearer named before it', () => {
  const text =
    'Pavel Drozdek wrote to the court on Monday. Drozdek asked for a hearing. Drozdek also wrote to the mayor. ' +
    'The boy lives with his cousin Kasia Drozdek, who hired a lawyer. Kasia Drozdek declined to comment, and Kasia Drozdek\'s lawyer agreed.';
  const ms = mentionsOf(text, ['Pavel Drozdek', 'Kasia Drozdek', 'Drozdek']);
  const r = resolveDocumentEntities(ms, aliases, { docId: 'before1' });
  assert.deepEqual(canonicalsOf(ms, 'Drozdek', r), ['Pavel Drozdek']);
  // the two full names stay two people
  assert.notEqual(r[ms.findIndex((m) => m.text === 'Pavel Drozdek')].entityId, r[ms.findIndex((m) => m.text === 'Kasia Drozdek')].entityId);
});

test('a bare surname before any bearer is named goes to the most-mentioned bearer', () => {
  const text = 'Ferrand wins again. Odile Ferrand took the title. Odile Ferrand thanked her brother Luc Ferrand. Odile Ferrand cried.';
  const ms = mentionsOf(text, ['Odile Ferrand', 'Luc Ferrand', 'Ferrand']);
  const r = resolveDocumentEntities(ms, aliases, { docId: 'before2' });
  assert.deepEqual(canonicalsOf(ms, 'Ferrand', r), ['Odile Ferrand']);
});

test('with both bearers named before it, the most-mentioned one still takes the bare surname', () => {
  const text = 'Greta Holm and Ivar Holm arrived. Greta Holm spoke. Greta Holm left early. Later Holm said the trip was long.';
  const ms = mentionsOf(text, ['Greta Holm', 'Ivar Holm', 'Holm']);
  const r = resolveDocumentEntities(ms, aliases, { docId: 'before3' });
  assert.deepEqual(canonicalsOf(ms, 'Holm', r), ['Greta Holm']);
});

test('a surname the article gave its first bearer alone stays that bearer\'s after relatives are named', () => {
  const text =
    'Tomas Vilkas opened the bakery in May. Customers queued for Vilkas on the first day. ' +
    'His aunt, Irena Vilkas, bakes the rye. Irena Vilkas learned it in Kaunas, and Irena Vilkas still does. ' +
    'His brother Andrius Vilkas keeps the books. Vilkas plans a second shop.';
  const ms = mentionsOf(text, ['Tomas Vilkas', 'Irena Vilkas', 'Andrius Vilkas', 'Vilkas']);
  const r = resolveDocumentEntities(ms, aliases, { docId: 'before4' });
  assert.deepEqual(canonicalsOf(ms, 'Vilkas', r), ['Tomas Vilkas']);
  const idOf = (name: string) => r[ms.findIndex((m) => m.text === name)].entityId;
  assert.notEqual(idOf('Irena Vilkas'), idOf('Tomas Vilkas'));
  assert.notEqual(idOf('Andrius Vilkas'), idOf('Tomas Vilkas'));
});

test('with no bare surname before the second bearer, the surname is not given to the first by that rule', () => {
  const text = 'Lena Brandt and Otto Brandt arrived. Otto Brandt spoke. Otto Brandt left early. Later Brandt said the trip was long.';
  const ms = mentionsOf(text, ['Lena Brandt', 'Otto Brandt', 'Brandt']);
  const r = resolveDocumentEntities(ms, aliases, { docId: 'before5' });
  assert.deepEqual(canonicalsOf(ms, 'Brandt', r), ['Otto Brandt']);
});
