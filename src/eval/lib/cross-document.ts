// Scores cross-document resolution against a gold file's `crossDocument` section:
// same-entity pairs (precision and recall over every gold-listed mention), different-entity
// violations, same-event pairs, and claim groups (found together, disputed flagged).
import type { Store } from '../../store/interface.js';
import type { ClaimGroup } from '../../corpus/claims/group.js';
import { loadClaimGroups, loadEventClusters } from '../../corpus/index.js';
import type { GoldEntity } from './gold-format.js';
import { normaliseName } from './gold-names.js';
import { locate } from './gold-match.js';
import { splitHonorific } from '../../pipeline/entities/honorifics.js';
import type { EventRecord, Span } from '../../types.js';
import type { MergeReason } from '../../corpus/events/coreference.js';

export interface GoldCrossDocument {
  sameEntity: string[][];
  differentEntities: string[][];
  sameEvent: string[][];
  claimGroups: Record<string, string>;
}

export interface GoldDocumentFacts {
  events: Array<{ id: string; evidence: string; type?: string }>;
  figures: Array<{ evidence: string; claimGroup?: string; value: number }>;
}

export interface CrossDocumentScore {
  /**
   * Pairs of gold-listed mentions (a listed form of a gold entity, or a same-entity group member,
   * in a document whose text holds it): `pairs` the gold says are one entity, `predictedPairs` the
   * store resolved to one entity (exact mention text in that document). `missed` and
   * `wronglyMerged` list distinct name pairs, at most 50 each.
   */
  sameEntity: {
    precision: number;
    recall: number;
    f1: number;
    mentions: number;
    pairs: number;
    predictedPairs: number;
    missed: string[][];
    wronglyMerged: string[][];
  };
  differentEntities: { pairs: number; violations: string[][] };
  /** mixed: two gold groups (each a real-world event) whose reports share a merged event. */
  sameEvent: { pairs: number; merged: number; missed: string[][]; mixed: string[][]; why?: SameEventWhy[] };
  claimGroups: Array<{ id: string; found: boolean; disputed: boolean; values: number[] }>;
}

/** For a gold group missed or mixed: the stored event each report was found as (null: none of the
 *  gold type at its evidence), the merged event holding it, and the reasons that merged event was joined by. */
