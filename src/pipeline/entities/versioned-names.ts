// A product's version is written as its short name with a number glued on ("IE8", "IE11" beside
// "IE"): the tagger passes most such words over, or types them apart. A word made of a name's
// capitals (two or more: "M23" is no version of an "M") and a one- or two-digit number is a
// mention of that name's type wherever the article also writes the name alone; entity resolution
// (resolve.ts, linkVersions) then joins it to that name. Only an organisation's or a
// product's name (ORG, MISC) has versions: a place's code does not ("Denver, CO" … "CO2", "Washington,
// DC" … "DC10"), nor does a word WordNet knows as a noun ("CO2", a chemical written so).
import type { Mention, Segmentation } from '../../types.js';
import { installedWordNet } from '../lexicons/wordnet.js';
import { lastStartingAtOrBefore } from '../context/document.js';

/** The capitals and the version number of a word such as "IE11"; null for any other word. */
export function splitVersion(word: string): { stem: string; version: string } | null {
  const m = /^(\p{Lu}{2,6})(\d{1,2})$/u.exec(word);
  return m ? { stem: m[1], version: m[2] } : null;
}

/** A version number written apart after a name: one or two digits ("Windows 8", "IE 11"), a
 *  year ("Windows Server 2003"), a dotted release ("8.1"). Three digits are a model ("Boeing 747"). */
const VERSION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})?|(?:19[89]|20[0-4])\d)$/u;

/** What after a number makes it a quantity or a range, not a version: a sign, a dash, or a
 *  lower-case word other than a conjunction ("Telekom 4 hours", "C$ 1.15 billion", "Google 3
 *  percent higher"; "Windows 8 and 9" and "Windows 8 , due in May" keep theirs). */
const QUANTITY_AFTER = /^(?:%|-|–|(?!(?:and|or)$)\p{Ll}.*)$/u;

/**
 * The name and version of a name written with its version apart ("Windows 8", "Internet Explorer
 * 10", "Windows Server 2003", tokenised "Windows 8 . 1") or with a code of two capitals WordNet
 * knows as no word ("Windows XP"; "Apple TV" keeps its noun); null for any other name.
 */
export function splitSpacedVersion(name: string): { stem: string; version: string } | null {
  const m = /^(\p{Lu}[\p{L}\p{N}.&' -]*?) (\d{1,2} \. \d{1,2}|\S+)$/u.exec(name);
  if (!m) return null;
  const version = m[2].replace(/ /gu, '');
  if (VERSION_NUMBER.test(version)) return { stem: m[1], version };
  return /^\p{Lu}{2}$/u.test(version) && !isKnownWord(version) ? { stem: m[1], version } : null;
}

/** Whether WordNet knows the word in any part of speech ("tv", "us"); true without WordNet, so nothing is read as a code. */
function isKnownWord(word: string): boolean {
  const wn = installedWordNet();
  return !wn || (['n', 'v', 'a'] as const).some((pos) => wn.synsets(word.toLowerCase(), pos).length > 0);
}

/**
 * The mentions with an organisation's or a product's name that the tagger ended before its version
 * number ("Windows" of "Windows 8", "Internet Explorer" of "Internet Explorer 10") taking that number
 * in, where the article writes the name alone elsewhere (a name with versions; resolution joins them
 * to it). Not in a score line ("Rovers 2 United 1": a number before the name, or a name after the
 * number) nor before a quantity's word.
 */
export function extendSpacedVersions(text: string, mentions: Mention[], seg: Segmentation): Mention[] {
  const tokens = seg.tokens;
  if (!mentions.some((m) => hasVersions(m.type))) return mentions;
  // looked up for the few names with versions, not indexed over every token of the text
  const startAt = (offset: number): number | undefined => {
    const k = lastStartingAtOrBefore(tokens, offset);
    return tokens[k]?.start === offset ? k : undefined;
  };
  const nameStarts = new Set(mentions.map((m) => m.start));
  /** where the version written after each mention ends */
  const found = new Map<Mention, number>();
  for (const m of mentions) {
    if (!hasVersions(m.type) || text[m.end] !== ' ') continue;
    const k = startAt(m.end + 1);
    if (k === undefined) continue;
    let end = tokens[k].end;
    let version = tokens[k].text;
    let next = k + 1;
    // tokenised text sets a release's dot apart ("8 . 1")
    const spaced = (a: number) => tokens[a + 1].start === tokens[a].end + 1;
    if (tokens[k + 2] && tokens[k + 1].text === '.' && /^\d{1,2}$/u.test(tokens[k + 2].text) && spaced(k) && spaced(k + 1)) {
      version = `${version}.${tokens[k + 2].text}`;
      end = tokens[k + 2].end;
      next = k + 3;
    }
    if (!VERSION_NUMBER.test(version)) continue;
    const before = startAt(m.start);
    if (before !== undefined && before > 0 && /^\d/u.test(tokens[before - 1].text)) continue;
    // a version ends no line without its stop: "TVM 9" ending a results row is a time or a place
    const after = tokens[next];
    if (!after || after.sentence !== tokens[k].sentence || /^\d/u.test(after.text) || QUANTITY_AFTER.test(after.text) || nameStarts.has(after.start)) continue;
    found.set(m, end);
  }
  if (found.size === 0) return mentions;
  // a results table: a name of the sentence has a number after it that is no version ("Middlesex 20
  // points , Hampshire 5 .", "Somerset 83 and 174 , Leicestershire 296 ."); products in a row keep
  // theirs ("Windows 8 , due in May , and its browser , Internet Explorer 10 , are not affected")
  const tables = new Set<number>();
  for (const m of mentions) {
    const k = startAt(m.end + 1);
    if (k !== undefined && text[m.end] === ' ' && /^\d/u.test(tokens[k].text) && !found.has(m)) tables.add(tokens[k].sentence);
  }
  for (const m of found.keys()) if (tables.has(tokens[startAt(m.end + 1)!].sentence)) found.delete(m);
  const alone = new Set(mentions.filter((m) => hasVersions(m.type) && !found.has(m)).map((m) => m.text));
  return mentions.map((m) => {
    const end = found.get(m);
    return end !== undefined && alone.has(m.text) ? { ...m, end, text: text.slice(m.start, end) } : m;
  });
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
