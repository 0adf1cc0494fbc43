// Names listed together share a kind: in "raids in Istanbul, Izmir and Mersin" or "Acme, Borel and
// Castor shares fell", a list of three or more names joined by commas and a final "and"/"or" is a
// list of one kind of thing. The tagger decides each name from its own neighbours and can type one
// of them apart (a city it saw more often as a club); when every other name of the list agrees on
// one type, the odd one takes it. The list is the name's context, so the type is settled. A long
// list ("Astrobotic, Deep Space Systems, Draper, … and OrbitBeyond", six names or more) may hold
// more than one odd name: most of it agreeing still says what it lists, as two names of three
// do in a short list (the tagger errs on names it never saw, which a long list gathers).
// Only organisation and place lists lend their type (read by hand on 2,000 Reuters articles, lists
// of people were mostly the tagger's misreadings of product and company names), a place only to a
// name the gazetteer knows as one, and a region or country before ", and" closes a town's
// address rather than a list ("plants in Salem, Ore., and Acme Inc").
import type { EntityType, Mention } from '../../types.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';

const COMMA = /^\s*,\s*$/;
const FINAL = /^\s*,?\s+(?:and|or)\s+$/;
/** Types a list can lend: a nationality or other MISC name says nothing about its neighbours. */
const LENT: ReadonlySet<EntityType> = new Set<EntityType>(['ORG', 'LOC']);
/** From this many names a list is long: more than one of them may be odd. */
const LONG_LIST = 6;
/** Share of a long list's names that must be exceeded by those agreeing on a type before it lends it. */
const AGREEING = 1 / 2;

/** The mentions retyped by their list (settled), and the mentions with them applied. */
export function typeListedNames(text: string, mentions: Mention[], settled: ReadonlySet<Mention>): { mentions: Mention[]; settled: Set<Mention> } {
  const out = [...mentions];
  const retyped = new Set<Mention>();
  let i = 0;
  while (i < out.length) {
    // a run of names joined by commas, closed by "and"/"or" before its last name
    let j = i;
    while (j + 1 < out.length && COMMA.test(text.slice(out[j].end, out[j + 1].start))) j++;
    if (j + 1 < out.length && j > i && FINAL.test(text.slice(out[j].end, out[j + 1].start))) {
      j++;
      retypeOddOne(text, out, i, j, settled, retyped);
    }
    i = j + 1;
  }
  return { mentions: out, settled: retyped };
}

function retypeOddOne(text: string, out: Mention[], from: number, to: number, settled: ReadonlySet<Mention>, retyped: Set<Mention>): void {
  const counts = new Map<EntityType, number>();
  for (let k = from; k <= to; k++) counts.set(out[k].type, (counts.get(out[k].type) ?? 0) + 1);
  const size = to - from + 1;
  const [major, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  const needed = size < LONG_LIST ? size - 1 : Math.floor(size * AGREEING) + 1;
  if (n === size || n < Math.max(2, needed) || !LENT.has(major)) return;
  // "in Salem, Ore., and Acme Inc": the comma before "and" closes a town's region, not a list item
  if (/^\s*,/.test(text.slice(out[to - 1].end, out[to].start)) && isRegionOrCountry(out[to - 1].text)) return;
  for (let k = from; k <= to; k++) {
    const m = out[k];
    if (m.type === major || m.type === 'MISC' || m.title || settled.has(m)) continue;
    if (major === 'LOC' && !candidates(gazetteer(), m.text).entries.length) continue;
    const moved = { ...m, type: major };
    out[k] = moved;
    retyped.add(moved);
  }
}

function isRegionOrCountry(name: string): boolean {
  return candidates(gazetteer(), name).entries.some((e) => e.kind === 'R' || e.kind === 'C');
}
