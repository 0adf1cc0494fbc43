// A wire story opens with the town it was filed from ("HARTFORD, Conn., March 3 -", "ENGLEWOOD
// CLIFFS, N.J. -"). The tagger may type that town an organisation (the story's company often
// bears its name: "Hartford Insurance Group") or cut it short ("ENGLEWOOD"). Where the read stage
// found a dateline and its form is clear, its town is one place mention over its whole span; the
// same name later in the text keeps the tagger's reading.
import type { Dateline, Mention } from '../../types.js';
import { gazetteer, type Gazetteer } from '../gazetteer/gazetteer.js';
import { candidates } from '../gazetteer/resolve.js';
import { stateAfter } from '../gazetteer/states.js';
import { nameKey } from '../gazetteer/normalize.js';

/** The capitalised words before the dateline's first comma ("ST. LOUIS", "Upper Saddle River"), or
 *  before the agency's bracketed credit where the town stands alone ("HAMILTON (AP) --",
 *  "LONDON (Reuters) -"). */
const TOWN = /^\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}(?=,|[ \t]*\(\p{Lu})/u;

/** Whether a dateline's town is plainly a place: a state or province, or a country, follows it, or the gazetteer knows it. */
function clearTown(g: Gazetteer, text: string, town: string, end: number): boolean {
  if (stateAfter(g, text, end)) return true;
  const next = /^,[ \t]*(\p{Lu}[\p{L}.'’ -]{1,40}?)[ \t]*(?=[,(\-–—]|$)/mu.exec(text.slice(end, end + 48));
  if (next && g.byKey(nameKey(next[1])).some((e) => e.kind === 'C')) return true;
  return candidates(g, town).entries.length > 0;
}

/** The mentions with the dateline's town a place over its whole span, where the dateline's form is clear. */
export function datelineTown(text: string, dateline: Dateline | null | undefined, mentions: Mention[], g: Gazetteer = gazetteer()): Mention[] {
  const start = dateline?.span?.start;
  if (start === undefined) return mentions;
  const found = TOWN.exec(text.slice(start, start + 80));
  if (!found) return mentions;
  const end = start + found[0].length;
  const inside = mentions.filter((m) => m.start < end && start < m.end);
  // already one place over the town; or a mention running past its comma, which this does not read
  if (inside.some((m) => m.start < start || m.end > end)) return mentions;
  if (inside.length === 1 && inside[0].start === start && inside[0].end === end && inside[0].type === 'LOC') return mentions;
  if (!clearTown(g, text, found[0], end)) return mentions;
  // no type vote: the town's reading here is no evidence for the name in other articles (or later in this one)
  const town: Mention = { start, end, type: 'LOC', text: found[0], typeSettled: true };
  return [...mentions.filter((m) => !inside.includes(m)), town].sort((a, b) => a.start - b.start);
}
