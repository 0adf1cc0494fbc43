// After alias curation: re-resolve every stored document's mentions with the current alias table.
// Only mentions are read and rewritten; documents are not re-analysed.
import type { EntityType, Mention } from '../../types.js';
import type { Store, StoredAnnotation } from '../../store/interface.js';
import type { AliasTable } from '../../pipeline/entities/aliases.js';
import { resolveDocumentEntities, type ResolvedMention } from '../../pipeline/entities/resolve.js';

export async function reresolveEntities(store: Store, aliases: AliasTable, onDocument?: () => void): Promise<number> {
  let changed = 0;
  for (const docId of await store.listDocumentIds()) {
    const stored = await store.listAnnotations({ kind: 'mention', docId });
    const resolved = resolveStoredMentions(stored, aliases, docId, (await store.documentText(docId)) ?? undefined);
    const updates = stored
      .map((a, i) => ({ start: a.start, end: a.end, type: resolved[i].type, entityId: resolved[i].entityId, canonical: resolved[i].canonical, before: a.data.entityId }))
      .filter((u, i) => u.entityId !== u.before || u.type !== stored[i].label);
    if (updates.length) {
      await store.updateMentionEntities(docId, updates);
      changed += updates.length;
    }
    onDocument?.();
  }
  return changed;
}

/** Resolves one document's stored mentions again, as ingest did (title and family name included; the text, where given, as ingest read it). */
export function resolveStoredMentions(stored: StoredAnnotation[], aliases: AliasTable, docId: string, text?: string): ResolvedMention[] {
  const mentions: Mention[] = stored.map((a) => ({
    start: a.start,
    end: a.end,
    text: a.text,
    // the type extraction gave (the corpus's where it retyped the mention), not one a person set
    // (type curations are applied again afterwards)
    type: (typeof a.data.corpusType === 'string' ? a.data.corpusType : typeof a.data.extractedType === 'string' ? a.data.extractedType : a.label) as EntityType,
    ...(typeof a.data.title === 'string' ? { title: a.data.title } : {}),
    ...(typeof a.data.familyName === 'string' ? { familyName: a.data.familyName } : {}),
    ...(typeof a.data.nicknameOf === 'string' ? { nicknameOf: a.data.nicknameOf } : {}),
    ...(typeof a.data.relativeOf === 'string' ? { relativeOf: a.data.relativeOf } : {}),
    ...(typeof a.data.expands === 'string' ? { expands: a.data.expands } : {}),
    ...(a.data.dateline === true ? { dateline: true as const } : {}),
    ...(a.data.role === 'credit' ? { role: 'credit' as const } : {}),
  }));
  return resolveDocumentEntities(mentions, aliases, { docId, text });
}
