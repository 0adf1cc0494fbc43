// An acronym written alone joins the full name another article of the corpus defines it as. One
// article writes "the Velmora Rail Authority (VRA)", and resolution ties its "VRA" to that name;
// another writes only "VRA", an entity of its own. The acronym joins the full name when the corpus
// ties it to that one name and no other: every article that defines it (an acronym its article
// resolves to a longer name) defines it as the same name, and no other organisation of the corpus
// has a name whose initials spell it ("Velmora Rail Authority" and "Vitoria Racing Association"
// both make "VRA" nobody's). Three letters at least, as for a definition: two are too often
// someone's initials or another body's. The join moves the acronym as a whole (every article's),
// so it is a function of the corpus alone, whatever order the articles came in.
import { acronymOf, looksLikeAcronym } from './names.js';
import { organisationKey } from './resolve.js';
import type { ArticleNames, ResolvedName, ShortOrgJoin } from './short-orgs.js';

/** A resolved mention with the text it is written with (which says it is an acronym). */
export type WrittenName = ResolvedName & { text: string };

const acronymKey = (text: string) => text.replace(/\./g, '').toLowerCase();

/** An acronym written as its own name (not resolved to a longer one in its article). */
const standsAlone = (m: WrittenName) => m.canonical === m.text || acronymKey(m.canonical) === acronymKey(m.text);

/** Letters an acronym needs to join (and a name's initials to rival it). */
const MIN_LETTERS = 3;
/** Evidence an article needs: about one name that few articles carry (as for short forms). */
const MIN_SCORE = 2;

export function acronymJoins(articles: Array<ArticleNames & { mentions: WrittenName[] }>, opts: { minLetters?: number; minScore?: number } = {}): ShortOrgJoin[] {
  const minLetters = opts.minLetters ?? MIN_LETTERS;
  const minScore = opts.minScore ?? MIN_SCORE;
  /** acronym → the full names (entity id → canonical) articles define it as, and how many articles do */
  const defined = new Map<string, Map<string, string>>();
  const definers = new Map<string, Set<string>>();
  /** acronym → the organisations whose names' initials spell it */
  const spelled = new Map<string, Set<string>>();
  const add = <V>(m: Map<string, V>, k: string, make: () => V) => m.get(k) ?? m.set(k, make()).get(k)!;
  for (const a of articles)
    for (const m of a.mentions) {
      if (m.type !== 'ORG') continue;
      if (looksLikeAcronym(m.text)) {
        if (!standsAlone(m) && acronymKey(m.text).length >= minLetters) {
          add(defined, acronymKey(m.text), () => new Map()).set(m.entityId, m.canonical);
          add(definers, acronymKey(m.text), () => new Set()).add(a.docId);
        }
        continue;
      }
      const initials = acronymOf(organisationKey(m.canonical));
      if (initials && initials.length >= minLetters) add(spelled, initials, () => new Set()).add(m.entityId);
    }
  const target = new Map<string, { entityId: string; canonical: string; votes: number }>();
  for (const [acronym, fulls] of defined) {
    if (fulls.size !== 1) continue;
    const [[entityId, canonical]] = [...fulls];
    if ([...(spelled.get(acronym) ?? [])].some((e) => e !== entityId)) continue;
    target.set(acronym, { entityId, canonical, votes: definers.get(acronym)!.size });
  }
  // each article's acronym joins only when its other names point to the full name's articles, as a
  // short form's do (short-orgs.ts): "BNI" in a story on Indonesian banks is not the railway that
  // another story calls BNI, nor "DEC" in a table of monthly figures the computer maker
  const entitySets = articles.map((a) => new Set(a.mentions.map((m) => m.entityId)));
  const df = new Map<string, number>();
  for (const set of entitySets) for (const e of set) df.set(e, (df.get(e) ?? 0) + 1);
  const rarity = (e: string) => Math.log(articles.length / (df.get(e) ?? articles.length));
  const near = new Map<string, Set<string>>();
  const namesNear = (full: string) => {
    let set = near.get(full);
    if (!set) near.set(full, (set = new Set(entitySets.filter((s) => s.has(full)).flatMap((s) => [...s]))));
    return set;
  };
  const joins: ShortOrgJoin[] = [];
  articles.forEach((a, k) => {
    const seen = new Set<string>();
    for (const m of a.mentions) {
      if (m.type !== 'ORG' || !looksLikeAcronym(m.text) || !standsAlone(m) || seen.has(m.entityId)) continue;
      const t = target.get(acronymKey(m.text));
      if (!t || t.entityId === m.entityId) continue;
      seen.add(m.entityId);
      const around = namesNear(t.entityId);
      let score = 0;
      for (const e of entitySets[k]) if (e !== m.entityId && around.has(e)) score += rarity(e);
      if (score < minScore) continue;
      joins.push({ docId: a.docId, from: m.entityId, entityId: t.entityId, canonical: t.canonical, votes: t.votes, rival: 0, voters: t.votes });
    }
  });
  return joins.sort((x, y) => (x.docId < y.docId ? -1 : x.docId > y.docId ? 1 : x.from < y.from ? -1 : 1));
}
