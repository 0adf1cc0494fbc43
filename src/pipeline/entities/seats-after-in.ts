// "an analyst at Daly Capital in Toledo": the tagger runs a firm's or club's name on over "in" and
// the town it sits in, so neither the body nor its town is found. Names rarely hold "in" before a
// place (their seat is written "of Town", which town-in-region.ts reads), so an organisation or
// thing whose span ends "in" and a place the gazetteer knows is the body, then its town.
import type { Mention } from '../../types.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';

/** A name, "in" and one or two capitalised words: "Grant Securities in Memphis". */
const NAME_IN_TOWN = /^(\p{Lu}[\p{L}.&'’-]*(?:[ \t]+\p{Lu}[\p{L}.&'’-]*)*)[ \t]+in[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)$/u;

export function cutSeatsAfterIn(mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  mentions.forEach((m, i) => {
    if (m.type !== 'ORG' && m.type !== 'MISC') return;
    const parts = NAME_IN_TOWN.exec(m.text);
    if (!parts || candidates(gazetteer(), parts[2]).entries.length === 0) return;
    const town = m.end - parts[2].length;
    out ??= [...mentions];
    out[i] = { ...m, end: m.start + parts[1].length, text: parts[1] };
    out.push({ start: town, end: m.end, type: 'LOC', text: parts[2] });
  });
  return out ? out.sort((a, b) => a.start - b.start) : mentions;
}
