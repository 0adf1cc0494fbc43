// "Metromedia Co.", "Elstein Ltd.", "InterCare Inc": a name that ends in a company designator after
// a capitalised word is a company, though the tagger read a surname-like first word as a person or
// an unknown one as a place. The designators are the ones resolution drops from a company's key
// (names.ts). A titled name is left to the title ("Mrs Fields Inc" is the tagger's
// and the house style's call). The result settles the type, so the article's other mentions of the
// name follow it (one type per name per article).
import type { Mention } from '../../types.js';
import { isCompanyDesignator } from './names.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { isKnownPlace } from '../gazetteer/known-places.js';
import { isSizeableTown } from './company-units.js';

/** "Booz-Allen & Hamilton (Japan) Inc.": a designator after a bracketed country or town the company works in. */
const BRACKET_THEN_DESIGNATOR = /^[ \t]*\(([^()\n]{1,30})\)[ \t]*(\p{Lu}[\p{L}.]*)/u;

/** "Tony Lama Co. said": a designator right after a name, which the tagger left out of a span it
 *  read as a person's. Capitalised, as a company's name writes it ("the Lama company" is a description). */
const DESIGNATOR_AFTER = /^[ \t]+(\p{Lu}\p{L}{1,11})(\.?)(?![\p{L}\p{N}])/u;

/** A country or region the gazetteer holds, or a town it knows well ("(Democrat)" is no place). */
function isBracketPlace(name: string): boolean {
  const g = gazetteer();
  return candidates(g, name.trim()).entries.some((e) => e.kind === 'C' || e.kind === 'R' || isKnownPlace(g, e) || isSizeableTown(e));
}

export function typeCompanyNames(mentions: Mention[], text?: string): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  // the span after a bracketed place reaches over it and the designator, whose own mentions go
  let covered = -1;
  const out = mentions.flatMap((m) => {
    if (m.start < covered) return [];
    if (m.title) return [m];
    const words = m.text.split(/\s+/);
    const bracketed = text === undefined ? null : BRACKET_THEN_DESIGNATOR.exec(text.slice(m.end, m.end + 48));
    if (text !== undefined && bracketed && /^\p{Lu}/u.test(m.text) && isCompanyDesignator(bracketed[2].replace(/\.$/u, '')) && isBracketPlace(bracketed[1])) {
      const end = m.end + bracketed[0].length;
      const company: Mention = { ...m, type: 'ORG', end, text: text.slice(m.start, end) };
      covered = end;
      settled.add(company);
      return [company];
    }
    if (m.type === 'ORG') return [m];
    // not after a place: "Kerry Co." is the county
    const designator = text === undefined || m.type === 'LOC' ? null : DESIGNATOR_AFTER.exec(text.slice(m.end, m.end + 16));
    if (text !== undefined && designator && /^\p{Lu}/u.test(m.text) && isCompanyDesignator(designator[1])) {
      const end = m.end + designator[0].length;
      if (!mentions.some((o) => o !== m && o.start < end && m.end < o.end)) {
        const company: Mention = { ...m, type: 'ORG', end, text: text.slice(m.start, end) };
        covered = end;
        settled.add(company);
        return [company];
      }
    }
    if (words.length < 2 || !/^\p{Lu}/u.test(words[words.length - 2]) || !isCompanyDesignator(words[words.length - 1].replace(/\.$/u, ''))) return [m];
    const company: Mention = { ...m, type: 'ORG' };
    settled.add(company);
    return [company];
  });
  return { mentions: out, settled };
}
