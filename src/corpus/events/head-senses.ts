// How two event heads relate in WordNet: one synset ("foil" and "thwart"), one a kind of the other
// ("oscar" is an award), kinds of one thing (two sibling hyponyms), or one word's noun and verb
// ("capture" the act and "arrest" the verb). The pair model weighs these for heads it never saw
// corefer in training.
import { baseForms, type WordNet, type WordNetPos } from '../../pipeline/lexicons/wordnet.js';

/** What WordNet says of one head: the words to look up, most specific first ("open_fire", "open"). */
export interface SenseHead {
  lemma: string;
  senseKeys?: readonly string[];
  /** Universal POS of the head word; picks the first sense's part of speech. */
  pos?: string;
}

export interface HeadRelation {
  /** The heads share a synset (any senses). */
  synonym: number;
  /** Each head's first sense is a sense of the other. */
  firstSynonym: number;
  /** A sense of one is a direct hypernym of a sense of the other ("oscar" is an award). */
  hypernym: number;
  /** … two hops up ("open fire" is a way to shoot, to hit). */
  hypernym2: number;
  /** Senses of the two share a direct hypernym. */
  sibling: number;
  /** A sense of one is a derivationally related form of the other's (a noun and its verb) or of its synonym. */
  derived: number;
}

export const NO_RELATION: HeadRelation = { synonym: 0, firstSynonym: 0, hypernym: 0, hypernym2: 0, sibling: 0, derived: 0 };

interface Senses {
  all: Set<string>;
  first: string | null;
  /** Hypernyms one hop up, and within two hops. */
  parents: Set<string>;
  ancestors: Set<string>;
  /** Senses and the synsets derivationally related to them. */
  related: Set<string>;
}

const HYPERNYM = /^@i?$/;
const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>) => { for (const x of a) if (b.has(x)) return true; return false; };

function sensesOf(wn: WordNet, keys: readonly string[], pos: string | undefined): Senses {
  const first: WordNetPos = pos === 'VERB' ? 'v' : 'n';
  const other: WordNetPos = first === 'v' ? 'n' : 'v';
  // the first key WordNet knows: a phrase ("open_fire") says more than its head ("open")
  let word = '';
  let ids: string[] = [];
  for (const k of keys) {
    ids = [...wn.synsets(k, first), ...wn.synsets(k, other)];
    if (ids.length) { word = k; break; }
  }
  const forms = new Set([...baseForms(word, 'n'), ...baseForms(word, 'v')]);
  const all = new Set(ids);
  const parents = new Set<string>();
  const related = new Set(ids);
  for (const id of ids) {
    const s = wn.synset(id);
    if (!s) continue;
    for (const p of s.pointers) {
      if (HYPERNYM.test(p.symbol)) parents.add(p.target);
      else if (p.symbol === '+' && (p.sourceWord === 0 || forms.has(s.words[p.sourceWord - 1]))) related.add(p.target);
    }
  }
  const ancestors = new Set(parents);
  for (const id of parents) for (const p of wn.synset(id)?.pointers ?? []) if (HYPERNYM.test(p.symbol)) ancestors.add(p.target);
  return { all, first: wn.synsets(word, first)[0] ?? ids[0] ?? null, parents, ancestors, related };
}

/** The WordNet relation of two heads, cached per head; heads with one lemma are sameHead's, not these. */
export function headRelations(wn: WordNet): (a: SenseHead, b: SenseHead) => HeadRelation {
  const cache = new Map<string, Senses>();
  const senses = (h: SenseHead) => {
    const keys = h.senseKeys?.length ? h.senseKeys : [h.lemma];
    const key = `${h.pos ?? ''}\t${keys.join(' ')}`;
    let s = cache.get(key);
    if (!s) cache.set(key, (s = sensesOf(wn, keys, h.pos)));
    return s;
  };
  return (a, b) => {
    if (a.lemma === b.lemma) return NO_RELATION;
    const x = senses(a);
    const y = senses(b);
    if (!x.all.size || !y.all.size) return NO_RELATION;
    const synonym = intersects(x.all, y.all);
    return {
      synonym: synonym ? 1 : 0,
      firstSynonym: x.first && y.first && y.all.has(x.first) && x.all.has(y.first) ? 1 : 0,
      hypernym: intersects(x.all, y.parents) || intersects(y.all, x.parents) ? 1 : 0,
      hypernym2: intersects(x.all, y.ancestors) || intersects(y.all, x.ancestors) ? 1 : 0,
      sibling: intersects(x.parents, y.parents) ? 1 : 0,
      derived: !synonym && intersects(x.related, y.related) ? 1 : 0,
    };
  };
}
