// How fragmented the entity table is: the share of mentions whose name (as written less a title,
// so "Mr Blair" and "Blair" are one name; with its type) is spread over two or more entities. Some of that is right (two people called "Mr Bell"),
// most of it is a name resolution failed to join; either way it is what a reader of the entity
// list sees as duplicates.
import type { Store } from '../../store/interface.js';
import { nameKey } from '../../pipeline/entities/names.js';
import { splitHonorific } from '../../pipeline/entities/honorifics.js';

export interface Fragmentation {
  /** Mentions whose name has two or more entities of the same type, over all mentions with an entity. */
  share: number;
  mentions: number;
  fragmentedMentions: number;
  /** Distinct (type, name) pairs spread over two or more entities. */
  fragmentedNames: number;
}

export interface MentionRow {
  type: string;
  text: string;
  entityId: string;
}

export function fragmentationOf(rows: Iterable<MentionRow>): Fragmentation {
  const byName = new Map<string, { ids: Set<string>; mentions: number }>();
  let mentions = 0;
  for (const r of rows) {
    mentions++;
    const key = `${r.type}:${nameKey(splitHonorific(r.text).name)}`;
    const g = byName.get(key) ?? { ids: new Set<string>(), mentions: 0 };
    g.ids.add(r.entityId);
    g.mentions++;
    byName.set(key, g);
  }
  let fragmentedMentions = 0;
  let fragmentedNames = 0;
  for (const g of byName.values()) {
    if (g.ids.size < 2) continue;
    fragmentedNames++;
    fragmentedMentions += g.mentions;
  }
  return { share: mentions ? Math.round((fragmentedMentions / mentions) * 1000) / 1000 : 0, mentions, fragmentedMentions, fragmentedNames };
}

const PAGE = 5000;

/** Fragmentation over every stored mention, read page by page. */
export async function measureFragmentation(store: Store): Promise<Fragmentation> {
  const rows: MentionRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listAnnotations({ kind: 'mention', limit: PAGE, offset });
    for (const a of page) if (typeof a.data.entityId === 'string') rows.push({ type: a.label, text: a.text, entityId: a.data.entityId });
    if (page.length < PAGE) break;
  }
  return fragmentationOf(rows);
}
