// Who says a figure. A figure carries its source as a string only: a person's or body's name
// ("Henrik Vaage", "Interior Ministry") or a description ("indictment", "officials"), with no entity,
// and the claims page and the article's notes set both alike, as if names. A source that is the
// name (resolved or as written) of a mention in the figure's article is that mention's entity, as it is now.
import type { Store, StoredAnnotation } from './store/interface.js';
import { mentionKey } from './store/keys.js';

/**
 * The entity a figure's source names among its article's `mentions`: the mention whose name or
 * words are the source, the one nearest the attribution where the name recurs; undefined for a
 * description, or a figure without a source.
 */
export function figureSourceEntity(figure: StoredAnnotation, mentions: readonly StoredAnnotation[]): string | undefined {
  const att = figure.data.attribution as { source?: unknown; evidence?: { start?: unknown } } | undefined;
  const source = typeof att?.source === 'string' ? att.source.trim() : '';
  if (!source) return undefined;
  const at = typeof att?.evidence?.start === 'number' ? att.evidence.start : figure.start;
  // "the Interior Ministry" names what the mention "Interior Ministry" does
  const name = source.replace(/^the\s+/i, '');
  let best: { key: string; distance: number } | undefined;
  for (const m of mentions) {
    if (m.kind !== 'mention' || (m.text !== name && m.data.canonical !== name)) continue;
    const key = mentionKey(m);
    const distance = Math.abs(m.start - at);
    if (key && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

/** figureSourceEntity for stored figures of any documents, by the figure's index in `figures`. */
export async function figureSourceEntities(store: Store, figures: Array<StoredAnnotation & { docId: string }>): Promise<Map<number, string>> {
  const docIds = [...new Set(figures.filter((f) => f.data.attribution).map((f) => f.docId))];
  const byDoc = new Map<string, StoredAnnotation[]>();
  for (const m of docIds.length ? await store.mentionEntitiesOfDocuments(docIds) : []) {
    const list = byDoc.get(m.docId);
    if (list) list.push(m);
    else byDoc.set(m.docId, [m]);
  }
  const out = new Map<number, string>();
  figures.forEach((f, i) => {
    const entity = figureSourceEntity(f, byDoc.get(f.docId) ?? []);
    if (entity) out.set(i, entity);
  });
  return out;
}
