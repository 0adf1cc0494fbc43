// A product's version is written as its short name with a number glued on ("IE8", "IE11" beside
// "IE"): the tagger passes most such words over, or types them apart. A word made of a name's
// capitals (two or more: "M23" is no version of an "M") and a one- or two-digit number is a
// mention of that name's type wherever the article also writes the name alone; entity resolution
// (resolve.ts, linkVersions) then joins it to that name. Only an organisation's or a
// product's name (ORG, MISC) has versions: a place's code does not ("Denver, CO" … "CO2", "Washington,
// DC" … "DC10"), nor does a word WordNet knows as a noun ("CO2", a chemical written so).
import type { Mention, Segmentation } from '../../types.js';
import { installedWordNet } from '../lexicons/wordnet.js';

/** The capitals and the version number of a word such as "IE11"; null for any other word. */
export function splitVersion(word: string): { stem: string; version: string } | null {
  const m = /^(\p{Lu}{2,6})(\d{1,2})$/u.exec(word);
  return m ? { stem: m[1], version: m[2] } : null;
}

/** Whether a mention's type is one whose name can have versions (an organisation's product line, a product). */
export function hasVersions(type: Mention['type']): boolean {
  return type === 'ORG' || type === 'MISC';
}

/** Whether WordNet knows the word as a common noun ("co2"); false without WordNet. */
export function isCommonNounWord(word: string): boolean {
  return (installedWordNet()?.synsets(word.toLowerCase(), 'n').length ?? 0) > 0;
}

/** The mentions with a mention added for every versioned word of a name the article writes alone. */
export function addVersionedNames(text: string, mentions: Mention[], seg: Segmentation): Mention[] {
  const stems = new Map<string, Mention['type']>();
  for (const m of mentions) if (hasVersions(m.type) && !stems.has(m.text)) stems.set(m.text, m.type);
  if (stems.size === 0) return mentions;
  const added: Mention[] = [];
  for (const t of seg.tokens) {
    const v = splitVersion(t.text);
    const type = v ? stems.get(v.stem) : undefined;
    if (!type || mentions.some((m) => m.start < t.end && t.start < m.end) || isCommonNounWord(t.text)) continue;
    added.push({ start: t.start, end: t.end, type, text: text.slice(t.start, t.end) });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
