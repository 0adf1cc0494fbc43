// A capitalised word the tagger passed over inside a list of names of one kind is a name of that
// kind: in "thousands of Army, Navy and Air Force troops" the list names three services. The list
// is three or more items joined by commas and a final "and"/"or", every other item a name and all
// of them of one type (organisation or place; a place only where the gazetteer knows the word).
// Only a word inside a sentence (after a lower-case word or a comma) is taken: at a sentence's
// start a capital says nothing.
import type { EntityType, Mention } from '../../types.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';

const COMMA = /^,\s+$/;
const FINAL = /^,?\s+(?:and|or)\s+$/;
/** A capitalised word, or capitalised words joined by hyphens ("Tele-Communications", "Rolls-Royce"). */
const WORD = /(?<![\p{L}\p{N}.'’&-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?![\p{L}\p{N}'’&-])/gu;
const LENT: ReadonlySet<EntityType> = new Set<EntityType>(['ORG', 'LOC']);

interface Item {
  start: number;
  end: number;
  mention: Mention | null;
}

export function nameListedGaps(text: string, mentions: Mention[]): Mention[] {
  const bare: Item[] = [];
  // one walk over the mentions by start: a word overlaps one iff the furthest end of the
  // mentions that start before the word's end lies past the word's start (words come in order)
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  let k = 0;
  let furthest = -1;
  for (const w of text.matchAll(WORD)) {
    const start = w.index;
    const end = start + w[0].length;
    for (; k < byStart.length && byStart[k].start < end; k++) furthest = Math.max(furthest, byStart[k].end);
    if (furthest <= start) bare.push({ start, end, mention: null });
  }
  if (!bare.length) return mentions;
  const items: Item[] = [...mentions.map((m) => ({ start: m.start, end: m.end, mention: m })), ...bare].sort((a, b) => a.start - b.start);
  const added: Mention[] = [];
  let i = 0;
  while (i < items.length) {
    let j = i;
    while (j + 1 < items.length && COMMA.test(text.slice(items[j].end, items[j + 1].start))) j++;
    if (j > i && j + 1 < items.length && FINAL.test(text.slice(items[j].end, items[j + 1].start))) {
      j++;
      added.push(...gapsOf(text, items.slice(i, j + 1)));
    }
    i = j + 1;
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

/**
 * The type the list's names share: all of them, or all but one where two or more agree ("Apple
 * Computer, MCI Communications, Tele-Communications and Liz Claiborne": the odd one is the tagger's
 * misreading, which the list then retypes in coordinated-lists.ts).
 */
function sharedType(types: EntityType[]): EntityType | null {
  const counts = new Map<EntityType, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  const [major, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return n === types.length || (n >= 2 && n === types.length - 1) ? major : null;
}

function gapsOf(text: string, list: Item[]): Mention[] {
  const named = list.filter((x) => x.mention);
  const gaps = list.filter((x) => !x.mention);
  if (!gaps.length || named.length < 2) return [];
  const type = sharedType(named.map((x) => x.mention!.type));
  if (!type || !LENT.has(type)) return [];
  // inside a sentence: a gap that opens the list follows a lower-case word (any other gap
  // follows the list's comma or "and")
  const first = list[0];
  if (!first.mention && !/\p{Ll}\s+$/u.test(text.slice(Math.max(0, first.start - 30), first.start))) return [];
  const out: Mention[] = [];
  for (const g of gaps) {
    const name = text.slice(g.start, g.end);
    if (type === 'LOC' && !candidates(gazetteer(), name).entries.length) return [];
    out.push({ start: g.start, end: g.end, type, text: name });
  }
  return out;
}
