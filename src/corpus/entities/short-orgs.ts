// Organisation short forms joined to full names across articles, on co-mentioned evidence. One
// article says "Apple Computer", another only "Apple": the short form is the leading word(s) of
// the full name, but "Apple" is also the start of "Apple Corps", and "Continental" of
// "Continental Airlines" and "Continental Illinois". So a short form's mentions in an article join
// a full name's entity only when that article and the articles naming the full name share other
// entities (people, products, places, other organisations), each weighed by how rare it is in the
// corpus (a name in most articles says little), and when one full name clearly has more of that
// evidence than any other the short form starts. An article that names both the short form and a
// full name it starts is left to its own resolution (it linked them, or it told them apart).
// Order-independent: the joins are a function of the whole corpus's resolved mentions, computed
// at once, so no article's join depends on which articles came before it.
import type { EntityType } from '../../types.js';
import { entityIdFor, organisationKey } from './resolve.js';
import { nameKey, nameTokens } from './names.js';
import { installedWordNet } from '../events/wordnet.js';

/** One resolved mention of an article, as resolution (and the corpus type pass) left it. */
export interface ResolvedName {
  /** Where the mention starts in its article (which of two names the article gives first). */
  start: number;
  type: EntityType;
  entityId: string;
  canonical: string;
}

export interface ArticleNames {
  docId: string;
  mentions: ResolvedName[];
}

/** An article's short form moved to a full name's entity. */
export interface ShortOrgJoin {
  docId: string;
  /** The short form's entity id in that article. */
  from: string;
  entityId: string;
  canonical: string;
  /** The evidence for the chosen full name, and for the best rival (0 if none). */
  score: number;
  rival: number;
}

export interface ShortOrgOptions {
  /** Evidence (a sum of rarity weights) a join needs at least: one shared name that few articles carry. */
  minScore?: number;
  /** The chosen full name must have this many times the evidence of the best rival. */
  ratio?: number;
  /** Articles whose evidence must pick the full name before a corpus-wide short form joins it. */
  minVotes?: number;
  /** Join short forms resolution kept to their article ("United") on that article's evidence alone (measured, off). */
  localJoins?: boolean;
  /** A short form written with a company designator in most of its articles joins nothing (on). */
  designatorGuard?: boolean;
  /** Whether a word names a kind of body ("department", "committee"); default: its first WordNet noun sense is a group. */
  isBodyNoun?: (word: string) => boolean;
}

/** WordNet's lexicographer file of groups (noun.group: department, committee, board, ministry). */
const NOUN_GROUP = 14;

function wordNetBodyNoun(word: string): boolean {
  const wn = installedWordNet();
  const first = wn?.synsets(word, 'n')[0];
  return first !== undefined && wn!.lexFile(first) === NOUN_GROUP;
}

const MIN_SCORE = 2;
const MIN_VOTES = 2;
const RATIO = 2;

/** A corpus-wide organisation name (not one kept to its article) and its key, or null. */
function orgKey(m: ResolvedName): string | null {
  if (m.type !== 'ORG') return null;
  const key = organisationKey(m.canonical);
  return key && m.entityId === entityIdFor('ORG', m.canonical) ? key : null;
}

/** The short-form key of an organisation mention: corpus-wide or kept to its article ("United"). */
const shortKey = (m: ResolvedName): string | null => (m.type === 'ORG' ? organisationKey(m.canonical) || null : null);

/** Whether an id is a corpus-wide organisation's (not one resolution kept to its article). */
const corpusWide = (id: string, mentions: ResolvedName[]) => mentions.some((m) => m.entityId === id && orgKey(m) !== null);

const startsWith = (full: string, short: string) => full.startsWith(short + ' ');

