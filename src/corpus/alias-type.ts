// The type of an alias a person adds without naming one: the type of the stored entity its canonical
// name belongs to. Taking ORG for granted re-resolved a place's mentions as an organisation's.
import type { Store } from '../store/interface.js';
import type { EntityType } from '../types.js';
import { ENTITY_TYPES } from './curation-rules.js';
import { entityIdFor } from '../pipeline/entities/resolve.js';

export type AliasType = { type: EntityType } | { problem: string };

/** The type of the entity `canonical` names (its corrected type where a person set one); a problem
 *  when no stored entity has that name, or entities of several types do. */
export async function aliasTypeOf(store: Store, canonical: string): Promise<AliasType> {
  const ids = ENTITY_TYPES.map((t) => entityIdFor(t as EntityType, canonical));
  const types = [...new Set((await store.queryEntities({ keys: ids })).items.map((e) => e.type))].sort();
  if (types.length === 1) return { type: types[0] as EntityType };
  return { problem: types.length ? `"${canonical}" names entities of ${types.length} types (${types.join(', ')})` : `no stored entity is named "${canonical}"` };
}