export interface SameEventWhy {
  group: string;
  reports: Array<{ gold: string; event: string | null; merged: string | null }>;
  reasons: MergeReason[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const round = (x: number) => Math.round(x * 1000) / 1000;

function shareId(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Union-find over normalised names: the gold's same-entity groups joined, every other name alone. */
function goldClusters(gold: GoldCrossDocument): (name: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x);
    if (p === undefined || p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const group of gold.sameEntity) {
    const [first, ...rest] = group.map(normaliseName);
    for (const r of rest) parent.set(find(r), find(first));
  }
  return (name) => find(normaliseName(name));
}

const wholeWordRanges = (text: string, form: string): Array<[number, number]> => {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
};

/**
 * Whether the text uses this form on its own somewhere: an occurrence inside a longer listed
 * form ("Blair" inside "Tony Blair") is that longer mention, not a mention of the short form.
 */
const standsAlone = (text: string, form: string, listed: readonly string[]): boolean => {
  const longer = listed.filter((f) => f.length > form.length && f.includes(form)).flatMap((f) => wholeWordRanges(text, f));
  return wholeWordRanges(text, form).some(([s, e]) => !longer.some(([ls, le]) => ls <= s && e <= le));
};

/** The stored event (its ref) a gold event names: one of the gold's type whose trigger or any
 *  mention overlaps the gold evidence (strict, as the per-document score: an arrest is not a
 *  detention); null when none does. */
export function eventAtEvidence(
  text: string,
  gold: { evidence: string; type?: string },
  events: ReadonlyArray<{ ref: string; type: string; extents: Span[] }>,
): string | null {
  const span = locate(text, gold.evidence);
  if (!span) return null;
  const overlapping = events.filter((e) => e.extents.some((x) => x.start < span.end && span.start < x.end));
  return overlapping.find((e) => !gold.type || e.type === gold.type)?.ref ?? null;
}

/**
 * The entities of a form's mentions in one document: those written exactly so, else those that
 * differ from it only by a title opening the span. The golds draw a title's edge both ways ("Mr.
 * Jackman" listed where the name is "Jackman" after a title, "Mendes" where the text has "Ms.
 * Mendes"); which person is meant does not change. Only where those mentions are one entity: a
 * surname two titled people share names neither.
 */
export function mentionEntityIndex(mentions: ReadonlyArray<{ docId: string; text: string; entityId: string }>): (docId: string, form: string) => Set<string> {
  /** docId → exact mention text → entity ids */
  const exact = new Map<string, Map<string, Set<string>>>();
  /** docId → a mention's name without the title that opens its span → entity ids */
  const untitled = new Map<string, Map<string, Set<string>>>();
  const addTo = (maps: Map<string, Map<string, Set<string>>>, docId: string, text: string, id: string) => {
    const inDoc = maps.get(docId) ?? new Map<string, Set<string>>();
    maps.set(docId, inDoc);
    inDoc.set(text, (inDoc.get(text) ?? new Set<string>()).add(id));
  };
  for (const m of mentions) {
    addTo(exact, m.docId, m.text, m.entityId);
    const name = splitHonorific(m.text).name;
    if (name !== m.text) addTo(untitled, m.docId, name, m.entityId);
  }
  return (docId, form) => {
    const written = exact.get(docId)?.get(form);
    if (written) return written;
    const bare = splitHonorific(form).name;
    const near = new Set([...(exact.get(docId)?.get(bare) ?? []), ...(untitled.get(docId)?.get(bare) ?? [])]);
    // "Jenkin" where the text has "Mr Jenkin" and "Miss Jenkin": the form says not which is meant
    return near.size === 1 ? near : new Set<string>();
  };
}

export async function scoreCrossDocument(
  store: Store,
  gold: GoldCrossDocument,
  goldDocs: Map<string, GoldDocumentFacts>,
  /** gold file name → stored document id */
  docIds: Map<string, string>,
  /** gold file name → the gold entities of that document and its clean text */
  goldEntities: Map<string, { entities: GoldEntity[]; text: string }> = new Map(),
): Promise<CrossDocumentScore> {
  const forms = new Map<string, Set<string>>();
  const formsLower = new Map<string, Set<string>>();
  const stored = (await store.listAnnotations({ kind: 'mention' })).flatMap((m) => {
    const id = m.data.entityId as string | undefined;
    return id ? [{ ...m, entityId: id }] : [];
  });
  const mentionIds = mentionEntityIndex(stored);
  for (const m of stored) {
    const id = m.entityId;
    const canonical = typeof m.data.canonical === 'string' ? m.data.canonical : m.text;
    for (const text of new Set([m.text, canonical])) {
      for (const [map, key] of [[forms, text], [formsLower, text.toLowerCase()]] as const) {
        const set = map.get(key) ?? new Set<string>();
        set.add(id);
        map.set(key, set);
      }
    }
  }
  /** Entity ids of a name anywhere: mentions written so or resolved to it (exact, then case-insensitive). */
  const ids = (name: string) => forms.get(name) ?? formsLower.get(name.toLowerCase()) ?? new Set<string>();

  // Same-entity: every gold-listed mention is an item; two items are the same entity for the gold
  // when their entities' names fall in one cluster, and for us when they share an entity id.
  const goldClusterOf = goldClusters(gold);
  const items = new Map<string, { file: string; form: string; cluster: string; ids: Set<string> }>();
  const addItem = (file: string, form: string, cluster: string) => {
    const docId = docIds.get(file);
    const key = `${file}\u0000${form}`;
    if (!docId || items.has(key)) return;
    items.set(key, { file, form, cluster, ids: mentionIds(docId, form) });
  };
  const groupMembers = new Map<string, string[]>();
  for (const name of [...gold.sameEntity.flat(), ...gold.differentEntities.flat()]) {
    const c = goldClusterOf(name);
    groupMembers.set(c, [...(groupMembers.get(c) ?? []), name]);
  }
  for (const [file, { entities, text }] of goldEntities) {
    const listed = entities.flatMap((e) => [e.name, ...(e.mentions ?? []), ...(groupMembers.get(goldClusterOf(e.name)) ?? [])]);
    const wholeWord = (t: string, form: string) => standsAlone(t, form, listed);
    for (const e of entities) {
      // "mentions", where given, are the literal forms; else the name itself is literal
      const literal = e.mentions && e.mentions.length ? e.mentions : [e.name];
      const cluster = goldClusterOf(e.name);
      for (const form of literal) if (wholeWord(text, form)) addItem(file, form, cluster);
      // group members the document uses for this entity without listing them ("Tories")
      for (const member of groupMembers.get(cluster) ?? []) if (wholeWord(text, member)) addItem(file, member, cluster);
    }
  }
  const list = [...items.values()];
  let tp = 0;
  let predicted = 0;
  let goldPairs = 0;
  const missedPairs = new Map<string, string[]>();
  const wrongPairs = new Map<string, string[]>();
  const note = (into: Map<string, string[]>, x: string, y: string) => {
    const pair = [x, y].sort();
    if (pair[0] !== pair[1] && into.size < 50) into.set(pair.join('\u0000'), pair);
  };
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const same = list[i].cluster === list[j].cluster;
      const merged = shareId(list[i].ids, list[j].ids);
      if (same) goldPairs++;
      if (merged) predicted++;
      if (same && merged) tp++;
      if (same && !merged) note(missedPairs, list[i].form, list[j].form);
      if (merged && !same) note(wrongPairs, list[i].form, list[j].form);
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

  // Same-event: locate each gold event among the stored events as the per-document score does:
  // an event of the gold type whose trigger, or any mention of it in the document, overlaps the evidence.
  const clusters = await loadEventClusters(store);
  const clusterOf = new Map<string, string>();
  const eventsOf = new Map<string, Array<{ ref: string; type: string; extents: Span[] }>>();
  for (const c of clusters) {
    for (const e of c.events) {
      const data = e.data as Pick<EventRecord, 'id' | 'type' | 'trigger' | 'mentions'>;
      const ref = `${e.docId}#${data.id}`;
      clusterOf.set(ref, c.id);
      const extents: Span[] = data.mentions?.length ? data.mentions : data.trigger ? [data.trigger] : [{ start: e.start, end: e.end }];
      const list = eventsOf.get(e.docId) ?? [];
      list.push({ ref, type: data.type, extents });
      eventsOf.set(e.docId, list);
    }
  }
  const texts = new Map<string, string>();
  for (const docId of new Set([...docIds.values()])) texts.set(docId, (await store.documentText(docId)) ?? '');
  const storedEvent = (goldRef: string): string | null => {
    const [file, id] = goldRef.split('#');
    const docId = docIds.get(file);
    const goldEvent = goldDocs.get(file)?.events.find((e) => e.id === id);
    if (!docId || !goldEvent) return null;
    return eventAtEvidence(texts.get(docId) ?? '', goldEvent, eventsOf.get(docId) ?? []);
  };
  const locateEvent = (goldRef: string): string | null => {
    const hit = storedEvent(goldRef);
    return hit ? clusterOf.get(hit) ?? null : null;
  };
  const sameEvent = scoreSameEvent(gold.sameEvent, locateEvent);
  const reasonsOf = new Map(clusters.map((c) => [c.id, c.reasons]));
  const unsure = new Set([...sameEvent.missed, ...sameEvent.mixed].map((g) => g[0]));
  sameEvent.why = gold.sameEvent.filter((g) => unsure.has(g[0])).map((g) => {
    const reports = g.map((ref) => ({ gold: ref, event: storedEvent(ref), merged: locateEvent(ref) }));
    const merged = new Set(reports.map((r) => r.merged).filter((m): m is string => m !== null));
    return { group: g[0], reports, reasons: [...merged].flatMap((m) => reasonsOf.get(m) ?? []) };
  });

  // Claim groups: the gold figures of a group should sit together in one of our groups.
  const groups = await loadClaimGroups(store, clusters);
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
    sameEntity: {
      precision: round(precision),
      recall: round(recall),
      f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)),
      mentions: list.length,
      pairs: goldPairs,
      predictedPairs: predicted,
      missed: [...missedPairs.values()],
      wronglyMerged: [...wrongPairs.values()],
    },
    differentEntities: { pairs: differentPairs, violations },
    sameEvent,
    claimGroups,
  };
}

/** Gold same-event groups against merged events (`locate`: a gold report's merged event, or null):
 *  groups found whole in one event, groups missed, and pairs of groups (named by their first
 *  reports) that share a merged event, which two real-world events never should. */
export function scoreSameEvent(groups: string[][], locate: (ref: string) => string | null): CrossDocumentScore['sameEvent'] {
  const located = groups.map((group) => group.map(locate));
  const missed = groups.filter((_, g) => !located[g].every((c) => c && c === located[g][0]));
  const mixed: string[][] = [];
  for (let g = 0; g < located.length; g++)
    for (let h = g + 1; h < located.length; h++)
      if (located[g].some((c) => c && located[h].includes(c))) mixed.push([groups[g][0], groups[h][0]]);
  return { pairs: groups.length, merged: groups.length - missed.length, missed, mixed };
}
