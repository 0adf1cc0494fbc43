// Who a report's participant is, for telling two happenings of one kind apart: the entity of the name
// the phrase holds, or the one the document's coreference ties a pronoun or description to ("it", "the
// company"), through the speakers' resolver (the one role-referents.ts names participants with). A
// description that belongs to a body ("a unit of Framatome", "a spokesman for Acme") is that body's.
import type { SpeakerResolver } from '../../reference/resolver.js';

/** A token range [a, b). */
type Range = readonly [number, number];

/** The entity a participant phrase stands for (a key to compare, not a name to show); null when it names none. */
export type PartyIdentity = (range: Range) => string | null;

export function partyIdentity(speakers: SpeakerResolver): PartyIdentity {
  // the same phrase is compared against every report of a cluster: resolve it once
  const known = new Map<string, string | null>();
  return ([a, b]) => {
    const key = `${a}:${b}`;
    let id = known.get(key);
    if (id === undefined) {
      const r = b > a ? speakers.resolve(a, b) : null;
      const owner = r?.kind === 'description' ? r.speaksFor : r;
      id = owner ? (owner.entityId ?? owner.name.toLowerCase()) : null;
      known.set(key, id);
    }
    return id;
  };
}
