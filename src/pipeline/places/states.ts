// US state abbreviations after a place ("SANTA CRUZ, Calif.", "Portland, Ore."): the state that
// decides which namesake is meant. Read only after a comma that follows a name, since several of
// them are also words ("Miss.", "Mass.", "Ind."); the list is data/places/us-state-abbreviations.tsv.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import type { Place } from '../../types.js';
import type { Entry, Gazetteer } from './gazetteer.js';
import { candidates, kmApart, prior, REGION_REACH_KM, toPlace } from './resolve.js';
import { placeDisplayName } from './display-name.js';

export const STATE_ABBREVIATIONS_FILE = ['data', 'places', 'us-state-abbreviations.tsv'];

/** "abbreviation TAB ISO 3166-2 code" lines, '#' comments. */
export function parseStateAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [abbr, code] = line.split('\t');
    if (abbr && code) out.set(abbr.trim(), code.trim());
  }
  return out;
}

let abbreviations: Map<string, string> | undefined;
const states = new WeakMap<Gazetteer, Map<string, Entry>>();

/** The state an abbreviation as written names, or undefined. */
function stateOf(g: Gazetteer, abbr: string): Entry | undefined {
  abbreviations ??= parseStateAbbreviations(readFileSync(projectPath(...STATE_ABBREVIATIONS_FILE), 'utf8'));
  const code = abbreviations.get(abbr);
  if (!code) return undefined;
  let byRef = states.get(g);
  if (!byRef) {
    const refs = new Set([...abbreviations.values()].map((c) => `iso3166-2:${c}`));
    states.set(g, (byRef = new Map(g.regions().filter((e) => refs.has(e.ref)).map((e) => [e.ref, e]))));
  }
  return byRef.get(`iso3166-2:${code}`);
}

/** An abbreviation: a capital, up to four letters and a period, or dotted initials ("N.Y.", "W.Va."). */
const ABBREVIATION = /^\s*,\s*((?:[A-Z]\.){2}|W\.Va\.|[A-Z][a-z]{1,4}\.)(?![\p{L}])/u;

/** The state named right after a place mention ending at `end` (", Calif."), or undefined. */
export function stateAfter(g: Gazetteer, text: string, end: number): Entry | undefined {
  const m = ABBREVIATION.exec(text.slice(end, end + 12));
  return m ? stateOf(g, m[1]) : undefined;
}

/** A mention that is itself the abbreviation after a name and a comma ("… Santa Cruz, Calif."): its state. */
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
