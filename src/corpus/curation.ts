// The user's decisions (merges, splits, an entity's type, a place's referent, dismissed claim
// groups), stored apart from extraction and re-applied after every ingest or re-resolution, so
// re-ingesting never undoes them.
import type { Curation, Store, UserAlias } from '../store/interface.js';
import type { EntityType } from '../types.js';
import { createAliasTable, shippedAliasGroups } from '../pipeline/entities/aliases.js';
import { reresolveEntities } from './entities/reresolve.js';
import { entityIdFor } from '../pipeline/entities/resolve.js';
import { ENTITY_TYPES } from './curation-rules.js';
import type { EventLinks } from './events/coreference.js';
import { applyPlaceCuration, undoPlaceCuration } from './place-curation.js';
import { joinShortOrgsInStore } from './entities/short-org-pass.js';
import { joinBodiesByCountryInStore } from './entities/body-country-pass.js';
import { joinShortNamesInStore } from './entities/short-name-pass.js';

/** The id mentions of an entity get when split out of it in one document. */
export function splitEntityId(entityId: string, docId: string): string {
  return `${entityId}~${docId}`;
}

/** Re-applies the decisions that rewrite stored annotations (entities' mentions, places), in the
 *  order they were made; what changed was not already so is counted. */
export async function applyEntityCurations(store: Store): Promise<number> {
  let changed = 0;
  const curations = await store.listCurations();
  for (const c of curations) {
    if (c.kind === 'place' && c.relation === 'referent') changed += await applyPlaceCuration(store, c);
    if (c.kind !== 'entity') continue;
    if (c.relation === 'merge') changed += await store.remapEntity(c.a, c.b);
    else if (c.relation === 'type') changed += (await absorbNamesakes(store, c, curations)) + (await store.retypeEntity(c.a, c.b));
    else changed += await store.remapEntity(c.a, splitEntityId(c.a, c.b), c.b);
  }
  return changed;
}

/**
 * A type correction is about the name, not only the mentions that had the entity's id then: entity
 * ids include the type, so a later article whose tagger gives the name the corrected type would start
 * a second entity of that name. The corrected entity takes in the mentions of its names under the
 * corrected type (those under the old type already carry its id), except in the documents where the
 * person split the entity. Only names whose own id is the entity's count: a name merged into it is
 * another entity's name.
 */
async function absorbNamesakes(store: Store, c: Curation, curations: Curation[]): Promise<number> {
  const names = new Set((await store.mentionsOfEntities([c.a])).map((m) => m.canonical));
  const twins = new Set<string>();
  for (const name of names) {
    if (ENTITY_TYPES.some((t) => entityIdFor(t as EntityType, name) === c.a)) twins.add(entityIdFor(c.b as EntityType, name));
  }
  twins.delete(c.a);
  if (!twins.size) return 0;
  const splitIn = new Set(curations.filter((s) => s.kind === 'entity' && s.relation === 'split' && s.a === c.a).map((s) => s.b));
  let changed = 0;
  for (const twin of twins) {
    for (const docId of await store.documentsNamingEntities([twin])) if (!splitIn.has(docId)) changed += await store.remapEntity(twin, c.a, docId);
  }
  return changed;
}

/** Claim groups a person marked "not the same quantity": they are not grouped again. */
export async function dismissedClaims(store: Store): Promise<Set<string>> {
  return new Set((await store.listCurations('claim')).filter((c) => c.relation === 'dismiss').map((c) => c.a));
}

export async function eventLinks(store: Store): Promise<EventLinks> {
  const links: EventLinks = { same: [], isolated: new Set(), copies: await store.listNearDuplicatePairs() };
  for (const c of await store.listCurations('event')) {
    if (c.relation === 'merge') links.same.push([c.a, c.b]);
    else links.isolated.add(c.a);
  }
  return links;
}

/** Re-derives every mention's entity from extraction, the alias tables and the curations that
 *  remain: what undoing a merge, split or alias needs (remaps cannot be reversed in place). */
export async function reresolveWithCurations(store: Store, onDocument?: () => void): Promise<number> {
  const table = createAliasTable(shippedAliasGroups());
  for (const a of await store.listUserAliases()) table.add(a.type as EntityType, a.alias, a.canonical);
  // Each pass counts what it rewrote, and a remaining merge or join is taken back by re-resolution
  // and made again: their sum counted those mentions twice though they end where they were (undoing
  // a split of one mention said 3). The count is what differs between before and after.
  const before = await mentionEntities(store);
  await reresolveEntities(store, table, onDocument);
  // re-resolution gives bodies and short forms their own entities back: the corpus joins them again
  await joinBodiesByCountryInStore(store);
  await joinShortOrgsInStore(store);
  await joinShortNamesInStore(store);
  await applyEntityCurations(store);
  const after = await mentionEntities(store);
  let changed = 0;
  for (const [at, entity] of after) if (before.get(at) !== entity) changed++;
  return changed;
}