/** Every join the corpus's evidence supports (sorted by document and short-form id). */
export function shortOrgJoins(articles: ArticleNames[], opts: ShortOrgOptions = {}): ShortOrgJoin[] {
  const minScore = opts.minScore ?? MIN_SCORE;
  const ratio = opts.ratio ?? RATIO;
  const minVotes = opts.minVotes ?? MIN_VOTES;
  const localJoins = opts.localJoins ?? false;
  const designatorGuard = opts.designatorGuard ?? true;
  const isBodyNoun = opts.isBodyNoun ?? wordNetBodyNoun;
  const n = articles.length;
  const df = new Map<string, number>();
  /** full-name key → the articles that name it */
  const fullDocs = new Map<string, number[]>();
  /** full-name key → spelling → count, for the canonical name of the joined entity */
  const spellings = new Map<string, Map<string, number>>();
  /** short-form key → the full-name keys of two or more words it starts */
  const byPrefix = new Map<string, Set<string>>();
  const entitySets = articles.map((a) => new Set(a.mentions.map((m) => m.entityId)));
  articles.forEach((a, k) => {
    for (const e of entitySets[k]) df.set(e, (df.get(e) ?? 0) + 1);
    const fulls = new Set<string>();
    for (const m of a.mentions) {
      const key = orgKey(m);
      if (!key || !key.includes(' ')) continue;
      fulls.add(key);
      const s = spellings.get(key) ?? spellings.set(key, new Map()).get(key)!;
      s.set(m.canonical, (s.get(m.canonical) ?? 0) + 1);
    }
    for (const key of fulls) {
      (fullDocs.get(key) ?? fullDocs.set(key, []).get(key)!).push(k);
      const words = key.split(' ');
      for (let w = 1; w < words.length; w++) {
        const prefix = words.slice(0, w).join(' ');
        // a fragment is no short form ("E", "AG")
        if (prefix.replace(/ /g, '').length < 3) continue;
        (byPrefix.get(prefix) ?? byPrefix.set(prefix, new Set()).get(prefix)!).add(key);
      }
    }
  });
  /** The full name as the corpus writes it most often (ties: the first in sort order, whatever the article order). */
  const canonicalOf = (full: string) => [...spellings.get(full)!].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
  const rarity = (e: string) => Math.log(n / (df.get(e) ?? n));
  const joins: ShortOrgJoin[] = [];
  /** corpus-wide short-form id → full-name key → the articles whose evidence picks it (and abstentions under '') */
  const votes = new Map<string, Map<string, number>>();
  /** short-form id → full-name keys some article names before it (ties) or after it first (a unit of its own) */
  const order = new Map<string, Map<string, { before: number; after: number }>>();
  /** corpus-wide short-form id → its key */
  const shortOf = new Map<string, string>();
  /** corpus-wide short-form id → how many articles write it with a company designator ("Ford Motor Co"), and in all */
  const designated = new Map<string, { with: number; all: number }>();
  articles.forEach((a, k) => {
    const orgKeys = new Set(a.mentions.flatMap((m) => orgKey(m) ?? []));
    const shorts = new Map<string, Set<string>>();
    for (const m of a.mentions) {
      const key = shortKey(m);
      if (key && byPrefix.has(key)) (shorts.get(key) ?? shorts.set(key, new Set()).get(key)!).add(m.entityId);
    }
    for (const [short, fromIds] of shorts) {
      const fulls = [...byPrefix.get(short)!];
      // the article names a full name the short form starts: it tells which comes first
      if (fulls.some((f) => orgKeys.has(f))) {
        for (const from of fromIds) {
          const firstShort = Math.min(...a.mentions.filter((m) => m.entityId === from).map((m) => m.start));
          const o = order.get(from) ?? order.set(from, new Map()).get(from)!;
          for (const f of fulls.filter((f) => orgKeys.has(f))) {
            const firstFull = Math.min(...a.mentions.filter((m) => orgKey(m) === f).map((m) => m.start));
            const c = o.get(f) ?? o.set(f, { before: 0, after: 0 }).get(f)!;
            if (firstFull < firstShort) c.before++;
            else c.after++;
          }
        }
        continue;
      }
      // the evidence: the article's other names, not the short form or any name that starts with it
      const own = a.mentions.filter((m) => !fromIds.has(m.entityId) && !(m.type === 'ORG' && (shortKey(m) === short || startsWith(shortKey(m) ?? '', short))));
      const evidence = new Set(own.map((m) => m.entityId));
      const scored = fulls
        .map((full) => {
          const seen = new Set<string>();
          for (const d of fullDocs.get(full)!) for (const e of entitySets[d]) if (evidence.has(e)) seen.add(e);
          let score = 0;
          for (const e of seen) score += rarity(e);
          return { full, score };
        })
        // ties broken by name, so the result never depends on the order articles came in
        .sort((x, y) => y.score - x.score || (x.full < y.full ? -1 : 1));
      const best = scored[0];
      const rival = scored[1]?.score ?? 0;
      const picked = best.score >= minScore && best.score >= ratio * rival;
      for (const from of fromIds) {
        if (!corpusWide(from, a.mentions)) continue;
        shortOf.set(from, short);
        const d = designated.get(from) ?? designated.set(from, { with: 0, all: 0 }).get(from)!;
        d.all++;
        if (a.mentions.some((m) => m.entityId === from && organisationKey(m.canonical) !== nameKey(m.canonical))) d.with++;
        const v = votes.get(from) ?? votes.set(from, new Map()).get(from)!;
        const key = picked ? best.full : '';
        v.set(key, (v.get(key) ?? 0) + 1);
      }
      if (!picked) continue;
      const canonical = canonicalOf(best.full);
      const entityId = entityIdFor('ORG', canonical);
      // a short form kept to its article ("United") is that article's alone: the article's evidence decides
      if (localJoins) for (const from of [...fromIds].sort()) if (!corpusWide(from, a.mentions)) joins.push({ docId: a.docId, from, entityId, canonical, score: best.score, rival });
    }
  });
  // A corpus-wide short form is one entity in every article that writes it: it joins a full name
  // as a whole, or not at all, so that no article's "Apple" is split from another's.
  const merged = new Map<string, { short: string; full: string; votes: number; rival: number }>();
  for (const [from, v] of [...votes].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const ranked = [...v].filter(([f]) => f).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    if (!ranked.length) continue;
    const [full, count] = ranked[0];
    const rival = ranked[1]?.[1] ?? 0;
    const o = order.get(from)?.get(full) ?? { before: 0, after: 0 };
    // the full name is a name the corpus uses (two articles at least), and some article writes it before the short form
    if (count < minVotes || count < ratio * rival || o.before < 1 || fullDocs.get(full)!.length < 2) continue;
    // written with a company designator in most of its articles ("Ford Motor Co"), it is a company's
    // whole name, not a short one: the longer name is another company (its "Ford Motor Credit Co" unit)
    const d = designated.get(from)!;
    if (designatorGuard && d.with * 2 > d.all) continue;
    // the short form and one noun naming a kind of body ("Treasury Department", "Agriculture
    // Committee") is a generic body every government has: the bare word is that of its article's country
    // (read from a spelling: keys collapse letters, "committee" → "comite")
    const rest = nameTokens(canonicalOf(full)).slice(shortOf.get(from)!.split(' ').length);
    if (rest.length === 1 && isBodyNoun(rest[0])) continue;
    merged.set(from, { short: shortOf.get(from)!, full, votes: count, rival });
  }
  articles.forEach((a) => {
    const ids = new Set(a.mentions.map((m) => m.entityId));
    for (const [from, m] of merged) {
      if (!ids.has(from)) continue;
      // an article that names another full name the short form starts before it means that one by
      // it ("Brindle Savings … Brindle"); named after it, the longer name is the short form's unit or product
      const firstShort = Math.min(...a.mentions.filter((x) => x.entityId === from).map((x) => x.start));
      if (a.mentions.some((x) => x.start < firstShort && orgKey(x) !== m.full && startsWith(orgKey(x) ?? '', m.short))) continue;
      const canonical = canonicalOf(m.full);
      joins.push({ docId: a.docId, from, entityId: entityIdFor('ORG', canonical), canonical, score: m.votes, rival: m.rival });
    }
  });
  return joins.sort((x, y) => (x.docId < y.docId ? -1 : x.docId > y.docId ? 1 : x.from < y.from ? -1 : 1));
}

/** One article's mentions with its joins applied (mentions of a joined short form take the full name's entity). */
export function applyShortOrgJoins<T extends ResolvedName>(mentions: T[], joins: ShortOrgJoin[]): T[] {
  if (!joins.length) return mentions;
  const to = new Map(joins.map((j) => [j.from, j]));
  return mentions.map((m) => {
    const j = m.type === 'ORG' ? to.get(m.entityId) : undefined;
    return j ? { ...m, entityId: j.entityId, canonical: j.canonical } : m;
  });
}
