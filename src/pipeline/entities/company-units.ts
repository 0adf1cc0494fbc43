// "RJR Nabisco Inc.'s Del Monte foods unit", "Sony's Epic subsidiary": a name between a company's
// possessive (or "its", "their": "the sale of its Del Monte unit") and a word for a part of a
// company (unit, division, subsidiary, affiliate), with at
// most two lower-case words between, is that part, an organisation, though the tagger read it as
// a place or a person. A country, region or continent, and a town WordNet knows or a sizeable one
// (a capital or 100,000 people: "Tata Steel's Jamshedpur unit"), stays a place ("Ford's
// Europe unit", "Univision's Los Angeles affiliate": the owner's part in that place), and a
// people's adjective stays one ("its Hungarian units").
// The result settles the type, so the article's other mentions of the name follow it.
import type { Mention } from '../../types.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer, type Entry } from '../gazetteer/gazetteer.js';
import { isKnownPlace } from '../gazetteer/known-places.js';
import { nameKey } from '../gazetteer/normalize.js';

/** A town the gazetteer holds as a capital or with 100,000 people (a city a reader knows by name). */
export function isSizeableTown(e: Entry): boolean {
  return e.kind === 'P' && (e.pop >= 100_000 || /^PPL(?:A|C)$/u.test(e.tag));
}

const OWNER_BEFORE = /^['’]s[ \t]+$/u;
/** "its Del Monte unit": the owner named before, written as a possessive pronoun. */
const PRONOUN_OWNER_BEFORE = /(?<![\p{L}\p{N}])(?:its|their)[ \t]+$/u;
const PART_AFTER = /^(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2}?[ \t]+(?:unit|units|division|divisions|subsidiary|subsidiaries|affiliate|affiliates)(?![\p{L}\p{N}])/u;

export function typeCompanyUnits(text: string, mentions: Mention[]): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  const out = mentions.map((m, i) => {
    if (m.type === 'ORG' || m.title || !PART_AFTER.test(text.slice(m.end, m.end + 48))) return m;
    const owner = mentions[i - 1];
    const owned = owner?.type === 'ORG' && OWNER_BEFORE.test(text.slice(owner.end, m.start));
    if (!owned && !PRONOUN_OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) return m;
    const g = gazetteer();
    // "its Hungarian units": a people's adjective says where the units are, it names none
    if (g.demonym(nameKey(m.text)) !== undefined) return m;
    if (candidates(g, m.text).entries.some((e) => e.kind !== 'P' || isKnownPlace(g, e) || isSizeableTown(e))) return m;
    const unit: Mention = { ...m, type: 'ORG' };
    settled.add(unit);
    return unit;
  });
  return { mentions: out, settled };
}
