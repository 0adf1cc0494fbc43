// The user's merge/split decisions, stored apart from extraction and re-applied after every
// ingest or re-resolution, so re-ingesting never undoes them.
import type { Store } from '../store/interface.js';
import type { EventLinks } from './events/coreference.js';

/** The id mentions of an entity get when split out of it in one document. */
export function splitEntityId(entityId: string, docId: string): string {
  return `${entityId}~${docId}`;
}

export async function applyEntityCurations(store: Store): Promise<number> {
  let changed = 0;
  for (const c of await store.listCurations('entity')) {
    if (c.relation === 'merge') changed += await store.remapEntity(c.a, c.b);
    else changed += await store.remapEntity(c.a, splitEntityId(c.a, c.b), c.b);
  }
  return changed;
}

export async function eventLinks(store: Store): Promise<EventLinks> {
  const links: EventLinks = { same: [], isolated: new Set() };
  for (const c of await store.listCurations('event')) {
    if (c.relation === 'merge') links.same.push([c.a, c.b]);
    else links.isolated.add(c.a);
  }
  return links;
}
