// US state abbreviations after a place ("SANTA CRUZ, Calif.", "Portland, Ore."): the state that
// decides which namesake is meant. Read only after a comma that follows a name, since several of
// them are also words ("Miss.", "Mass.", "Ind."); the list is data/places/us-state-abbreviations.tsv.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import type { Place } from '../../types.js';
import type { Entry, Gazetteer } from './gazetteer.js';
import { candidates, choose, kmApart, toPlace, type CountryContext } from './resolve.js';
import { placeDisplayName } from './display-name.js';
import { nameKey } from './normalize.js';
import { stripDecorations } from './mention.js';

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
 * How far beyond the nearest candidate to the state's centre a namesake may lie and still be
 * in that state (the gazetteer has no state codes; namesakes in neighbouring states, such as
 * Middletown in New York and in Connecticut, lie farther), and how far from the centre a town of
 * the largest states lies at most (El Paso from the centre of Texas: about 850 km).
 */
const STATE_SLACK_KM = 100;
const STATE_REACH_KM = 900;

/**
 * The place a name followed by its state means: among the namesakes of the state's country, those
 * nearest the state's centre, scored as usual; with none there, the state itself, which is what the
 * text vouches for ("SANTA CRUZ, Calif." where the gazetteer lacks the city).
 */
export function resolveInState(g: Gazetteer, written: string, ctx: CountryContext, state: Entry): Place {
  const inCountry = candidates(g, written).entries.filter((e) => e.cc === state.cc && e !== state && e.kind !== 'C' && kmApart(e, state) <= STATE_REACH_KM);
  if (inCountry.length) {
    const nearest = Math.min(...inCountry.map((e) => kmApart(e, state)));
    const inState = inCountry.filter((e) => kmApart(e, state) <= nearest + STATE_SLACK_KM);
    const choice = choose(inState, ctx, nameKey(stripDecorations(written)));
    if (choice) return toPlace(g, choice.entry, undefined, placeDisplayName(g, choice.entry, written));
  }
  return toPlace(g, state);
}
