// Organisation short forms joined to full names across articles, on co-mentioned evidence. Some
// articles say "Apple Computer", others only "Apple"; but "Apple" also starts "Apple Corps", and
// "Continental" both "Continental Airlines" and "Continental Illinois". Each article that writes
// a short form and none of the full names it starts weighs which full name its other names
// (people, products, places, other organisations) point to: the names it shares with the
// articles of each full name, each weighed by how rare it is in the corpus (a name in most
// articles says little), and it picks one only when that one clearly has more than any other.
// The short form is one entity in every article that writes it, so it joins a full name as a
// whole or not at all (an "Apple" split between two entities would lose more than it gains): when
// enough articles pick the same full name and clearly more pick it than any other, and an article
// writes that full name before the short form (the short form standing for it, not a unit named
// after its parent: "Boeing" … "Boeing Commercial Airplanes"). Not joined: a name the corpus
// mostly writes with a company designator ("Ford Motor Co" is a company, "Ford Motor Credit Co"
// its unit), a full name ending in a body or a meeting ("Treasury Department", "White House
// Economic Policy Council", "Venice Economic Summit": a body of, or event at, what its first words
// name; body-nouns.ts), a full name that no more articles write than point to it with the short
// form alone (the short form is the name the corpus knows, the longer one a unit named after it:
// "Citicorp" … "Citicorp Investment Bank"), and the short form of an article that names another
// full name it starts before it ("Continental Illinois" … "Continental").
// Apart from those corpus joins, an article that names one company in full and then by its first
// words ("Sansui Electric Co." … "Sansui", "Connaught BioSciences" … "Connaught") has that short
// form joined there alone (articleCompanyJoins), where the corpus joins it to nothing; a short form
// that is also a place ("Toronto Stock Exchange" … "Toronto's") joins only a name written with a
// company designator, and so does one whose full name ends in an organisation noun after its words
// ("Ford Foundation" … "Ford": another body named after it).
// Order-independent: the joins are a function of the whole corpus's resolved mentions, computed
// at once, with every tie broken by name, so no article's join depends on the order they came in.
import type { EntityType } from '../../types.js';
import { entityIdFor, isCompanyDesignator, organisationKey } from '../../pipeline/entities/resolve.js';
import { nameKey, nameTokens } from '../../pipeline/entities/names.js';
import { isBodyNoun as wordNetBodyNoun, isBuildingNoun as wordNetBuildingNoun, isOrganisationNoun as wordNetOrganisationNoun } from '../../pipeline/senses/body-nouns.js';
import { isPlaceName } from '../../pipeline/entities/company-short-names.js';

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
  /** The short form's entity id. */
  from: string;
  entityId: string;
  canonical: string;
  /** Articles whose evidence picked this full name, the most that picked another, and all that weighed it (those that picked none too). */
  votes: number;
  rival: number;
  voters: number;
}

export interface ShortOrgOptions {
  /** Evidence (a sum of rarity weights) an article needs to pick a full name: about one name that few articles carry. */
  minScore?: number;
  /** A pick needs this many times the evidence of the next full name; a join this many times the votes. */
  ratio?: number;
  /** Articles that must pick the full name before the short form joins it. */
  minVotes?: number;
  /** Whether a word names a body or a meeting ("department", "council", "summit"); default: WordNet (body-nouns.ts). */
  isBodyNoun?: (word: string) => boolean;
  /** Whether a word names an organisation of its own ("foundation", "bank", "party"); default: WordNet (body-nouns.ts). */
  isOrganisationNoun?: (word: string) => boolean;
  /** Whether a word names a kind of building ("courthouse", "hotel"); default: WordNet (body-nouns.ts). */
  isBuildingNoun?: (word: string) => boolean;
  /** Whether a name is a place's ("Toronto"); default: the shipped gazetteer (a country, region, known or sizeable town). */
  isPlace?: (name: string) => boolean;
  /** Exclusions to leave out (measuring each one's worth): 'body' (then only a short form and one
   *  body noun is excluded), 'parent'; and 'article': no article's own join (the corpus joins alone). */
  without?: ReadonlyArray<'body' | 'parent' | 'article'>;
  /** The corpus the rarity weights count over, when the articles given are only part of it (the
   *  store's scoped pass): how many articles, and per entity id in how many it is named. Default:
   *  counted from the articles given. */
  corpus?: CorpusCounts;
  /** The short forms (entity ids) that may join, when the articles given are only part of the
   *  corpus: the joinable families, read whole; another name's articles may be read only in part,
   *  and its designator share or spelling over that part is not the corpus's. */
  joinable?: ReadonlySet<string>;
}

