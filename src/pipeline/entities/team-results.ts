// "Minnesota beat Buffalo", "Winnipeg defeated Nashville": a town or state that beats or is beaten
// by another named side is its team, which CoNLL and this stage call an organisation. The verb
// decides: its most frequent WordNet sense is a kind of "defeat, get the better of" (beat, defeat,
// rout, outperform), and both its subject and its object are names the tagger read as places or
// organisations. Countries are left alone: a national side goes by its country's name, which
// CoNLL tags as a place, and "Russia defeated …" may be a war. The result settles the type, so
// the article's other mentions of the town follow it (one type per name per article).
import type { Mention, Syntax } from '../../types.js';
import { installedWordNet, isKindOf, type WordNet } from '../../corpus/events/wordnet.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { candidates } from '../gazetteer/resolve.js';
import { children, headOfSpan } from '../syntax/query.js';

/** "defeat, get the better of, overcome": the synset a winning verb's first sense falls under. */
const isDefeat = (words: readonly string[]) => words.includes('defeat') && words.includes('get_the_better_of');
const HOPS = 3;

const cache = new Map<string, boolean>();

/** Whether the verb's most frequent sense is a kind of defeating someone. */
export function isWinningVerb(lemma: string, wn: WordNet): boolean {
  let known = cache.get(lemma);
  if (known === undefined) {
    const first = wn.synsets(lemma, 'v')[0];
    cache.set(lemma, (known = first !== undefined && isKindOf(wn, first, (s) => isDefeat(s.words), { maxHops: HOPS })));
  }
  return known;
}

const isCountry = (name: string) => candidates(gazetteer(), name).entries.some((e) => e.kind === 'C');

/** The mentions with winning and beaten towns made teams, and those teams (settled by the result). */
export function typeTeamResults(mentions: Mention[], syn: Syntax | undefined, wn: WordNet | null = installedWordNet()): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!syn || !wn || syn.words.length === 0) return { mentions, settled };
  const byHead = new Map<number, number>();
  mentions.forEach((m, k) => {
    const h = m.type === 'LOC' || m.type === 'ORG' ? headOfSpan(syn, m) : null;
    if (h !== null && !m.title) byHead.set(h, k);
  });
  const out = [...mentions];
  syn.words.forEach((w, v) => {
    if (w.upos !== 'VERB') return;
    // the verb's sense is a WordNet walk: asked only of a verb with a named subject and object
    const args = children(syn, v);
    const subject = args.find((c) => syn.words[c].deprel === 'nsubj');
    const object = args.find((c) => syn.words[c].deprel === 'obj');
    const sides = [subject, object].map((c) => (c === undefined ? undefined : byHead.get(c)));
    if (sides.some((k) => k === undefined)) return;
    const [a, b] = sides as number[];
    if (!(out[a].type === 'LOC' || out[b].type === 'LOC') || !isWinningVerb(w.lemma.toLowerCase(), wn) || isCountry(out[a].text) || isCountry(out[b].text)) return;
    for (const k of [a, b]) {
      out[k] = out[k].type === 'ORG' ? out[k] : { ...out[k], type: 'ORG' };
      settled.add(out[k]);
    }
  });
  return { mentions: out, settled };
}
