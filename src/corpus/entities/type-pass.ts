// The corpus type pass over a store, run at the end of every ingest: reads the type vote every
// stored mention carries, lets corpusTypes decide over the whole corpus, and re-resolves the
// documents whose mentions change type (a retyped name joins another entity, so the article's
// other mentions of it may too). Whatever the corpus decided before is undone where it no longer
// holds, so the stored types are those of the whole pile, whatever order it came in. A person's
// type decisions win: the caller applies curations afterwards, as after alias re-resolution.
import type { EntityType } from '../../types.js';
import type { MentionEntityUpdate, Store, StoredAnnotation } from '../../store/interface.js';
import { createAliasTable, shippedAliasGroups } from '../../pipeline/entities/aliases.js';
import { resolveStoredMentions } from './reresolve.js';
import { corpusTypes, type TypeVote, type VotedMention } from '../../pipeline/entities/type-votes.js';

const TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'MISC']);

/** A stored type vote, or null for data written before votes were kept (or not a vote). */
export function storedTypeVote(data: Record<string, unknown>): TypeVote | null {
  const v = data.typeVote as Partial<TypeVote> | undefined;
  if (!v || typeof v !== 'object' || typeof v.key !== 'string' || typeof v.strong !== 'boolean' || typeof v.evidence !== 'boolean' || typeof v.movable !== 'boolean') return null;
  if (!TYPES.has(v.type as string) || !TYPES.has(v.tagged as string)) return null;
  return v as TypeVote;
}

export interface TypePassResult {
  /** Mentions the corpus gives another type than their article's analysis did (of those read: with a scope, of its names). */
  retyped: number;
  /** Documents re-resolved and mentions rewritten in this pass (0 when nothing changed since the last). */
  documents: number;
  mentionsChanged: number;
}

const spanKey = (start: number, end: number) => `${start}:${end}`;

/** Which mentions a pass reads: all, or those of the names these documents vote on. */
export interface TypePassScope {
  /** Documents just saved: only the names their mentions vote on can change decisions. */
  docIds: string[];
}

/**
 * The corpus's types written to the store. Without a scope, every mention is read (a database that
 * was never passed, or one to check). With one, only the mentions of the names the new documents
 * vote on: corpusTypes decides each name from its own votes alone, so the other names' decisions
 * are those the last pass stored, and both give the same stored types when every earlier save was
 * followed by a pass. `onReresolved`: each document whose mentions were rewritten (the later
 * passes decide its names again).
 */
export async function retypeByCorpus(store: Store, scope?: TypePassScope, onReresolved?: (docId: string) => void): Promise<TypePassResult> {
  const byDoc = new Map<string, StoredAnnotation[]>();
  const voted: VotedMention[] = [];
  const read = scope ? await store.mentionsWithTypeVoteKeys(await store.typeVoteKeys(scope.docIds)) : await store.listAnnotations({ kind: 'mention' });
  for (const a of read) {
    (byDoc.get(a.docId) ?? byDoc.set(a.docId, []).get(a.docId)!).push(a);
    const vote = storedTypeVote(a.data);
    if (vote) voted.push({ docId: a.docId, start: a.start, end: a.end, vote });
  }
  const tagged = new Map(voted.map((m) => [`${m.docId}\u0000${spanKey(m.start, m.end)}`, m.vote.tagged]));
  // per document: span → the corpus type it should carry now (null: none, its own analysis's)
  const changes = new Map<string, Map<string, EntityType | null>>();
  let retyped = 0;
  const current = new Map<string, unknown>();
  for (const [docId, ms] of byDoc) for (const a of ms) current.set(`${docId}\u0000${spanKey(a.start, a.end)}`, a.data.corpusType ?? null);
  for (const d of corpusTypes(voted)) {
    const id = `${d.docId}\u0000${spanKey(d.start, d.end)}`;
    const wanted = d.type !== tagged.get(id) ? d.type : null;
    if (wanted) retyped++;
    if (wanted === current.get(id)) continue;
    (changes.get(d.docId) ?? changes.set(d.docId, new Map()).get(d.docId)!).set(spanKey(d.start, d.end), wanted);
  }
  if (!changes.size) return { retyped, documents: 0, mentionsChanged: 0 };
  const aliases = createAliasTable(shippedAliasGroups());
  for (const a of await store.listUserAliases()) aliases.add(a.type as EntityType, a.alias, a.canonical);
  let mentionsChanged = 0;
  for (const [docId, spans] of changes) {
    // a retyped name joins another entity, so the article's other names are resolved again too
    const stored = scope ? await store.listAnnotations({ kind: 'mention', docId }) : byDoc.get(docId)!;
    const patches = stored.map((a): Record<string, string | null> | undefined => {
      if (!spans.has(spanKey(a.start, a.end))) return undefined;
      const wanted = spans.get(spanKey(a.start, a.end))!;
      const vote = storedTypeVote(a.data)!;
      // a type a person set keeps the extracted one aside: that is now the corpus's (or the article's again)
      return { corpusType: wanted, ...(typeof a.data.extractedType === 'string' ? { extractedType: wanted ?? vote.tagged } : {}) };
    });
    const adjusted = stored.map((a, i) => {
      const p = patches[i];
      if (!p) return a;
      // not retyped any more: resolved from the article's own type, as at ingest
      const own = { extractedType: p.corpusType ?? storedTypeVote(a.data)!.tagged };
      return { ...a, data: { ...a.data, corpusType: p.corpusType, ...own } };
    });
    const resolved = resolveStoredMentions(adjusted, aliases, docId, (await store.documentText(docId)) ?? undefined);
    const updates: MentionEntityUpdate[] = [];
    stored.forEach((a, i) => {
      const r = resolved[i];
      const p = patches[i];
      if (!p && r.entityId === a.data.entityId && r.type === a.label) return;
      updates.push({ start: a.start, end: a.end, type: r.type, entityId: r.entityId, canonical: r.canonical, ...(p ? { data: p } : {}) });
    });
    await store.updateMentionEntities(docId, updates);
    mentionsChanged += updates.length;
    if (updates.length) onReresolved?.(docId);
  }
  return { retyped, documents: changes.size, mentionsChanged };
}