export interface CorpusCounts {
  articles: number;
  documents: ReadonlyMap<string, number>;
}

const MIN_SCORE = 2;
const MIN_VOTES = 2;
const RATIO = 2;

/** Keys are asked for many times per mention, and an entity id is a hash: both kept per name. */
const orgKeys = new Map<string, { key: string; id: string; designated: boolean }>();
function keyOf(canonical: string): { key: string; id: string; designated: boolean } {
  let k = orgKeys.get(canonical);
  if (!k) {
    if (orgKeys.size > 100_000) orgKeys.clear();
    const key = organisationKey(canonical);
    // written with a company designator: the key dropped a word of the name
    orgKeys.set(canonical, (k = { key, id: entityIdFor('ORG', canonical), designated: key !== nameKey(canonical) }));
  }
  return k;
}

/** A corpus-wide organisation name's key (not one resolution kept to its article), or null. */
function orgKey(m: ResolvedName): string | null {
  if (m.type !== 'ORG') return null;
  const { key, id } = keyOf(m.canonical);
  return key && m.entityId === id ? key : null;
}

const startsWith = (full: string, short: string) => full.startsWith(short + ' ');
const byName = <T>(x: [string, T], y: [string, T]) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
const firstAt = (a: ArticleNames, test: (m: ResolvedName) => boolean) => Math.min(...a.mentions.filter(test).map((m) => m.start));

/** The spelling the corpus writes a name in most often (ties: by name). */
const topSpelling = (spellings: Map<string, number>) => [...spellings].sort((x, y) => y[1] - x[1] || byName(x, y))[0][0];

/** Whether a full name ends in a body or meeting noun after the short form's words ("White House Economic Policy Council"). */
function endsInBody(fullSpelling: string, short: string, isBodyNoun: (word: string) => boolean, onlyOneWord: boolean): boolean {
  // read from a spelling, designators dropped (keys collapse letters: "committee" → "comite")
  const words = nameTokens(fullSpelling);
  while (words.length > 1 && isCompanyDesignator(words[words.length - 1])) words.pop();
  const rest = words.slice(short.split(' ').length);
  return rest.length > 0 && (!onlyOneWord || rest.length === 1) && isBodyNoun(rest[rest.length - 1]);
}

/** A short form mostly written with a designator of its own. */
const mostlyDesignated = (designated: number, articles: number) => designated * 2 > articles;

/** The leading words of a full name's key that could be its short forms ("brindle kettles" → "brindle"). */
function shortFormsOf(key: string): string[] {
  const words = key.split(' ');
  const out: string[] = [];
  for (let w = 1; w < words.length; w++) {
    const prefix = words.slice(0, w).join(' ');
    // a fragment is no short form ("E", "AG")
    if (prefix.replace(/ /g, '').length >= 3) out.push(prefix);
  }
  return out;
}

/**
 * The entity ids of every family a join could come from: an organisation name that is a short form
 * of another in the corpus, and the full names it starts. `names`: entity ids with the resolved
 * names their ORG mentions carry (more is harmless: a name is kept only when the id is its
 * corpus-wide one, as orgKey asks of a mention). shortOrgJoins over just the articles naming these
 * ids (with the corpus's counts) decides as over the whole corpus: every short form and full name
 * it looks at is in them, and so is every name of theirs that a short form's article could start.
 */
export function shortFormFamilies(names: Iterable<{ key: string; name: string }>): Set<string> {
  const idsOf = new Map<string, string>();
  for (const { key: id, name } of names) {
    const k = keyOf(name);
    if (k.key && k.id === id) idsOf.set(k.key, id);
  }
  const family = new Set<string>();
  for (const [key, id] of idsOf) {
    for (const prefix of shortFormsOf(key)) {
      const short = idsOf.get(prefix);
      if (short) family.add(short).add(id);
    }
  }
  return family;
}

