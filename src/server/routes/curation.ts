// Curation from the UI, behind the write token: merge or split entities and events, add an alias,
// undo any of them. Decisions are stored apart from extraction (the curations and user_aliases
// tables) and re-applied after every ingest, so re-ingesting keeps them.
import type { IncomingMessage } from 'node:http';
import type { Curation, UserAlias } from '../../store/interface.js';
import type { CurationList } from '../api-types.js';
import { addCurationDecision, reresolveWithCurations, undoCurationDecision } from '../../corpus/curation.js';
import { HttpError, readBody } from '../http.js';
import { route } from '../router.js';

const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const MAX_FIELD = 500;


export const curationRoutes = [
  route({
    method: 'GET',
    path: '/api/curations',
    summary: 'The decisions made by people: merges and splits of entities and events, and aliases',
    tag: 'curation',
    query: {},
    uncached: true,
    returns: 'Curations',
    async handle({ app }): Promise<CurationList> {
      const [curations, aliases] = await Promise.all([app.store.listCurations(), app.store.listUserAliases()]);
      return { curations, aliases };
    },
  }),
  route({
    method: 'POST',
    path: '/api/curations',
    summary: 'Record a decision (JSON {kind: "entity"|"event", relation: "merge"|"split", a, b}); needs the bearer token',
    tag: 'curation',
    query: {},
    write: true,
    returns: 'CurationResult',
    async handle({ app, req }) {
      const c = validateCuration(await jsonBody(req, app.maxBodyBytes));
      return { curation: c, mentionsChanged: await addCurationDecision(app.store, c) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/curations/undo',
    summary: 'Undo a decision (the same JSON as when it was made); needs the bearer token',
    tag: 'curation',
    query: {},
    write: true,
    returns: 'CurationResult',
    async handle({ app, req }) {
      const c = validateCuration(await jsonBody(req, app.maxBodyBytes));
      const { removed, mentionsChanged } = await undoCurationDecision(app.store, c);
      if (!removed) throw new HttpError(404, 'no such decision is stored');
      return { curation: c, mentionsChanged };
    },
  }),
  route({
    method: 'POST',
    path: '/api/aliases',
    summary: 'Add an alias (JSON {type, alias, canonical}) and re-resolve the stored mentions; needs the bearer token',
    tag: 'curation',
    query: {},
    write: true,
    returns: 'CurationResult',
    async handle({ app, req }) {
      const body = (await jsonBody(req, app.maxBodyBytes)) as Partial<UserAlias>;
      const alias = { type: String(body.type ?? 'ORG').toUpperCase(), alias: text(body.alias, 'alias'), canonical: text(body.canonical, 'canonical') };
      if (!ENTITY_TYPES.includes(alias.type)) throw new HttpError(400, `"type" must be one of ${ENTITY_TYPES.join(', ')}`);
      await app.store.addUserAlias(alias);
      return { alias, mentionsChanged: await reresolveWithCurations(app.store) };
    },
  }),
];

async function jsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'send the decision as application/json');
  try {
    return JSON.parse((await readBody(req, maxBytes)).toString('utf8'));
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

function text(x: unknown, field: string): string {
  if (typeof x !== 'string' || !x.trim() || x.length > MAX_FIELD) throw new HttpError(400, `"${field}" must be non-empty text of at most ${MAX_FIELD} characters`);
  return x.trim();
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function validateCuration(x: unknown): Curation {
  const o = (x && typeof x === 'object' ? x : {}) as Partial<Curation>;
  if (o.kind === 'document' || o.kind === 'collection') {
    const a = text(o.a, 'a');
    const b = text(o.b, 'b');
    if (o.relation !== 'date' && !(o.kind === 'document' && o.relation === 'outlet')) throw new HttpError(400, o.kind === 'document' ? '"relation" must be "date" or "outlet"' : '"relation" must be "date"');
    if (o.relation === 'date' && !ISO_DATE.test(b)) throw new HttpError(400, '"b" must be a date: YYYY, YYYY-MM or YYYY-MM-DD');
    return { kind: o.kind, relation: o.relation, a, b };
  }
  if (o.kind !== 'entity' && o.kind !== 'event') throw new HttpError(400, '"kind" must be "entity", "event", "document" or "collection"');
  if (o.relation !== 'merge' && o.relation !== 'split') throw new HttpError(400, '"relation" must be "merge" or "split"');
  const a = text(o.a, 'a');
  if (o.kind === 'event' && !a.includes('#')) throw new HttpError(400, 'an event is named "docId#eventId"');
  const b = o.relation === 'split' && o.kind === 'event' ? '' : text(o.b, 'b');
  if (o.relation === 'merge' && a === b) throw new HttpError(400, 'merging something with itself changes nothing');
  if (o.kind === 'event' && o.relation === 'merge' && !b.includes('#')) throw new HttpError(400, 'an event is named "docId#eventId"');
  return { kind: o.kind, relation: o.relation, a, b };
}
