// One name, one type across the corpus. The tagger decides a name's type from its sentences, so
// a company it has not seen can come out a person in one article and an organisation in the rest
// ("Boeing" PER in two articles of thirty), and entities are keyed by type, so the name splits.
// Each article votes for the type it gives each name, a vote from the article's own evidence (a
// title, a full name whose surname this is, a company designator, a curated entry, a descriptor
// noun, a share price) weighing more than the tagger's guess. A name whose article has no such
// evidence takes the type the other articles clearly give it. Evidence of its own always wins, so
// Ford the company and "Mr Ford" stay apart. The corpus moves names only to a person or an
// organisation: what the tagger calls a place or a miscellaneous name by habit (a bank's short
// name, an interest rate) is no evidence that another article's organisation is one. A name the
// parse reads as an adjective (a nationality before a noun) stays miscellaneous. Known place names and
// nationality words are never moved, since clubs, councils and people are named after places
// (Liverpool the city and the club, Jordan the country and a person called Jordan) and only the
// article can tell them apart.
// Order-independent: analysis records only each article's own evidence on its mentions
// (typeEvidence); corpusTypes then counts the votes of the whole corpus at once, so an article's
// type never depends on which articles were analysed before it or on which thread.
import type { EntityType, Mention, Syntax, TypeVote } from '../../types.js';
import { headOfSpan } from '../../pipeline/syntax/query.js';
import { nameKey, nameTokens } from './names.js';
import { isCompanyDesignator } from './resolve.js';
import { shippedHonorifics, splitHonorific, type Honorifics } from '../../pipeline/entities/honorifics.js';
import { gazetteer } from '../../pipeline/gazetteer/gazetteer.js';
import { candidates } from '../../pipeline/gazetteer/resolve.js';
import { nameKey as placeKey } from '../../pipeline/gazetteer/normalize.js';

export type { TypeVote };

/** An article with evidence of its own outweighs this many that only have the tagger's guess. */
const STRONG = 3;
/** The corpus speaks for a name once its votes weigh this much (two articles with evidence, six without) … */
const MIN_WEIGHT = 6;
/** … and one type has at least this share of them. */
const MIN_SHARE = 0.75;

const TYPES: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

class CorpusTypeVotes {
  /** name key → weight per type, in TYPES order (a small array: a large ingest holds one per distinct name). */
  private readonly votes = new Map<string, number[]>();

  record(key: string, type: EntityType, weight: number): void {
    let v = this.votes.get(key);
    if (!v) this.votes.set(key, (v = [0, 0, 0, 0]));
    v[TYPES.indexOf(type)] += weight;
  }

  /**
   * The type the corpus clearly gives a name, or null while it has not spoken or is divided.
   * `without`: one article's own vote, left out (what the other articles say of the name).
   */
  prevailing(key: string, without?: { type: EntityType; weight: number }): EntityType | null {
    const stored = this.votes.get(key);
    if (!stored) return null;
    const v = stored.slice();
    if (without) v[TYPES.indexOf(without.type)] -= without.weight;
    const total = v[0] + v[1] + v[2] + v[3];
    const best = v.indexOf(Math.max(...v));
    return total >= MIN_WEIGHT && v[best] / total >= MIN_SHARE ? TYPES[best] : null;
  }

}

export interface TypeVoteOptions {
  honorifics?: Honorifics;
  /** The article's parse: a name whose head word is an adjective is not moved. */
  syntax?: Syntax;
  /** Whether a name is a known place or nationality word (default: the gazetteer). */
  isPlace?: (name: string) => boolean;
}

/** The name a mention votes under: without a title or a company designator ("Mr Ford" → ford, "Boeing Co" → boeing). */
export function voteKey(text: string, h: Honorifics = shippedHonorifics()): string {
  return voteKeyOfName(splitHonorific(text, h).name);
}

/** voteKey of a name already without its title. */
function voteKeyOfName(name: string): string {
  const words = nameTokens(name);
  while (words.length > 1 && isCompanyDesignator(words[words.length - 1])) words.pop();
  return nameKey(words.join(' '));
}

interface Evidence {
  type: EntityType;
  /** Whether it outweighs a guess when voting; a surname of a full name the tagger typed a person keeps its type but votes as a guess, since the full name's type was a guess too ("E.F. Hutton"). */
  strong: boolean;
}

/**
 * The type a mention's own article gives evidence for, or null where only the tagger spoke.
 * `personSurnames`: surnames of the persons the article names in full.
 */
function ownEvidence(m: Mention, split: { title: string | null; name: string }, personSurnames: Set<string>): Evidence | null {
  if (m.typeSettled) return { type: m.type, strong: true };
  if (m.title || split.title || m.familyName) return { type: 'PER', strong: true };
  const words = nameTokens(split.name);
  if (m.type === 'ORG' && words.length > 1 && isCompanyDesignator(words[words.length - 1])) return { type: 'ORG', strong: true };
  if (m.type === 'PER' && words.length === 1 && personSurnames.has(nameKey(words[0]))) return { type: 'PER', strong: false };
  return null;
}