/** Place names asked for many times (a short form in every article that writes it): the gazetteer's answers kept. */
const places = new Map<string, boolean>();
function gazetteerPlace(name: string): boolean {
  let p = places.get(name);
  if (p === undefined) {
    if (places.size > 100_000) places.clear();
    places.set(name, (p = isPlaceName(name)));
  }
  return p;
}

/** What articleCompany asks of a short form and a full name without a designator. */
/** Whether a full name's last word makes it a body or a building of what its first words name
 *  ("Treasury Department", "Albany County Courthouse"), as the corpus joins read it. */
const namedAfterTest = (opts: ShortOrgOptions) => {
  const body = opts.isBodyNoun ?? wordNetBodyNoun;
  const building = opts.isBuildingNoun ?? wordNetBuildingNoun;
  return (word: string) => body(word) || building(word);
};

interface ArticleTests {
  isPlace: (name: string) => boolean;
  isOrganisationNoun: (word: string) => boolean;
  isBuildingNoun: (word: string) => boolean;
}

const articleTests = (opts: ShortOrgOptions): ArticleTests => ({
  isPlace: opts.isPlace ?? gazetteerPlace,
  isOrganisationNoun: opts.isOrganisationNoun ?? wordNetOrganisationNoun,
  isBuildingNoun: opts.isBuildingNoun ?? wordNetBuildingNoun,
});

/**
 * The one company name among the full names an article writes that a short form starts, before the
 * short form; null for none or several. A name written with a designator is the company where the
 * article writes one ("Ford Motor Co." over the model "Ford Taurus"); else the one organisation
 * name, unless the short form names a place (a place's name alone is the place as often as the
 * company: "Toronto Stock Exchange" … "Toronto's"), or the name's words after the short form end
 * in an organisation noun (the name may be another body named after it: "Ford Foundation" …
 * "Ford", "Citicorp Investment Bank" … "Citicorp, its parent"). `spelling`: a key's name as written.
 */
function articleCompany(written: string[], before: (full: string) => boolean, designated: (full: string) => boolean, short: string, spelling: (key: string) => string, tests: ArticleTests): string | null {
  const companies = written.filter(before);
  const withDesignator = companies.filter(designated);
  if (withDesignator.length) return withDesignator.length === 1 ? withDesignator[0] : null;
  if (companies.length !== 1 || tests.isPlace(spelling(short))) return null;
  // another body, or a building, named after what the short form names ("Ford Foundation", "Albany County Courthouse")
  return endsInBody(spelling(companies[0]), short, (w) => tests.isOrganisationNoun(w) || tests.isBuildingNoun(w), false) ? null : companies[0];
}

/**
 * Whether the corpus lets an article's short form be the company name it starts: not a short form
 * the corpus mostly writes with a designator of its own (a company itself: "Ford Motor Co" beside
 * "Ford Motor Credit Co"), nor one that as many articles write alone as write the company name (the
 * parent, the company name a unit named after it: "General Motors" … "General Motors Acceptance
 * Corp."), nor a company name ending in a body ("… Pension Division Inc").
 */
function companyOfArticle(alone: { voters: number; designated: number; articles: number }, fullArticles: number, fullSpelling: string, short: string, isBodyNoun: (word: string) => boolean): boolean {
  if (mostlyDesignated(alone.designated, alone.articles) || alone.voters >= fullArticles) return false;
  return !endsInBody(fullSpelling, short, isBodyNoun, false);
}

/**
 * Joins within one article, where the corpus joins its short form to nothing: business copy names
 * a company in full once and then by its first words ("Sansui Electric Co." … "Sansui", "Polly Peck
 * International Inc." … "Polly Peck"), so a short form written after the one company name of its
 * article that it starts is that company, there. Decided on the article alone, so the corpus's
 * evidence and joins are what they were; a short form resolution already tied to a name that it
 * starts before designators only ("Acme" … "Acme Holdings") is that name's entity and never here.
 */
