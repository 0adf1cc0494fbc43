// "the Peoria, Ill., bank", "the Blue Bell, Pa., concern", "Dar-es-Salaam, Tanzania": a name right
// before a comma and a state, province or country is a town of that region when the gazetteer has a
// place of that name inside it. The pair settles the reading whatever the tagger said (business news
// writes a company's home town so, and the tagger reads the town as the company or a surname). A
// titled name or one ending in a company designator stays as it is ("Acme Corp., Ohio"). A body's
// name ending "of Town" before the town's region ends before "of": the town is the body's seat.
// A name of two or more words "in" a country ("60km south-west of Bandar Abbas in Iran") is a place
// of that country the same way when the gazetteer has one so called there; one word is not ("Toyota
// in Japan" may be the carmaker), unless the tagger read it as a person ("Marseilles in France"). A region in brackets after the name ("Marseilles (France)") places
// it as the comma does.
import type { Mention } from '../../types.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer, type Entry } from '../gazetteer/gazetteer.js';
import { stateTable } from '../gazetteer/state-table.js';
import { nameKey } from '../gazetteer/normalize.js';
import { isCompanyDesignator } from './names.js';

/** After the region: a comma, stop or bracket, or the text's end; never its possessive. */
const REGION_CLOSES = /^(?:[ \t]*[,.;:)]|[ \t]*$)/u;

/** "the Peoria, Ill. lender": an abbreviated state with the noun it modifies after it. */
const ABBREVIATION_THEN_NOUN = /^[ \t]+\p{Ll}/u;

/** The state, province or country a mention names, read as written after a town. */
function regionOf(name: string): Entry | undefined {
  const g = gazetteer();
  const table = stateTable(g);
  const listed = table.byAbbreviation.get(name) ?? table.byCode.get(name) ?? table.byName.get(nameKey(name));
  if (listed) return listed;
  const found = candidates(g, name).entries.filter((e) => e.kind === 'C' || e.kind === 'R');
  return found.length === 1 ? found[0] : undefined;
}

/** Whether the gazetteer has a place of this name inside the region. */
function placeWithin(name: string, region: Entry): boolean {
  return candidates(gazetteer(), name).entries.some((e) => e !== region && e.cc === region.cc && (region.kind === 'C' || (e.kind === 'P' && region.ref === `iso3166-2:${e.cc}-${e.admin1}`)));
}

/**
 * Non-place names before ", Region" (or of two or more words before "in Country") that the gazetteer
 * places in that region, typed LOC (and settled). The shape outweighs a type settled by a noun after it ("the Peoria, Ill., bank": the
 * noun describes the whole phrase), but not a curated name (`curated`: names the lexicon listed).
 */
export function townsBeforeRegion(text: string, mentions: Mention[], curated: ReadonlySet<string> = new Set()): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    if (m.type === 'LOC' || next.type !== 'LOC' || m.title || isCompanyDesignator((m.text.split(/\s+/).pop() ?? '').replace(/\.$/u, ''))) continue;
    if (curated.has(m.text)) continue;
    const between = text.slice(m.end, next.start);
    if (IN_COUNTRY.test(between)) {
      // "60km south-west of Bandar Abbas in Iran": a name of two or more words "in" a country the
      // gazetteer places it in ("Toyota in Japan", one word, may be the carmaker)
      const country = regionOf(next.text);
      // gazetteer places it in ("Toyota in Japan", one word, may be the carmaker); one word the tagger
      // read as a person is the town ("between Abu Talat in Egypt and Marseilles in France")
      if (!country || country.kind !== 'C' || !(/\s/u.test(m.text) || m.type === 'PER') || !placeWithin(m.text, country)) continue;
      out ??= [...mentions];
      out[i] = { ...m, type: 'LOC' };
      continue;
    }
    const after = text.slice(next.end, next.end + 8);
    // "a cable between Talvik (Norway) and …": the region in brackets after the town, as a comma sets it off
    const bracketed = /^[ \t]*\([ \t]*$/u.test(between) && /^[ \t]*\)/u.test(after);
    if (!bracketed && !/^,[ \t]*$/.test(between)) continue;
    // "Peoria, Ill., bank" or a sentence's end; "Toyota, Japan's biggest carmaker" is an appositive
    if (!bracketed && !REGION_CLOSES.test(after) && !(/\.$/u.test(next.text) && ABBREVIATION_THEN_NOUN.test(after))) continue;
    const region = regionOf(next.text);
    if (!region) continue;
    const seat = m.type === 'ORG' ? SEAT.exec(m.text) : null;
    if (seat && placeWithin(seat[2], region) && mentions.some((o) => o !== m && o.text === seat[1])) {
      // "Starpointe Savings Bank of Somerset, N.J." in an article that also writes "Starpointe Savings Bank": the bank,
      // then its seat. Without the short form "of Town" may be the name's own ("Federal Reserve Bank of Dallas, Texas").
      const town = m.end - seat[2].length;
      out ??= [...mentions];
      out[i] = { ...m, end: m.start + seat[1].length, text: seat[1] };
      out.push({ start: town, end: m.end, type: 'LOC', text: seat[2] });
      continue;
    }
    if (!placeWithin(m.text, region)) continue;
    out ??= [...mentions];
    out[i] = { ...m, type: 'LOC' };
  }
  return out ? out.sort((a, b) => a.start - b.start) : mentions;
}

/** Between a town and its country: "in" (and "the": "in the United Arab Emirates"). */
const IN_COUNTRY = /^[ \t]+in[ \t]+(?:the[ \t]+)?$/u;

/** A body's name of two or more words, then "of" and its seat: "Starpointe Savings Bank of Somerset". */
const SEAT = /^(\p{Lu}[\p{L}.&'’-]*(?:[ \t]+\p{Lu}[\p{L}.&'’-]*)+)[ \t]+of[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)$/u;
