// Entity summaries ({id, name, type, aliases, mentions, documents}) tallied while walking the
// documents, by the same rules as store.listEntities(): type = the label most mentions carry,
// name = the most frequent resolved name as the summaries choose it (store/summaries.ts topForm), aliases = surface forms by
// frequency. The store's query re-scans every mention for every entity, which took minutes on
// 5,000 documents; one pass here is linear in the mentions.
import type { EntitySummary, StoredDocument } from '../store/interface.js';
import { topForm } from '../store/summaries.js';
import { repeatedReports, summaryAsReports } from '../corpus/report-counts.js';
import { resolveDocIds, walkDocuments } from './documents.js';
import type { ExportContext } from './tables/table.js';

interface Tally {
  labels: Map<string, number>;
  names: Map<string, number>;
  forms: Map<string, number>;
  mentions: number;
  documents: number;
}

const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

function mostFrequent(m: Map<string, number>, tieBreak: (a: string, b: string) => number = () => 0): string {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || tieBreak(a[0], b[0]))[0][0];
}

export class EntityTally {
  private readonly tallies = new Map<string, Tally>();

  add(doc: StoredDocument): void {
    const seen = new Set<string>();
    for (const a of doc.annotations) {
      if (a.kind !== 'mention') continue;
      const { entityId, canonical } = a.data as { entityId?: string; canonical?: string };
      if (!entityId) continue;
      let t = this.tallies.get(entityId);
      if (!t) this.tallies.set(entityId, (t = { labels: new Map(), names: new Map(), forms: new Map(), mentions: 0, documents: 0 }));
      bump(t.labels, a.label);
      bump(t.names, canonical ?? a.text);
      bump(t.forms, a.text);
      t.mentions++;
      if (!seen.has(entityId)) {
        seen.add(entityId);
        t.documents++;
      }
    }
  }

  /** Most mentioned first, then by name; only entities whose type is `type` when given. */
  summaries(type?: string): EntitySummary[] {
    const out: EntitySummary[] = [];
    for (const [id, t] of this.tallies) {
      const summary = {
        id,
        name: topForm([...t.names].map(([value, n]) => ({ value, n })))!,
        type: mostFrequent(t.labels),
        aliases: [...t.forms.entries()].sort((a, b) => b[1] - a[1]).map(([form]) => form),
        mentions: t.mentions,
        documents: t.documents,
      };
      if (!type || summary.type === type) out.push(summary);
    }
    return out.sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

/** The entities an export covers: all, or those named in the --doc documents; counts are corpus-wide,
 *  `documents` each near-duplicate group once and `copies` the further copies (absent when none). */
export async function entitiesInScope({ store, filters, progress }: ExportContext): Promise<Array<EntitySummary & { copies?: number }>> {
  const only = await resolveDocIds(store, filters);
  progress.setTotal(await store.countDocuments());
  const tally = new EntityTally();
  const named = new Set<string>();
  for await (const doc of walkDocuments(store, {})) {
    tally.add(doc);
    if (only?.has(doc.id))
      for (const a of doc.annotations) {
        const id = a.kind === 'mention' ? (a.data as { entityId?: string }).entityId : undefined;
        if (id) named.add(id);
      }
    progress.tick();
  }
  // an article two sites carry (near-duplicates) counts once, as in `chronicle entities` and the web pages
  const repeated = await repeatedReports(store);
  const all = tally.summaries(filters.entityType).map((e) => summaryAsReports(e, repeated));
  return only ? all.filter((e) => named.has(e.id)) : all;
}