function articleCompanyJoins(a: ArticleNames, byPrefix: Map<string, Set<string>>, done: Set<string>, tests: ArticleTests, corpusAllows: (from: string, short: string, full: string) => boolean): ShortOrgJoin[] {
  const firstOf = new Map<string, { at: number; id: string; canonical: string; designated: boolean }>();
  for (const m of a.mentions) {
    const key = orgKey(m);
    if (!key) continue;
    const seen = firstOf.get(key);
    const designated = keyOf(m.canonical).designated || (seen?.designated ?? false);
    if (!seen || m.start < seen.at) firstOf.set(key, { at: m.start, id: m.entityId, canonical: m.canonical, designated });
    else seen.designated = designated;
  }
  const out: ShortOrgJoin[] = [];
  for (const [short, s] of firstOf) {
    if (done.has(s.id) || !byPrefix.has(short)) continue;
    const written = [...byPrefix.get(short)!].filter((f) => firstOf.has(f));
    const company = articleCompany(written, (f) => firstOf.get(f)!.at < s.at, (f) => firstOf.get(f)!.designated, short, (k) => firstOf.get(k)!.canonical, tests);
    if (!company || !corpusAllows(s.id, short, company)) continue;
    const full = firstOf.get(company)!;
    out.push({ docId: a.docId, from: s.id, entityId: full.id, canonical: full.canonical, votes: 0, rival: 0, voters: 0 });
  }
  return out;
}

/**
 * Of those families, the ones that could join: a short form written without any of its full names
 * in at least minVotes articles, and a full name of it named in two articles or more and written
 * before it in one. `mentions`: every mention of the families' ids (and no more is needed). Each
 * test is one shortOrgJoins makes over fewer articles at most, so a family that fails it here joins
 * nothing whatever part of the corpus is read; the rest are read whole.
 */
export function joinableFamilies(mentions: Iterable<ResolvedName & { docId: string }>, opts: ShortOrgOptions = {}): Set<string> {
  const minVotes = opts.minVotes ?? MIN_VOTES;
  const isBodyNoun = namedAfterTest(opts);
  const tests = articleTests(opts);
  const articleOff = (opts.without ?? []).includes('article');
  /** document → organisation key → where it is first written */
  const docs = new Map<string, Map<string, number>>();
  /** document → organisation key → the name of its first mention there (as articleCompanyJoins reads it) */
  const firstName = new Map<string, Map<string, string>>();
  const idOf = new Map<string, string>();
  /** key → its spellings, and the documents writing it with a designator of its own */
  const spellings = new Map<string, Map<string, number>>();
  const designatedIn = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = orgKey(m);
    if (!key) continue;
    idOf.set(key, m.entityId);
    const d = docs.get(m.docId) ?? docs.set(m.docId, new Map()).get(m.docId)!;
    if (m.start < (d.get(key) ?? Infinity)) (firstName.get(m.docId) ?? firstName.set(m.docId, new Map()).get(m.docId)!).set(key, m.canonical);
    d.set(key, Math.min(d.get(key) ?? Infinity, m.start));
    bump(spellings.get(key) ?? spellings.set(key, new Map()).get(key)!, m.canonical);
    if (keyOf(m.canonical).designated) (designatedIn.get(key) ?? designatedIn.set(key, new Set()).get(key)!).add(m.docId);
  }
  const articlesOf = new Map<string, number>();
  for (const d of docs.values()) for (const key of d.keys()) bump(articlesOf, key);
  const fullDocs = new Map<string, number>();
  const byPrefix = new Map<string, Set<string>>();
  for (const d of docs.values())
    for (const key of d.keys()) {
      if (!key.includes(' ')) continue;
      bump(fullDocs, key);
      for (const prefix of shortFormsOf(key)) (byPrefix.get(prefix) ?? byPrefix.set(prefix, new Set()).get(prefix)!).add(key);
    }
  const voters = new Map<string, number>();
  const before = new Map<string, Set<string>>();
  const out = new Set<string>();
  const companies: Array<[string, string]> = [];
  for (const [docId, d] of docs)
    for (const [short, at] of d) {
      const written = [...(byPrefix.get(short) ?? [])].filter((f) => d.has(f));
      if (!byPrefix.has(short)) continue;
      if (!written.length) bump(voters, short);
      for (const f of written) if (d.get(f)! < at) (before.get(short) ?? before.set(short, new Set()).get(short)!).add(f);
      // the article's own company name (articleCompanyJoins), tested below on the corpus's counts
      const company = articleCompany(written, (f) => d.get(f)! < at, (f) => designatedIn.get(f)?.has(docId) ?? false, short, (k) => firstName.get(docId)!.get(k)!, tests);
      if (company && !articleOff) companies.push([short, company]);
    }
  for (const [short, company] of companies) {
    const alone = { voters: voters.get(short) ?? 0, designated: designatedIn.get(short)?.size ?? 0, articles: articlesOf.get(short)! };
    if (companyOfArticle(alone, fullDocs.get(company)!, topSpelling(spellings.get(company)!), short, isBodyNoun)) out.add(idOf.get(short)!).add(idOf.get(company)!);
  }
  const bodyOff = (opts.without ?? []).includes('body');
  for (const [short, n] of voters) {
    // the tests shortOrgJoins makes of a short form and its full names on their own mentions alone
    if (n < minVotes || mostlyDesignated(designatedIn.get(short)?.size ?? 0, articlesOf.get(short)!)) continue;
    if (![...(before.get(short) ?? [])].some((f) => fullDocs.get(f)! >= 2 && !endsInBody(topSpelling(spellings.get(f)!), short, isBodyNoun, bodyOff))) continue;
    out.add(idOf.get(short)!);
    for (const f of byPrefix.get(short)!) out.add(idOf.get(f)!);
  }
  return out;
}

