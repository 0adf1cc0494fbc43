// A state or province after a place ("SANTA CRUZ, Calif.", "Portland, Ore.", "Toronto, ON"):
// the region that decides which namesake is meant. Read only after a comma that follows a name,
// since several are also words ("Miss.", "Mass.", "IN"); the forms are in state-table.ts.
import type { Place } from '../../types.js';
import type { Entry, Gazetteer } from './gazetteer.js';
import { candidates, kmApart, prior, REGION_REACH_KM, toPlace } from './resolve.js';
import { placeDisplayName } from './display-name.js';
import { stateTable } from './state-table.js';

/** The state an abbreviation or code as written names, or undefined. */
function stateOf(g: Gazetteer, written: string): Entry | undefined {
  const table = stateTable(g);
  return table.byAbbreviation.get(written) ?? table.byCode.get(written);
}

/**
 * An abbreviation (a capital, up to four letters and a period, or dotted initials: "N.Y.",
 * "W.Va.") or a two-letter code not run into a longer word or number ("ON @", not "ONE").
 */
const STATE_AFTER = /^\s*,\s*((?:(?:[A-Z]\.){2}|W\.Va\.|[A-Z][a-z]{1,4}\.)(?![\p{L}])|[A-Z]{2}(?![\p{L}\p{N}]))/u;

/** The state named right after a place mention ending at `end` (", Calif.", ", ON"), or undefined. */
export function stateAfter(g: Gazetteer, text: string, end: number): Entry | undefined {
  const m = STATE_AFTER.exec(text.slice(end, end + 12));
  return m ? stateOf(g, m[1]) : undefined;
}

/** A mention that is itself the abbreviation or code after a name and a comma ("… Santa Cruz, Calif."): its state. */
export function stateWritten(g: Gazetteer, text: string, start: number, written: string): Entry | undefined {
  if (!/\p{L}[\s.]*,\s*$/u.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  // the tagger may leave the period out of the mention
  return stateOf(g, written) ?? (text[start + written.length] === '.' ? stateOf(g, `${written}.`) : undefined);
}

/**
 * The gazetteer has no state codes, and its state "centres" are sometimes the largest city (New
 * York's is New York City), so a namesake is judged by size and distance together: each 150 km
 * farther from the state's centre weighs like a town ten times smaller (Rochester, N.Y. over
 * Rochester, N.H.; Middletown, N.Y. over the larger one in Connecticut). No town of the largest
 * states lies more than 900 km from its centre (El Paso from the centre of Texas: about 850 km).
 */
const KM_PER_PRIOR_POINT = 150;

/**
 * The place a name followed by its state means: the namesake of the state's country that is best
 * by size and nearness to the state's centre; with none, the state itself, which is what the text
 * vouches for ("Gilman, Conn." where the gazetteer lacks the town).
 */
export function resolveInState(g: Gazetteer, written: string, state: Entry): Place {
  const near = candidates(g, written)
    .entries.filter((e) => e.cc === state.cc && e !== state && e.kind !== 'C' && kmApart(e, state) <= REGION_REACH_KM)
    .map((e) => ({ e, s: prior(e) - kmApart(e, state) / KM_PER_PRIOR_POINT }))
    .sort((a, b) => b.s - a.s);
  const best = near[0]?.e;
  return best ? toPlace(g, best, undefined, placeDisplayName(g, best, written)) : toPlace(g, state);
}
