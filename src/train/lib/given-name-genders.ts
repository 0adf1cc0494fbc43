// Counts for a given-name gender table learned from unlabelled news, not a hand list: a person's
// first name votes for the gender of the he/she that next refers to someone in its sentence or the
// next (while no other person is named between), of the title written before it ("Mrs. Ann
// Lee"), and of the noun an apposition after it gives ("Ann Lee, a spokeswoman for …"). A name
// becomes an entry only with enough votes and a clear majority.
import { TITLES } from '../../pipeline/lexicons/abbreviations.js';

export type Gender = 'm' | 'f';
export interface GenderVotes { m: number; f: number }

const PRONOUN_GENDER: Readonly<Record<string, Gender>> = {
  he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f',
};
const TITLE_GENDER: Readonly<Record<string, Gender>> = { mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f' };
/** Nouns for a woman or a man that an apposition gives a name's bearer ("Ann Roe, his wife"); "-woman" and "-man" words besides. */
const NOUN_GENDER: Readonly<Record<string, Gender>> = {
  wife: 'f', mother: 'f', daughter: 'f', sister: 'f', widow: 'f', actress: 'f', grandmother: 'f', niece: 'f', aunt: 'f', girlfriend: 'f',
  husband: 'm', father: 'm', son: 'm', brother: 'm', widower: 'm', actor: 'm', grandfather: 'm', nephew: 'm', uncle: 'm', boyfriend: 'm',
};
/** Words ending in "man" that are no man ("human", "German" written low). */
const NOT_A_MAN: ReadonlySet<string> = new Set(['human', 'german', 'roman', 'shaman', 'ottoman']);
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'whose']);
const APPOSITION_STOPS: ReadonlySet<string> = new Set(['of', 'to', 'for', 'at', 'in', 'with', 'from', 'on', 'and', 'or']);

/** The article or possessive opening an apposition right after a name ending at `end` ("Ann Lee, 45, his wife"), else -1. */
function appositionOpener(flat: ReadonlyArray<{ word: string }>, end: number): number {
  let k = end;
  if (flat[k]?.word !== ',') return -1;
  k++;
  if (/^\d{1,3}$/.test(flat[k]?.word ?? '') && flat[k + 1]?.word === ',') k += 2;
  return APPOSITION_OPENERS.has(flat[k]?.word.toLowerCase() ?? '') ? k : -1;
}

function nounGender(word: string): Gender | undefined {
  if (NOUN_GENDER[word]) return NOUN_GENDER[word];
  if (/wom[ae]n$/.test(word)) return 'f';
  if (/[a-z]{3}man$/.test(word) && !NOT_A_MAN.has(word)) return 'm';
  return undefined;
}

/**
 * The gender of the noun heading an apposition right after a name ("Ann Roe, a spokeswoman for …",
 * "Ann Roe, 45, his wife", "Al Poe, the former chairman of …"): the noun before the first
 * preposition, within four lower-case words after an article or possessive; none when a name
 * follows that noun ("…, his wife Ann Roe": the wife is the next person).
 */
function appositionGender(flat: ReadonlyArray<{ word: string; tag: string }>, end: number): Gender | undefined {
  const opener = appositionOpener(flat, end);
  if (opener < 0) return undefined;
  let k = opener + 1;
  let head = -1;
  for (let n = 0; n < 4 && k < flat.length && /^[a-z-]+$/.test(flat[k].word) && !APPOSITION_STOPS.has(flat[k].word); n++, k++) head = k;
  if (head < 0 || flat[head + 1]?.tag === 'B-PER' || /^\p{Lu}/u.test(flat[head + 1]?.word ?? '')) return undefined;
  return nounGender(flat[head].word);
}

/** A given name as a word: capitalised, letters only, not an initial. */
const GIVEN = /^\p{Lu}\p{Ll}+$/u;

/** One vote per document for each (name, gender) seen in it: a long story about one person is one witness. */
export class GivenNameCounts {
  readonly votes = new Map<string, GenderVotes>();

  addDocument(seen: ReadonlyMap<string, Set<Gender>>): void {
    for (const [name, gs] of seen) {
      const v = this.votes.get(name) ?? { m: 0, f: 0 };
      for (const g of gs) v[g]++;
      this.votes.set(name, v);
    }
  }
}

function note(seen: Map<string, Set<Gender>>, name: string, g: Gender): void {
  const s = seen.get(name) ?? new Set<Gender>();
  s.add(g);
  seen.set(name, s);
}

/**
 * The votes of one CoNLL-2003 document (sentences of [word, tag] with BIO person tags): a person
 * named with at least two words, the first a given name, votes with its title and with the first
 * gendered pronoun after it in that sentence or the next, unless another person is named first.
 */
export function conllVotes(sentences: ReadonlyArray<ReadonlyArray<readonly [string, string]>>): Map<string, Set<Gender>> {
  const seen = new Map<string, Set<Gender>>();
  const flat: Array<{ word: string; tag: string; sentence: number }> = [];
  sentences.forEach((s, k) => s.forEach(([word, tag]) => flat.push({ word, tag, sentence: k })));
  for (let i = 0; i < flat.length; i++) {
    if (flat[i].tag !== 'B-PER') continue;
    let end = i + 1;
    while (end < flat.length && flat[end].tag === 'I-PER') end++;
    // a title the tagger took into the name ("Dr Ann Roe") is no given name: the word after it is
    const first = TITLES.has(flat[i].word.replace(/\.$/, '')) ? i + 1 : i;
    const given = flat[first].word;
    if (end - first < 2 || !GIVEN.test(given)) continue;
    const title = first > 0 ? TITLE_GENDER[flat[first - 1].word.toLowerCase()] : undefined;
    if (title) note(seen, given, title);
    const described = appositionGender(flat, end);
    if (described) note(seen, given, described);
    // "Ann Lee, his wife": a possessive opening an apposition is someone else's
    const opener = appositionOpener(flat, end);
    for (let j = end; j < flat.length && flat[j].sentence <= flat[i].sentence + 1; j++) {
      if (flat[j].tag === 'B-PER') break;
      if (j === opener) continue;
      const g = PRONOUN_GENDER[flat[j].word.toLowerCase()];
      if (g) {
        note(seen, given, g);
        break;
      }
    }
  }
  return seen;
}

/** Reads CoNLL-2003 text into documents of sentences of [word, NER tag]. */
export function conllDocuments(text: string): Array<Array<Array<[string, string]>>> {
  const docs: Array<Array<Array<[string, string]>>> = [];
  let doc: Array<Array<[string, string]>> = [];
  let sent: Array<[string, string]> = [];
  const endSentence = () => {
    if (sent.length) doc.push(sent);
    sent = [];
  };
  for (const line of text.split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length) docs.push(doc);
      doc = [];
    } else if (cols.length < 4) endSentence();
    else sent.push([cols[0], cols[3]]);
  }
  endSentence();
  if (doc.length) docs.push(doc);
  return docs;
}

/** The entries kept: at least minVotes votes, the majority's share at least share[its gender]; sorted by name. */
export function decideGenders(votes: ReadonlyMap<string, GenderVotes>, minVotes: number, share: Readonly<Record<Gender, number>>): Array<{ name: string; gender: Gender; m: number; f: number }> {
  const out: Array<{ name: string; gender: Gender; m: number; f: number }> = [];
  for (const [name, v] of votes) {
    const n = v.m + v.f;
    if (n < minVotes) continue;
    if (v.m >= share.m * n) out.push({ name, gender: 'm', ...v });
    else if (v.f >= share.f * n) out.push({ name, gender: 'f', ...v });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