/** Each stored mention's entity and type, by document and offsets. */
async function mentionEntities(store: Store): Promise<Map<string, string>> {
  const ids = await store.listDocumentIds();
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const m of await store.mentionEntitiesOfDocuments(ids.slice(i, i + 500)))
      out.set(`${m.docId}\u0000${m.start}\u0000${m.end}`, `${String(m.data.entityId)}\u0000${m.label}`);
  }
  return out;
}

/** Records a curation decision and applies it; entity and place decisions rewrite annotations
 *  now, the others are read by the next event clustering, claim grouping or listing. */
/** Whether the entity is named in that document: a split of an entity it does not name would move
 *  nothing (a wrong id, or one split already) and only leave a decision behind that does nothing. */
export async function entityNamedIn(store: Store, entityId: string, docId: string): Promise<boolean> {
  return (await store.mentionEntitiesOfDocuments([docId])).some((m) => m.data.entityId === entityId);
}

export async function addCurationDecision(store: Store, c: Curation): Promise<number> {
  await store.addCuration(c);
  return c.kind === 'entity' || c.kind === 'place' ? applyEntityCurations(store) : 0;
}

/**
 * The ids of a merge or split that name nothing stored: an entity key no mention carries, or a
 * "docId#eventId" that no stored document reports. A typo stored as a decision would change nothing and say it did.
 */
export async function unstoredIds(store: Store, kind: 'entity' | 'event', ids: string[]): Promise<string[]> {
  if (kind === 'entity') {
    const found = new Set((await store.queryEntities({ keys: ids })).items.map((e) => e.key));
    return ids.filter((id) => !found.has(id));
  }
  const unknown: string[] = [];
  for (const ref of ids) {
    const [docId, eventId] = ref.split('#', 2);
    const doc = await store.getDocument(docId);
    if (doc?.id !== docId || !doc.annotations.some((a) => a.kind === 'event' && a.data.id === eventId)) unknown.push(ref);
  }
  return unknown;
}

/** Undoes a curation decision. */
export async function undoCurationDecision(store: Store, c: Curation): Promise<{ removed: boolean; mentionsChanged: number }> {
  const removed = await store.removeCuration(c);
  if (!removed) return { removed, mentionsChanged: 0 };
  // a type correction may have taken in mentions of the name under the corrected type (absorbNamesakes),
  // which only re-resolution gives back their own entity, as for a merge
  if (c.kind === 'entity') return { removed, mentionsChanged: await reresolveWithCurations(store) };
  // another decision about the same place may still hold
  if (c.kind === 'place') return { removed, mentionsChanged: (await undoPlaceCuration(store, c)) + (await applyEntityCurations(store)) };
  return { removed, mentionsChanged: 0 };
}

/** Forgets a user alias and re-resolves every mention without it. */
export async function undoAlias(store: Store, alias: UserAlias): Promise<{ removed: boolean; mentionsChanged: number }> {
  const removed = await store.removeUserAlias(alias);
  return { removed, mentionsChanged: removed ? await reresolveWithCurations(store) : 0 };
}

/** Publication dates and outlets set by people, over what extraction found. */
export interface DocumentOverrides {
  /** The date to use: the document's own set date, else the stored one, else (when the stored one
   *  has no year) the date set for its collection (the longest matching source prefix). */
  published(id: string, source: string, stored: string | null): string | null;
  /** Whether published() reads the source (some collection has a date); else it may be ''. */
  readonly usesSource: boolean;
  /** Whether people set any date (a document's or a collection's): else published() gives the stored one. */
  readonly setsDates: boolean;
  /** Whether people set any outlet: else outlet() is null throughout. */
  readonly setsOutlets: boolean;
  /** The outlet set for the document, if any. */
  outlet(id: string): string | null;
  /** The decisions that touch this document, for display and undo. */
  decisions(id: string, source: string): Curation[];
}

export async function documentOverrides(store: Store): Promise<DocumentOverrides> {
  const date = new Map<string, Curation>();
  const outlet = new Map<string, Curation>();
  const collections: Curation[] = [];
  for (const c of await store.listCurations()) {
    if (c.kind === 'document' && c.relation === 'date') date.set(c.a, c);
    else if (c.kind === 'document' && c.relation === 'outlet') outlet.set(c.a, c);
    else if (c.kind === 'collection' && c.relation === 'date') collections.push(c);
  }
  // Longest prefix first, so a subfolder's date wins over its parent's.
  collections.sort((x, y) => y.a.length - x.a.length);
  const collectionOf = (source: string) => collections.find((c) => source.startsWith(c.a));
  return {
    published: (id, source, stored) => date.get(id)?.b ?? (stored && /^\d{4}/.test(stored) ? stored : collectionOf(source)?.b ?? stored),
    usesSource: collections.length > 0,
    setsDates: date.size > 0 || collections.length > 0,
    setsOutlets: outlet.size > 0,
    outlet: (id) => outlet.get(id)?.b ?? null,
    decisions: (id, source) => [date.get(id), outlet.get(id), collectionOf(source)].filter((c): c is Curation => !!c),
  };
}
