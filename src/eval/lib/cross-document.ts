// Scores cross-document resolution against a gold file's `crossDocument` section:
// same-entity groups (pairwise precision/recall/F1), different-entity violations,
// same-event pairs, and claim groups (found together, disputed flagged).
import type { Store } from '../../store/interface.js';
import type { ClaimGroup } from '../../corpus/claims/group.js';
import { loadClaimGroups, loadEventClusters } from '../../corpus/index.js';

export interface GoldCrossDocument {
  sameEntity: string[][];
  differentEntities: string[][];
  sameEvent: string[][];
  claimGroups: Record<string, string>;
}

export interface GoldDocumentFacts {
  events: Array<{ id: string; evidence: string }>;
  figures: Array<{ evidence: string; claimGroup?: string; value: number }>;
}

export interface CrossDocumentScore {
  sameEntity: { precision: number; recall: number; f1: number; pairs: number; missed: string[][] };
  differentEntities: { pairs: number; violations: string[][] };
  sameEvent: { pairs: number; merged: number; missed: string[][] };
  claimGroups: Array<{ id: string; found: boolean; disputed: boolean; values: number[] }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Entity ids a gold name refers to: mentions with exactly this form or resolved to this name (exact
 * first, then case-insensitive); else the longest mention form inside the name ("Federal Security
 * Service" in "Russia’s Federal Security Service", where the tagger split off "Russia").
 */
function idsForName(name: string, forms: Map<string, Set<string>>, formsLower: Map<string, Set<string>>): Set<string> {
  const direct = forms.get(name) ?? formsLower.get(name.toLowerCase());
  if (direct) return direct;
  const lower = name.toLowerCase();
  let best: string | undefined;
  for (const form of formsLower.keys()) {
    if (form.length >= 3 && lower.includes(form) && (!best || form.length > best.length)) best = form;
  }
  return best ? formsLower.get(best)! : new Set();
}

function shareId(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

export async function scoreCrossDocument(
  store: Store,
  gold: GoldCrossDocument,
  goldDocs: Map<string, GoldDocumentFacts>,
  /** gold file name → stored document id */
  docIds: Map<string, string>,
): Promise<CrossDocumentScore> {
  const forms = new Map<string, Set<string>>();
  const formsLower = new Map<string, Set<string>>();
  for (const m of await store.listAnnotations({ kind: 'mention' })) {
    const id = m.data.entityId as string | undefined;
    if (!id) continue;
    const canonical = typeof m.data.canonical === 'string' ? m.data.canonical : m.text;
    for (const text of new Set([m.text, canonical])) {
      for (const [map, key] of [[forms, text], [formsLower, text.toLowerCase()]] as const) {
        const set = map.get(key) ?? new Set<string>();
        set.add(id);
        map.set(key, set);
      }
    }
  }
  const ids = (name: string) => idsForName(name, forms, formsLower);

  // Same-entity: pairwise over every name the gold mentions in a group.
  const names = [...new Set([...gold.sameEntity.flat(), ...gold.differentEntities.flat()])];
  const groupOf = new Map<string, number>();
  gold.sameEntity.forEach((g, i) => g.forEach((n) => groupOf.set(n, i)));
  let tp = 0;
  let predicted = 0;
  let goldPairs = 0;
  const missed: string[][] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const same = groupOf.has(names[i]) && groupOf.get(names[i]) === groupOf.get(names[j]);
      const merged = shareId(ids(names[i]), ids(names[j]));
      if (same) goldPairs++;
      if (merged) predicted++;
      if (same && merged) tp++;
      if (same && !merged) missed.push([names[i], names[j]]);
    }
  }
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, goldPairs);
  const violations: string[][] = [];
  let differentPairs = 0;
  for (const g of gold.differentEntities) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        differentPairs++;
        if (shareId(ids(g[i]), ids(g[j]))) violations.push([g[i], g[j]]);
      }
    }
  }

  // Same-event: locate each gold event among the stored events by evidence overlap.
  const clusters = await loadEventClusters(store);
  const clusterOf = new Map<string, string>();
  const eventSpans = new Map<string, Array<{ ref: string; text: string }>>();
  for (const c of clusters) {
    for (const e of c.events) {
      clusterOf.set(`${e.docId}#${(e.data as { id: string }).id}`, c.id);
      const list = eventSpans.get(e.docId) ?? [];
      list.push({ ref: `${e.docId}#${(e.data as { id: string }).id}`, text: e.text });
      eventSpans.set(e.docId, list);
    }
  }
  const locateEvent = (goldRef: string): string | null => {
    const [file, id] = goldRef.split('#');
    const docId = docIds.get(file);
    const evidence = goldDocs.get(file)?.events.find((e) => e.id === id)?.evidence;
    if (!docId || !evidence) return null;
    const hit = (eventSpans.get(docId) ?? []).find((e) => e.text.includes(evidence) || evidence.includes(e.text));
    return hit ? clusterOf.get(hit.ref) ?? null : null;
  };
  let mergedEvents = 0;
  const missedEvents: string[][] = [];
  for (const pair of gold.sameEvent) {
    const found = pair.map(locateEvent);
    if (found.every((c) => c && c === found[0])) mergedEvents++;
    else missedEvents.push(pair);
  }

  // Claim groups: the gold figures of a group should sit together in one of our groups.
  const groups = await loadClaimGroups(store);
  const claimGroups = Object.keys(gold.claimGroups).map((id) => {
    const members: Array<{ docId: string; evidence: string; value: number }> = [];
    for (const [file, facts] of goldDocs) {
      for (const f of facts.figures) if (f.claimGroup === id && docIds.get(file)) members.push({ docId: docIds.get(file)!, evidence: f.evidence, value: f.value });
    }
    const holding = groups.find((g: ClaimGroup) =>
      members.every((m) => g.claims.some((c) => c.docId === m.docId && c.value === m.value)),
    );
    return { id, found: !!holding && members.length > 1, disputed: holding?.disputed ?? false, values: members.map((m) => m.value) };
  });

  return {
    sameEntity: { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), pairs: goldPairs, missed },
    differentEntities: { pairs: differentPairs, violations },
    sameEvent: { pairs: gold.sameEvent.length, merged: mergedEvents, missed: missedEvents },
    claimGroups,
  };
}
