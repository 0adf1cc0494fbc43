// Counts for a given-name gender table learned from unlabelled news, not a hand list: a person's
// first name votes for the gender of the he/she that next refers to someone in its sentence or the
// next (while no other person is named between), or of the title written before it ("Mrs. Ann
// Lee"). A name becomes an entry only with enough votes and a clear majority.
export type Gender = 'm' | 'f';
export interface GenderVotes { m: number; f: number }

const PRONOUN_GENDER: Readonly<Record<string, Gender>> = {
  he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f',
};
const TITLE_GENDER: Readonly<Record<string, Gender>> = { mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f' };
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
    const given = flat[i].word;
    if (end - i < 2 || !GIVEN.test(given)) continue;
    const title = i > 0 ? TITLE_GENDER[flat[i - 1].word.toLowerCase()] : undefined;
    if (title) note(seen, given, title);
    for (let j = end; j < flat.length && flat[j].sentence <= flat[i].sentence + 1; j++) {
      if (flat[j].tag === 'B-PER') break;
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
