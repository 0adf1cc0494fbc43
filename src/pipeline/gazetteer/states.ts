// A state or province after a place ("SANTA CRUZ, Calif.", "Portland, Ore.", "Toronto, ON"):
// the region that decides which namesake is meant. Read only after a comma that follows a name,
// since several are also words ("Miss.", "Mass.", "IN"); the forms are in state-table.ts.
import type { Place } from '../../types.js';
import type { Entry, Gazetteer } from './gazetteer.js';
import { candidates, prior, REGION_REACH_KM, toPlace } from './resolve.js';
import { kmApart, liesIn } from './geo.js';
import { placeDisplayName } from './display-name.js';
import { stateTable } from './state-table.js';
import { nameKey } from './normalize.js';

/** The state an abbreviation or code as written names, or undefined. */
export function stateOf(g: Gazetteer, written: string): Entry | undefined {
  const table = stateTable(g);
  const form = written.replace(/\.\s+(?=\p{Lu})/gu, '.');
  return table.byAbbreviation.get(form) ?? table.byCode.get(form) ?? table.byAbbreviation.get(inReadersCase(form));
}

/** "MASS." as "Mass.": an all-capitals dateline writes the state's abbreviation in capitals too ("BURLINGTON, MASS."). */
function inReadersCase(form: string): string {
  return /^\p{Lu}{3,}\.$/u.test(form) ? `${form[0]}${form.slice(1).toLowerCase()}` : form;
}

/**
 * A two-letter code not run into a longer word or number ("ON @", not "ONE", "NJ." read as "NJ");
 * an abbreviation in either case, a capital and up to four letters and a period ("Calif.",
 * "MASS."), or dotted initials ("N.Y.", "W. Va."), their stops perhaps written apart ("Calif .", "N . Y ."); or such an abbreviation without its period
 * when a comma follows it, as some datelines write it ("CANTON, Mass, March 4").
 */
const STATE_AFTER = /^\s*,\s*(?:(\p{Lu}{2})(?![\p{L}\p{N}])|(\p{Lu}[ \t]?\.\s?\p{Lu}[ \t]?\.|W\.\s?Va\.|\p{Lu}\p{L}{1,4}[ \t]?\.)(?!\p{L})|(\p{Lu}\p{L}{1,4})(?=\s*,))/u;
/** Tokenised text's abbreviation, its stops written apart ("Mo .", "N . Y ."), as news writes it ("Mo.", "N.Y."). */
const joinedStops = (written: string) => (/[ \t]\./u.test(written) ? written.replace(/[ \t]+\./gu, '.').replace(/\.\s+(?=\p{Lu})/gu, '.') : written);

/** The state named right after a place mention ending at `end` (", Calif.", ", ON", ", MASS."), or undefined. */
export function stateAfter(g: Gazetteer, text: string, end: number): Entry | undefined {
  const m = STATE_AFTER.exec(text.slice(end, end + 16));
  if (!m) return undefined;
  return stateOf(g, m[1] ?? (m[2] !== undefined ? joinedStops(m[2]) : `${m[3]}.`));
}

/** A mention that is itself the abbreviation or code after a name and a comma ("… Santa Cruz, Calif."): its state. */
export function stateWritten(g: Gazetteer, text: string, start: number, written: string): Entry | undefined {
  if (!/\p{L}[\s.]*,\s*$/u.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  // the tagger may leave the period out of the mention, and some datelines leave it out ("Mass, March 4")
  // tokenised text writes the period apart ("Calif ."), in the mention or after it
  const joined = written.replace(/[ \t]\.$/u, '.');
  return stateOf(g, joined) ?? (/^(?:[ \t]?\.|\s*,)/.test(text.slice(start + written.length)) ? stateOf(g, `${joined}.`) : undefined);
}

/**
 * A mention that is a news-style abbreviation of a state or province wherever it stands ("N.Y.",
 * "Calif.", "MASS."; "Calif" when the tagger left the period after it out of the mention): its
 * state, or undefined. Never a two-letter code ("IN", "OR" and "ME" are words), nor a form without
 * its period ("Mass", "Wash" and "Ill" are words too).
 */
export function stateAbbreviated(g: Gazetteer, text: string, start: number, written: string): Entry | undefined {
  // "N . Y ." and "Calif ." as tokenised text writes them are "N.Y." and "Calif."
  const form = written.replace(/\.\s+(?=\p{Lu})/gu, '.').replace(/(?<=\p{L})[ \t]\.$/u, '.');
  const dotted = form.endsWith('.') ? form : /^[ \t]?\./u.test(text.slice(start + written.length, start + written.length + 2)) ? `${form}.` : undefined;
  if (!dotted) return undefined;
  const table = stateTable(g);
  return table.byAbbreviation.get(dotted) ?? table.byAbbreviation.get(inReadersCase(dotted));
}

/** Whether a mention is written like a state's abbreviation (a capital, up to four letters, a period; or dotted initials): worth a look in the table. */
export function looksAbbreviated(text: string, m: { end: number; text: string }): boolean {
  return /^(?:\p{Lu}[ \t]?\.\s?\p{Lu}(?:[ \t]?\.)?|\p{Lu}\p{L}{1,4}(?:[ \t]?\.)?)$/u.test(m.text) && (m.text.endsWith('.') || /^[ \t]?\./u.test(text.slice(m.end, m.end + 2)));
}

/**
 * Whether a namesake lies in the state is judged by its state code (liesIn), or, for one without
 * (a region), by distance from the state's centre. Among those in it, size and nearness to the
 * centre decide together: each 150 km farther weighs like a town ten times smaller (Woodbury on
 * Long Island, near New York's centre at the city, over the slightly larger one upstate). No town
 * of the largest states lies more than 900 km from its centre (El Paso from Texas's: about 850 km).
 */
const KM_PER_PRIOR_POINT = 150;

/** A US state or Canadian province written in full ("Ohio", "British Columbia"), or undefined. */
export function stateNamed(g: Gazetteer, name: string): Entry | undefined {
  return stateTable(g).byName.get(nameKey(name));
}

/** The namesake in the state (by its state code, else distance) that is best by size and nearness to the state's centre, or undefined. */
export function townInState(g: Gazetteer, written: string, state: Entry): Entry | undefined {
  // a short name in capitals is read as a code elsewhere ("UAE"), but before a state it is a town's ("RYE, N.Y.")
  const name = /^\p{Lu}{2,3}$/u.test(written) ? `${written[0]}${written.slice(1).toLowerCase()}` : written;
  const near = candidates(g, name)
    .entries.filter((e) => e !== state && e.kind !== 'C' && liesIn(e, state, REGION_REACH_KM))
    .map((e) => ({ e, s: prior(e) - kmApart(e, state) / KM_PER_PRIOR_POINT }))
    .sort((a, b) => b.s - a.s);
  return near[0]?.e;
}

/**
 * The place a name followed by its state means: the town in that state (townInState); with none,
 * the state itself, which is what the text vouches for ("Gilman, Conn." where the gazetteer lacks the town).
 */
export function resolveInState(g: Gazetteer, written: string, state: Entry): Place {
  const best = townInState(g, written, state);
  return best ? toPlace(g, best, undefined, placeDisplayName(g, best, written)) : toPlace(g, state);
}
