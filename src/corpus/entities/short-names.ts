// Bare last words joined to the one full name of the corpus they end, on co-mentioned evidence.
// A wire story may never give a person's or a team's full name ("Okafor said", "the Comets won"),
// while other articles of the corpus do ("Daniel Okafor", "Halden Comets"). Resolution keeps such a
// bare name as one entity of that name across articles, apart from every full name (it cannot know
// which is meant); the corpus can, where it writes exactly one full name of that type ending in
// that word (two are namesakes: "Okafor" stays apart from both), where no article writing the bare
// name also writes that full name as another entity (its own article kept them apart), and where
// most articles of the bare name share rare names (people, places, organisations) with the
// articles of the full name, each weighed by how rare it is in the corpus (as short-orgs.ts does).
// A person's bare surname joins a person's full name, an organisation's last word (a team's
// nickname) an organisation's; an organisation word that starts a longer name is the short-form
// pass's (short-orgs.ts) and not read here. The bare name joins as a whole or not at all: it is
// one entity in every article that writes it.
// Order-independent: a function of the whole corpus's resolved mentions, ties broken by name.
import type { EntityType } from '../../types.js';
import { entityIdFor } from '../../pipeline/entities/resolve.js';
import { nameTokens } from '../../pipeline/entities/names.js';
import type { ArticleNames } from './short-orgs.js';

/** A bare last word's entity moved to the one full name it ends. */
export interface ShortNameJoin {
  /** The bare name's entity id. */
  from: string;
  entityId: string;
  canonical: string;
  type: EntityType;
}

export interface ShortNameOptions {
  /** Evidence (a sum of rarity weights) an article needs to point to the full name: about one name that few articles carry. */
  minScore?: number;
}

const MIN_SCORE = 2;
const JOINED_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['PER', 'ORG']);

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
const byName = <T>(x: [string, T], y: [string, T]) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);

interface FullName {
  ids: Set<string>;
  /** entity id → spelling → mentions */
  spellings: Map<string, Map<string, number>>;
}

/** Every join the corpus's evidence supports (sorted by the bare name's id). */
export function shortNameJoins(articles: ArticleNames[], opts: ShortNameOptions = {}): ShortNameJoin[] {
  const minScore = opts.minScore ?? MIN_SCORE;
  /** type:last word → the corpus-wide full names ending in it */
  const fulls = new Map<string, FullName>();
  /** bare name's id → its type:word */
  const bare = new Map<string, string>();
  /** type:first word of a longer organisation name: the short-form pass's */
  const startsLonger = new Set<string>();
  const entitySets = articles.map((a) => new Set(a.mentions.map((m) => m.entityId)));
  const df = new Map<string, number>();
  for (const ids of entitySets) for (const e of ids) bump(df, e);
  for (const a of articles)
    for (const m of a.mentions) {
      if (!JOINED_TYPES.has(m.type)) continue;
      const words = nameTokens(m.canonical);
      // a name kept to its article (a titled surname, a word of several names) is no corpus name
      if (!words.length || m.entityId !== entityIdFor(m.type, m.canonical)) continue;
      const key = `${m.type}:${words[words.length - 1]}`;
      if (words.length === 1) {
        bare.set(m.entityId, key);
        continue;
      }
      if (m.type === 'ORG') startsLonger.add(`ORG:${words[0]}`);
      const f = fulls.get(key) ?? fulls.set(key, { ids: new Set(), spellings: new Map() }).get(key)!;
      f.ids.add(m.entityId);
      bump(f.spellings.get(m.entityId) ?? f.spellings.set(m.entityId, new Map()).get(m.entityId)!, m.canonical);
    }
  const n = articles.length;
  const rarity = (e: string) => Math.log(n / (df.get(e) ?? n));
  const joins: ShortNameJoin[] = [];
  for (const [from, key] of [...bare].sort(byName)) {
    const full = fulls.get(key);
    // namesakes (two full names end in the word), or none
    if (!full || full.ids.size !== 1 || startsLonger.has(key)) continue;
    const [to] = full.ids;
    const mine = entitySets.flatMap((ids, k) => (ids.has(from) ? [k] : []));
    // an article writing both kept them apart: the bare name is someone else there
    if (mine.some((k) => entitySets[k].has(to))) continue;
    const near = new Set(entitySets.flatMap((ids) => (ids.has(to) ? [...ids] : [])));
    const pointing = mine.filter((k) => [...entitySets[k]].reduce((sum, e) => (e !== from && near.has(e) ? sum + rarity(e) : sum), 0) >= minScore);
    if (pointing.length * 2 < mine.length || pointing.length === 0) continue;
    const canonical = [...full.spellings.get(to)!].sort((x, y) => y[1] - x[1] || byName(x, y))[0][0];
    joins.push({ from, entityId: to, canonical, type: key.startsWith('PER:') ? 'PER' : 'ORG' });
  }
  return joins;
}
