// A full name written with "Sr." and without it is one person where the article gives that name no
// other suffix; a "Sr." and a "Jr." of one name stay two people, and the name alone then joins
// neither. Invented sentences.
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
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${name.replace(/\./g, '\\.')}(?![\\p{L}])`, 'gu'))) {
      if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
      out.push({ start: m.index, end: m.index + name.length, type: 'PER', text: name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const idOf = (ms: Mention[], r: ReturnType<typeof resolveDocumentEntities>, text: string) => r[ms.findIndex((m) => m.text === text)].entityId;

test('a name written with "Sr." and without it is one person', () => {
  const text = 'R. Anton Vesely Sr., the former mayor, died on Sunday. R. Anton Vesely led the town for a decade. Vesely was 91.';
  const ms = mentionsOf(text, ['R. Anton Vesely Sr.', 'R. Anton Vesely', 'Vesely']);
  const r = resolveDocumentEntities(ms, aliases, { docId: 'gen1' });
  assert.equal(idOf(ms, r, 'R. Anton Vesely'), idOf(ms, r, 'R. Anton Vesely Sr.'));
  assert.equal(idOf(ms, r, 'Vesely'), idOf(ms, r, 'R. Anton Vesely Sr.'));
});

test('a first name and a suffix are the one full name with that first name and suffix', () => {
  const text = 'Mourners included Dario Kestner III and his cousin Lena Kestner. Dario III spoke at the service.';
  const ms = mentionsOf(text, ['Dario Kestner III', 'Lena Kestner', 'Dario III']);
  const r = resolveDocumentEntities(ms, aliases, { docId: 'gen2' });
  assert.equal(idOf(ms, r, 'Dario III'), idOf(ms, r, 'Dario Kestner III'));
});

test('a name written with "Sr." and with "Jr." leaves the bare name to neither', () => {
  const text = 'Hugo Brandl Sr. founded the firm, and Hugo Brandl Jr. runs it now. Hugo Brandl signed the letter.';
  const ms = mentionsOf(text, ['Hugo Brandl Sr.', 'Hugo Brandl Jr.', 'Hugo Brandl']);
  const r = resolveDocumentEntities(ms, aliases, { docId: 'gen3' });
  assert.notEqual(idOf(ms, r, 'Hugo Brandl Sr.'), idOf(ms, r, 'Hugo Brandl Jr.'));
  assert.notEqual(idOf(ms, r, 'Hugo Brandl'), idOf(ms, r, 'Hugo Brandl Sr.'));
  assert.notEqual(idOf(ms, r, 'Hugo Brandl'), idOf(ms, r, 'Hugo Brandl Jr.'));
});

test('another first name with the same surname and suffix is not joined', () => {
  const text = 'Ottmar Reiss Jr. testified. Paul Reiss, his uncle, did not.';
  const ms = mentionsOf(text, ['Ottmar Reiss Jr.', 'Paul Reiss']);
  const r = resolveDocumentEntities(ms, aliases, { docId: 'gen4' });
  assert.notEqual(idOf(ms, r, 'Paul Reiss'), idOf(ms, r, 'Ottmar Reiss Jr.'));
});
