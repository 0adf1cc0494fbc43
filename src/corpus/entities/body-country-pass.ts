// The government body country pass over a store, run after the corpus type pass and before the
// short-form pass: a body name's no-country mentions join its one country key (body-countries.ts).
// A joined mention keeps the id resolution gave it (bodyCountryFrom) and the one it was joined to
// (bodyCountryTo), so a later pass sees the corpus as resolution left it and undoes a join the
// corpus no longer supports (a second country's key arrived). With a scope, only the names the
// scope's articles write are decided, over every article naming them: a name's decision changes
// only when an article naming it is saved or re-resolved, so scoped passes after each save store
// what one pass over the whole corpus would.
import type { MentionEntityUpdate, Store, StoredAnnotation } from '../../store/interface.js';
import { bodyCountryJoins, bodyIds, bodyName, type BodyCountryJoin, type BodyName } from './body-countries.js';
import { resolvedEntity } from './short-org-scope.js';

type Row = StoredAnnotation & { docId: string };

export interface BodyCountryPassResult {
  /** Mentions now joined to their name's one country key (of the names decided). */
  joined: number;
  /** Mentions rewritten in this pass (0 when nothing changed since the last). */
  mentionsChanged: number;
  joins: BodyCountryJoin[];
}

const CLEAR = { bodyCountryFrom: null, bodyCountryTo: null };
const CLEAR_SHORT_FORM = { shortFormFrom: null, shortFormCanonical: null, shortFormTo: null };

/** The entity a stored mention had from resolution, before this pass's join (and a short-form join). */
export function bodyResolvedEntity(a: StoredAnnotation): { entityId: string; canonical: string } | null {
  const r = resolvedEntity(a);
  const { bodyCountryFrom: from, bodyCountryTo: to } = a.data;
  // joined and not re-resolved since (a re-resolution writes a new id and leaves the marks stale)
  return r && typeof from === 'string' && to === r.entityId ? { ...r, entityId: from } : r;
}

/** The government body name of a stored organisation mention, as resolution left it, or null. */
function nameOf(a: StoredAnnotation): BodyName | null {
  const r = a.label === 'ORG' ? bodyResolvedEntity(a) : null;
  return r ? bodyName(r.canonical) : null;
}

/** The corpus's body country joins written to the store; `scope`: the articles just saved or re-resolved. */
export async function joinBodiesByCountryInStore(store: Store, scope?: { docIds: string[] }): Promise<BodyCountryPassResult> {
  let rows: Row[];
  let only: Set<string> | undefined;
  if (!scope) rows = await store.listAnnotations({ kind: 'mention' });
  else {
    const names = new Map<string, BodyName>();
    for (const a of await store.mentionEntitiesOfDocuments(scope.docIds)) {
      const n = nameOf(a);
      if (n) names.set(n.key, n);
    }
    if (!names.size) return { joined: 0, mentionsChanged: 0, joins: [] };
    only = new Set(names.keys());
    // every article naming one of these names by any of its keys: the name's whole corpus
    const docs = await store.documentsNamingEntities([...names.values()].flatMap(bodyIds));
    rows = await store.mentionEntitiesOfDocuments(docs);
  }
  const left = rows.map((a) => (a.label === 'ORG' ? bodyResolvedEntity(a) : null));
  const joins = bodyCountryJoins(rows.flatMap((a, i) => (left[i] ? [{ type: a.label, ...left[i] }] : [])), only);
  const byFrom = new Map(joins.map((j) => [j.from, j]));
  let joined = 0;
  const writes = new Map<string, MentionEntityUpdate[]>();
  rows.forEach((a, i) => {
    const r = left[i];
    const name = r && bodyName(r.canonical);
    if (!r || !name || (only && !only.has(name.key))) return;
    const j = byFrom.get(r.entityId);
    const d = a.data;
    let update: MentionEntityUpdate | null = null;
    if (j) {
      joined++;
      if (d.entityId === j.to && d.bodyCountryFrom === j.from && d.bodyCountryTo === j.to) return;
      // a short form's join is undone: the short-form pass after this one decides on the joined id
      const short = typeof d.shortFormFrom === 'string' || typeof d.shortFormTo === 'string' ? CLEAR_SHORT_FORM : {};
      update = { start: a.start, end: a.end, type: a.label, entityId: j.to, canonical: r.canonical, data: { bodyCountryFrom: j.from, bodyCountryTo: j.to, ...short } };
    } else if (typeof d.bodyCountryFrom === 'string' || typeof d.bodyCountryTo === 'string') {
      // joined before, not any more (or re-resolved since): back to its own entity
      const current = d.entityId === d.bodyCountryTo ? r : { entityId: String(d.entityId), canonical: typeof d.canonical === 'string' ? d.canonical : a.text };
      update = { start: a.start, end: a.end, type: a.label, ...current, data: CLEAR };
    }
    if (update) (writes.get(a.docId) ?? writes.set(a.docId, []).get(a.docId)!).push(update);
  });
  let mentionsChanged = 0;
  for (const u of writes.values()) mentionsChanged += u.length;
  if (writes.size) await store.updateMentionEntitiesOfDocuments(writes);
  return { joined, mentionsChanged, joins };
}