/** What one short form (a corpus-wide entity) gathers from the articles that write it. */
interface ShortForm {
  key: string;
  /** full-name key → articles whose evidence picks it ('' : picks none) */
  votes: Map<string, number>;
  /** full-name keys some article writes before the short form */
  namedBefore: Set<string>;
  /** articles that write it, and those that write it with a company designator */
  articles: number;
  designated: number;
}

/** Every join the corpus's evidence supports (sorted by document and short-form id). */
export function shortOrgJoins(articles: ArticleNames[], opts: ShortOrgOptions = {}): ShortOrgJoin[] {
  const minScore = opts.minScore ?? MIN_SCORE;
  const ratio = opts.ratio ?? RATIO;
  const minVotes = opts.minVotes ?? MIN_VOTES;
  const isBodyNoun = namedAfterTest(opts);
  const tests = articleTests(opts);
  const df = new Map<string, number>();
  /** full-name key → the articles that name it, and its spellings */
  const fullDocs = new Map<string, number[]>();
  const spellings = new Map<string, Map<string, number>>();
  /** short-form key → the full-name keys (two words or more) it starts */
  const byPrefix = new Map<string, Set<string>>();
  const entitySets = articles.map((a) => new Set(a.mentions.map((m) => m.entityId)));
  articles.forEach((a, k) => {
    for (const e of entitySets[k]) bump(df, e);
    const fulls = new Set<string>();
    for (const m of a.mentions) {
      const key = orgKey(m);
      if (!key?.includes(' ')) continue;
      fulls.add(key);
      bump(spellings.get(key) ?? spellings.set(key, new Map()).get(key)!, m.canonical);
    }
    for (const key of fulls) {
      (fullDocs.get(key) ?? fullDocs.set(key, []).get(key)!).push(k);
      for (const prefix of shortFormsOf(key)) (byPrefix.get(prefix) ?? byPrefix.set(prefix, new Set()).get(prefix)!).add(key);
    }
  });
  /** The full name as the corpus writes it most often (ties: by name). */
  const canonicalOf = (full: string) => topSpelling(spellings.get(full)!);
  const n = opts.corpus?.articles ?? articles.length;
  const dfOf = opts.corpus?.documents ?? df;
  const rarity = (e: string) => Math.log(n / (dfOf.get(e) ?? n));
  /** Every name of the articles naming a full name (built once per full name: many articles weigh the same one). */
  const near = new Map<string, Set<string>>();
  const namesNear = (full: string) => {
    let set = near.get(full);
    if (!set) near.set(full, (set = new Set(fullDocs.get(full)!.flatMap((d) => [...entitySets[d]]))));
    return set;
  };

  const shorts = new Map<string, ShortForm>();
  articles.forEach((a) => {
    const named = new Set(a.mentions.flatMap((m) => orgKey(m) ?? []));
    const ids = new Map(a.mentions.flatMap((m) => { const key = orgKey(m); return key && byPrefix.has(key) ? [[m.entityId, key] as const] : []; }));
    for (const [from, short] of ids) {
      const s = shorts.get(from) ?? shorts.set(from, { key: short, votes: new Map(), namedBefore: new Set(), articles: 0, designated: 0 }).get(from)!;
      s.articles++;
      if (a.mentions.some((m) => m.entityId === from && keyOf(m.canonical).designated)) s.designated++;
      const fulls = [...byPrefix.get(short)!];
      const written = fulls.filter((f) => named.has(f));
      if (written.length) {
        // an article naming a full name tells only which it writes first
        const firstShort = firstAt(a, (m) => m.entityId === from);
        for (const f of written) if (firstAt(a, (m) => orgKey(m) === f) < firstShort) s.namedBefore.add(f);
        continue;
      }
      // the evidence: the article's other names, none of them the short form or a name it starts
      const evidence = new Set(a.mentions.filter((m) => m.type !== 'ORG' || !(keyOf(m.canonical).key === short || startsWith(keyOf(m.canonical).key, short))).map((m) => m.entityId));
      const scored = fulls
        .map((full) => {
          const near = namesNear(full);
          return { full, score: [...evidence].reduce((sum, e) => (near.has(e) ? sum + rarity(e) : sum), 0) };
        })
        .sort((x, y) => y.score - x.score || (x.full < y.full ? -1 : 1));
      const [best, next] = scored;
      bump(s.votes, best.score >= minScore && best.score >= ratio * (next?.score ?? 0) ? best.full : '');
    }
  });

  const without = new Set(opts.without ?? []);
  const joined = new Map<string, { short: string; full: string; votes: number; rival: number; voters: number }>();
  for (const [from, s] of [...shorts].sort(byName)) {
    if (opts.joinable && !opts.joinable.has(from)) continue;
    const [first, second] = [...s.votes].filter(([f]) => f).sort((x, y) => y[1] - x[1] || byName(x, y));
    if (!first) continue;
    const [full, votes] = first;
    const rival = second?.[1] ?? 0;
    // a name the corpus uses (two articles at least), written before the short form somewhere
    if (votes < minVotes || votes < ratio * rival || !s.namedBefore.has(full) || fullDocs.get(full)!.length < 2) continue;
    const voters = [...s.votes.values()].reduce((x, y) => x + y, 0);
    // mostly written with a designator of its own ("Ford Motor Co" … "Ford Motor Credit Co"), it is a
    // company's full name, not a short form of another's. Not on one article's designator: "Apple
    // Inc." (11 of Apple's 29 MEANTIME articles) is Apple Computer renamed, and "Ford Co" a slip
    if (mostlyDesignated(s.designated, s.articles)) continue;
    // as many articles point to the full name while writing only the short form as write the full
    // name at all: the short form is the name the corpus knows, the longer one a unit named after
    // it ("Citicorp" … "Citicorp Investment Bank"), not its full spelling
    if (!without.has('parent') && votes >= fullDocs.get(full)!.length) continue;
    // a body or meeting of what its first words name ("White House Economic Policy Council")
    if (endsInBody(canonicalOf(full), s.key, isBodyNoun, without.has('body'))) continue;
    joined.set(from, { short: s.key, full, votes, rival, voters });
  }

  const joins: ShortOrgJoin[] = [];
  for (const a of articles) {
    const ids = new Set(a.mentions.map((m) => m.entityId));
    const done = new Set<string>();
    for (const [from, j] of joined) {
      if (!ids.has(from)) continue;
      // another full name the short form starts, written before it, is what the article means by it
      const firstShort = firstAt(a, (m) => m.entityId === from);
      if (a.mentions.some((m) => m.start < firstShort && orgKey(m) !== j.full && startsWith(orgKey(m) ?? '', j.short))) continue;
      const canonical = canonicalOf(j.full);
      joins.push({ docId: a.docId, from, entityId: entityIdFor('ORG', canonical), canonical, votes: j.votes, rival: j.rival, voters: j.voters });
      done.add(from);
    }
    if (!without.has('article')) joins.push(...articleCompanyJoins(a, byPrefix, done, tests, (from, short, full) => {
      // as for the corpus joins above: a scoped pass decides only the families it read whole, so
      // that it decides as the full pass would
      if (opts.joinable && !opts.joinable.has(from)) return false;
      const s = shorts.get(from);
      const alone = { voters: s ? [...s.votes.values()].reduce((x, y) => x + y, 0) : 0, designated: s?.designated ?? 0, articles: s?.articles ?? 1 };
      return companyOfArticle(alone, fullDocs.get(full)!.length, canonicalOf(full), short, isBodyNoun);
    }));
  }
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
