// A place name that opens an organisation's name as its own institution ("the Georgia Supreme Court",
// "Georgia State University", "the Georgia Department of Corrections") names a state or province:
// a country's bodies are written with its adjective ("the Georgian Supreme Court", "the French Senate"),
// a US state's or a province's with its bare name. Where a name is both a country and a first-level
// division of another country, such an organisation in the document says which one the text means.
import type { Mention } from '../../types.js';
import type { Entry, Gazetteer } from '../gazetteer/gazetteer.js';
import { candidates, choose, isFirstLevel, type CountryContext } from '../gazetteer/resolve.js';
import { nameKey } from '../gazetteer/normalize.js';

/**
 * The words that, right after a place name inside an organisation's name, make it a state's or province's
 * body: "State" itself (the organisation calls the place a state), and the bodies of a state's government.
 */
const DIVISION_BODY = /^\s+(?:State\b|Supreme\s+Court\b|Court\s+of\s+Appeals?\b|Legislature\b|General\s+Assembly\b|Senate\b|House\s+of\s+(?:Representatives|Delegates)\b|Department\s+of\b|Bureau\s+of\b|Attorney\s+General\b|Governor\b|Highway\s+Patrol\b|National\s+Guard\b)/;

/** The first-level division each such name means in this document, by its name key. */
export function divisionsNamedByInstitutions(g: Gazetteer, mentions: readonly Mention[], ctx: CountryContext): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const words = m.text.replace(/^the\s+/i, '');
    // the longest leading run of capitalised words that the gazetteer knows as a division and a country
    const parts = words.split(/\s+/);
    for (let n = Math.min(3, parts.length - 1); n >= 1; n--) {
      const name = parts.slice(0, n).join(' ');
      if (!DIVISION_BODY.test(words.slice(name.length))) continue;
      const { entries, want } = candidates(g, name);
      const countries = entries.filter((e) => e.kind === 'C');
      const divisions = entries.filter((e) => isFirstLevel(e) && !countries.some((c) => c.cc === e.cc));
      if (!countries.length || !divisions.length) continue;
      const choice = choose(divisions, ctx, nameKey(name), want);
      if (choice) out.set(nameKey(name), choice.entry);
      break;
    }
  }
  return out;
}
