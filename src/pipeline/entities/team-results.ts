// "Minnesota beat Buffalo", "Winnipeg defeated Nashville": a town or state that beats or is beaten
// by another named side is its team, which CoNLL and this stage call an organisation. The verb
// decides: its most frequent WordNet sense is a kind of "defeat, get the better of" (beat, defeat,
// rout, outperform), and both its subject and its object are names the tagger read as places or
// organisations. Countries are left alone: a national side goes by its country's name, which
// CoNLL tags as a place, and "Russia defeated …" may be a war. The result settles the type, so
// the article's other mentions of the town follow it (one type per name per article).
// A town is a team on its own evidence too, where the parse makes it the side of a game: the
// subject of a win ("Denver won 3-1", "Denver beat them"; an object, if any, no name but a
// contest: "won the game", not "won the bid"), the owner or modifier of a contest, a win or
// defeat, or a contestant ("Dallas' last game", "Houston quarterback Matt Schaub"), or the side a
// game is "over" or "against" ("a victory over Denver").
import type { Mention, Syntax } from '../../types.js';
import { installedWordNet, isKindOf, type WordNet } from '../lexicons/wordnet.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { candidates } from '../gazetteer/resolve.js';
import { caseMarker, children, headOfSpan } from '../syntax/query.js';

/** "defeat, get the better of, overcome": the synset a winning verb's first sense falls under. */
const isDefeat = (words: readonly string[]) => words.includes('defeat') && words.includes('get_the_better_of');
const HOPS = 3;

const cache = new Map<string, boolean>();
/** WordNet's "be the winner in a contest": the first sense of "win", a verb with no hypernym. */
const WIN_LEMMA = 'win';
/** What a side plays, wins or loses, and who plays: WordNet's contest, victory, defeat and contestant. */
const GAME_WORDS = ['contest', 'victory', 'defeat', 'contestant'];
/** How a town hangs on a game noun: its owner ("Dallas' game") or a modifier ("a Houston quarterback"). */
const SIDE_RELATIONS = new Set(['nmod:poss', 'compound']);
/** The prepositions that put the other side after a game noun ("over", "against"; not "at", where it is played). */
const OPPONENT_MARKERS = new Set(['over', 'against']);

/** Whether the verb's most frequent sense is a kind of defeating someone. */
export function isWinningVerb(lemma: string, wn: WordNet): boolean {
  let known = cache.get(lemma);
  if (known === undefined) {
    const first = wn.synsets(lemma, 'v')[0];
    cache.set(lemma, (known = first !== undefined && isKindOf(wn, first, (s) => isDefeat(s.words), { maxHops: HOPS })));
  }
  return known;
}

const gameCache = new Map<string, boolean>();

/** Whether one of the noun's two most frequent senses is a kind of contest, win, defeat or contestant
 *  (a game is first an activity, then a contest). */
export function isGameNoun(lemma: string, wn: WordNet): boolean {
  let known = gameCache.get(lemma);
  if (known === undefined) {
    const targets = new Set(GAME_WORDS.map((w) => wn.synsets(w, 'n')[0]));
    const senses = wn.synsets(lemma, 'n').slice(0, 2);
    gameCache.set(lemma, (known = senses.some((id) => isKindOf(wn, id, (s) => targets.has(s.id), { maxHops: HOPS + 3 }))));
  }
  return known;
}

/** Whether the verb's most frequent sense is winning a contest or defeating a side. */
function isVictoryVerb(lemma: string, wn: WordNet): boolean {
  const first = wn.synsets(lemma, 'v')[0];
  return (first !== undefined && first === wn.synsets(WIN_LEMMA, 'v')[0]) || isWinningVerb(lemma, wn);
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
  // a verb none of these names is the subject of cannot pass the test below: its dependents are
  // not read (most of a text's verbs, and reading them was most of this rule's cost)
  const namedSubjectHeads = new Set<number>();
  byHead.forEach((_, h) => {
    if (syn.words[h].deprel === 'nsubj') namedSubjectHeads.add(syn.words[h].head);
  });
  const out = [...mentions];
  syn.words.forEach((w, v) => {
    if (w.upos !== 'VERB' || !namedSubjectHeads.has(v)) return;
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
  byHead.forEach((k, h) => {
    // the parse is read first: a gazetteer look-up for every place named cost more than the rest of this rule
    if (out[k].type !== 'LOC' || settled.has(out[k]) || !playsAGame(syn, h, byHead, wn) || isCountry(out[k].text)) return;
    out[k] = { ...out[k], type: 'ORG' };
    settled.add(out[k]);
  });
  return { mentions: out, settled };
}

/** Whether the parse makes the name headed at word h a side of a game (see the header). */
export function playsAGame(syn: Syntax, h: number, named: Map<number, number>, wn: WordNet): boolean {
  const w = syn.words[h];
  const head = w.head >= 0 ? syn.words[w.head] : undefined;
  if (!head) return false;
  if (SIDE_RELATIONS.has(w.deprel)) {
    // the parse often hangs a town and a role on the player's name ("Houston quarterback Wade
    // Brinkley": both on "Brinkley"), so the lower-case word right after the town counts too
    const next = syn.words[h + 1];
    const nouns = [head, ...(w.deprel === 'compound' && next && /^\p{Ll}+$/u.test(next.text) ? [next] : [])];
    return nouns.some((n) => (n.upos === 'NOUN' || n.upos === 'ADJ') && /^\p{Ll}/u.test(n.text) && isGameNoun(n.lemma.toLowerCase(), wn));
  }
  // "a victory over Denver", "the game against Denver": the other side of a game
  if (w.deprel.startsWith('nmod') && OPPONENT_MARKERS.has(caseMarker(syn, h) ?? '')) return head.upos === 'NOUN' && isGameNoun(head.lemma.toLowerCase(), wn);
  if (w.deprel !== 'nsubj' || head.upos !== 'VERB' || !isVictoryVerb(head.lemma.toLowerCase(), wn)) return false;
  const object = children(syn, w.head).find((c) => syn.words[c].deprel === 'obj');
  if (object === undefined) return true;
  // a named object was the two-sided rule's to judge; a pronoun is a side ("beat them")
  if (named.has(object)) return false;
  const o = syn.words[object];
  return o.upos === 'PRON' || (o.upos === 'NOUN' && isGameNoun(o.lemma.toLowerCase(), wn));
}
