// The states and provinces a news text writes after a town, one table for every reader of them:
// the US postal codes and Canadian province codes ("Holmdel, NJ", "Toronto, ON"), which are the
// gazetteer's own ISO 3166-2 references, and the abbreviations of news style ("SANTA CRUZ,
// Calif."), listed in data/places/us-state-abbreviations.tsv. Each is read only right after a
// name and a comma: several are also words or other acronyms ("IN", "OR", "Miss.", "Mass.").
import { readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import type { Entry, Gazetteer } from './gazetteer.js';
import { nameKey } from './normalize.js';
import { MONTHS, WEEKDAYS } from '../calendar.js';

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

export interface StateTable {
  /** Two-letter codes of the US states, DC and the Canadian provinces and territories. */
  readonly byCode: ReadonlyMap<string, Entry>;
  /**
   * News-style abbreviations as written: the listed ones ("Calif.", "N.Y.", "Fla."), and a name
   * cut short that begins only one of these states' and provinces' names ("Minn.", "Neb.", "Ont.").
   */
  readonly byAbbreviation: ReadonlyMap<string, Entry>;
  /** The same states and provinces by their names' keys ("ohio", "british columbia"). */
  readonly byName: ReadonlyMap<string, Entry>;
}

/** Region kinds whose codes are written after a town: not the US outlying areas ("PR" is also an acronym). */
const WRITTEN_AFTER_TOWNS: Record<string, ReadonlySet<string>> = { US: new Set(['state', 'district']), CA: new Set(['province', 'territory']) };

let abbreviations: Map<string, string> | undefined;
const tables = new WeakMap<Gazetteer, StateTable>();

/** The table for a gazetteer, built on first use. */
export function stateTable(g: Gazetteer): StateTable {
  let table = tables.get(g);
  if (!table) {
    abbreviations ??= parseStateAbbreviations(readFileSync(projectPath(...STATE_ABBREVIATIONS_FILE), 'utf8'));
    const byRef = new Map<string, Entry>();
    const byCode = new Map<string, Entry>();
    for (const e of g.regions()) {
      byRef.set(e.ref, e);
      const m = /^iso3166-2:([A-Z]{2})-([A-Z]{2})$/.exec(e.ref);
      if (m && WRITTEN_AFTER_TOWNS[m[1]]?.has(e.tag)) byCode.set(m[2], e);
    }
    const byAbbreviation = shortenedNames([...byCode.values()], (stem) => g.byKey(stem).length > 0);
    for (const [abbr, code] of abbreviations) {
      const e = byRef.get(`iso3166-2:${code}`);
      if (e) byAbbreviation.set(abbr, e);
    }
    const byName = new Map([...byCode.values()].map((e) => [nameKey(e.name), e]));
    tables.set(g, (table = { byCode, byAbbreviation, byName }));
  }
  return table;
}

/** The US states' and DC's postal codes. */
export function usStateCodes(g: Gazetteer): Set<string> {
  return new Set([...stateTable(g).byCode].filter(([, e]) => e.cc === 'US').map(([code]) => code));
}

/**
 * "Minn." for Minnesota: each beginning of a name, three letters or more and short of the whole,
 * that begins no other name of the table ("Miss." begins Mississippi and Missouri: only the list
 * gives it) and is no month or weekday and no place's own name ("India", "Cali"), capitalised and
 * with a period, as news style writes it.
 */
function shortenedNames(regions: readonly Entry[], isPlaceName: (key: string) => boolean): Map<string, Entry> {
  const owners = new Map<string, Entry | null>();
  for (const e of regions) {
    const name = e.name.toLowerCase();
    for (let n = 3; n < name.length && /^[a-z]+$/.test(name.slice(0, n)); n++) {
      const stem = name.slice(0, n);
      owners.set(stem, owners.has(stem) && owners.get(stem) !== e ? null : e);
    }
  }
  const out = new Map<string, Entry>();
  for (const [stem, e] of owners) if (e && !isCalendarWord(stem) && !isPlaceName(stem)) out.set(`${stem[0].toUpperCase()}${stem.slice(1)}.`, e);
  return out;
}

/** "Mar." and "Nov." (which alone begin Maryland and Nova Scotia) and "Mon." are dates after a dateline's comma, never states. */
function isCalendarWord(stem: string): boolean {
  return stem in MONTHS || Object.keys(WEEKDAYS).some((day) => day.startsWith(stem));
}
