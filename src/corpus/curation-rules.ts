// What a curation decision must look like, for every kind: one check shared by the HTTP API and
// by restoring an export, so whatever the UI can store can be exported and read back.
import type { Curation } from '../store/interface.js';
import { referentPlace } from './place-curation.js';

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const MAX_FIELD = 500;
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const EVENT_REF = /#/;

class Problem extends Error {}

function text(x: unknown, field: string): string {
  if (typeof x !== 'string' || !x.trim() || x.length > MAX_FIELD) throw new Problem(`"${field}" must be non-empty text of at most ${MAX_FIELD} characters`);
  return x.trim();
}

function need(ok: boolean, problem: string): void {
  if (!ok) throw new Problem(problem);
}

function check(o: Partial<Curation>): Curation {
  switch (o.kind) {
    case 'document':
    case 'collection': {
      const [a, b] = [text(o.a, 'a'), text(o.b, 'b')];
      need(o.relation === 'date' || (o.kind === 'document' && o.relation === 'outlet'), o.kind === 'document' ? '"relation" must be "date" or "outlet"' : '"relation" must be "date"');
      need(o.relation !== 'date' || ISO_DATE.test(b), '"b" must be a date: YYYY, YYYY-MM or YYYY-MM-DD');
      return { kind: o.kind, relation: o.relation!, a, b };
    }
    case 'place': {
      need(o.relation === 'referent', '"relation" must be "referent"');
      const a = text(o.a, 'a');
      need(typeof o.b === 'string' && o.b.length <= 2000 && !!referentPlace(o.b), '"b" must be the place meant, as JSON: {name, country, countryCode, lat, lon, kind, ref}');
      return { kind: 'place', relation: 'referent', a, b: o.b! };
    }
    case 'claim':
      need(o.relation === 'dismiss', '"relation" must be "dismiss"');
      need(o.b === undefined || (typeof o.b === 'string' && o.b.length <= MAX_FIELD), `"b" (the group's name, for display) must be text of at most ${MAX_FIELD} characters`);
      return { kind: 'claim', relation: 'dismiss', a: text(o.a, 'a'), b: o.b?.trim() ?? '' };
    case 'entity':
    case 'event': {
      if (o.kind === 'entity' && o.relation === 'type') {
        const b = String(o.b ?? '').toUpperCase();
        need(ENTITY_TYPES.includes(b), `"b" must be one of ${ENTITY_TYPES.join(', ')}`);
        return { kind: 'entity', relation: 'type', a: text(o.a, 'a'), b };
      }
      need(o.relation === 'merge' || o.relation === 'split', o.kind === 'entity' ? '"relation" must be "merge", "split" or "type"' : '"relation" must be "merge" or "split"');
      const a = text(o.a, 'a');
      need(o.kind !== 'event' || EVENT_REF.test(a), 'an event is named "docId#eventId"');
      const b = o.relation === 'split' && o.kind === 'event' ? '' : text(o.b, 'b');
      need(o.relation !== 'merge' || a !== b, 'merging something with itself changes nothing');
      need(o.kind !== 'event' || o.relation !== 'merge' || EVENT_REF.test(b), 'an event is named "docId#eventId"');
      return { kind: o.kind, relation: o.relation!, a, b };
    }
    default:
      throw new Problem('"kind" must be "entity", "event", "place", "claim", "document" or "collection"');
  }
}

/** The decision `x` describes, normalised, or what is wrong with it. */
export function checkCuration(x: unknown): Curation | string {
  try {
    return check((x && typeof x === 'object' ? x : {}) as Partial<Curation>);
  } catch (err) {
    if (err instanceof Problem) return err.message;
    throw err;
  }
}