/** Whether the parse makes a mention's head word an adjective ("West German" in "West German banks"). */
function isAdjective(m: Mention, syn: Syntax | undefined): boolean {
  if (!syn || syn.words.length === 0) return false;
  const head = headOfSpan(syn, m);
  return head !== null && syn.words[head].upos === 'ADJ';
}

/** Types the corpus moves a name to. */
const MOVABLE_TO = new Set<EntityType>(['PER', 'ORG']);

/** One article's mentions, each carrying its article's vote for its name (a lone initial or designator gets none). */
export function typeEvidence(mentions: Mention[], opts: TypeVoteOptions = {}): Mention[] {
  const h = opts.honorifics ?? shippedHonorifics();
  const isPlace = opts.isPlace ?? ((name: string) => gazetteer().demonym(placeKey(name)) !== undefined || candidates(gazetteer(), name).entries.length > 0);
  // each mention's title and name, read once
  const splits = mentions.map((m) => splitHonorific(m.text, h));
  const personSurnames = new Set<string>();
  mentions.forEach((m, i) => {
    if (m.type !== 'PER') return;
    const words = nameTokens(splits[i].name);
    if (words.length >= 2) personSurnames.add(nameKey(words[words.length - 1]));
  });
  const byName = new Map<string, { indices: number[]; evidence: Evidence | null; adjective: boolean; types: Map<EntityType, number> }>();
  mentions.forEach((m, i) => {
    const key = voteKeyOfName(splits[i].name);
    // a lone initial or designator ("A.", "Co") is a fragment of a name, not one
    if (key.length < 2 || (!key.includes(' ') && isCompanyDesignator(key))) return;
    const g = byName.get(key) ?? { indices: [], evidence: null, adjective: false, types: new Map<EntityType, number>() };
    g.indices.push(i);
    g.evidence ??= ownEvidence(m, splits[i], personSurnames);
    if (isAdjective(m, opts.syntax)) g.adjective = true;
    g.types.set(m.type, (g.types.get(m.type) ?? 0) + 1);
    byName.set(key, g);
  });
  const out = mentions.slice();
  for (const [key, g] of byName) {
    const type = g.evidence?.type ?? [...g.types].sort((a, b) => b[1] - a[1])[0][0];
    const movable = g.evidence === null && !g.adjective && !isPlace(splits[g.indices[0]].name);
    const strong = g.evidence?.strong ?? false;
    for (const i of g.indices) out[i] = { ...out[i], typeVote: { key, type, evidence: g.evidence !== null, strong, movable, tagged: out[i].type } };
  }
  return out;
}

/** A mention with its article's vote, from any document of the corpus. */
export interface VotedMention {
  docId: string;
  start: number;
  end: number;
  vote: TypeVote;
}

/** The type a movable mention should have, given the whole corpus (its tagged type where the corpus does not move it). */
export interface TypeDecision {
  docId: string;
  start: number;
  end: number;
  type: EntityType;
}

/**
 * One name, one type across the whole corpus: each article votes once per name; a movable mention
 * takes the type the other articles clearly give its name, when that is a person or an
 * organisation (a person only where some article shows the name is one) and differs from its
 * article's type (or its article is itself divided). Pure: the
 * same mentions in any order give the same decisions, one per movable mention.
 */
export function corpusTypes(mentions: Iterable<VotedMention>): TypeDecision[] {
  const votes = new CorpusTypeVotes();
  const groups = new Map<string, VotedMention[]>();
  // names some article gives evidence of a person for (a title, a full name)
  const persons = new Set<string>();
  for (const m of mentions) {
    const id = `${m.docId}\u0000${m.vote.key}`;
    const g = groups.get(id);
    if (g) g.push(m);
    else {
      groups.set(id, [m]);
      votes.record(m.vote.key, m.vote.type, weightOf(m.vote));
      if (m.vote.evidence && m.vote.type === 'PER') persons.add(m.vote.key);
    }
  }
  const decisions: TypeDecision[] = [];
  for (const g of groups.values()) {
    const { vote } = g[0];
    if (!vote.movable) continue;
    const corpus = votes.prevailing(vote.key, { type: vote.type, weight: weightOf(vote) });
    const divided = g.some((m) => m.vote.tagged !== vote.type);
    // the tagger's habit of calling a bare name a person ("Easter", a firm named after its
    // founders) is no evidence that it is one: the corpus makes a person only of a name some
    // article shows to be one
    const known = corpus !== 'PER' || persons.has(vote.key);
    const moves = corpus !== null && MOVABLE_TO.has(corpus) && known && (corpus !== vote.type || divided);
    for (const m of g) decisions.push({ docId: m.docId, start: m.start, end: m.end, type: moves ? corpus : m.vote.tagged });
  }
  return decisions;
}

const weightOf = (v: TypeVote) => (v.strong ? STRONG : 1);
