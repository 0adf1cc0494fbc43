// Curation from the UI, behind the write token: merge or split entities and events, correct an
// entity's type or a place's referent, dismiss a claim group, set dates and outlets, add an alias,
// undo any of them. Decisions are stored apart from extraction (the curations and user_aliases
// tables) and re-applied after every ingest, so re-ingesting keeps them.
import type { IncomingMessage } from 'node:http';
import type { Curation, Store, UserAlias } from '../../store/interface.js';
import type { CurationList } from '../api-types.js';
import { aliasTypeOf } from '../../corpus/alias-type.js';
import { addCurationDecision, entityNamedIn, reresolveWithCurations, splitEntityId, undoAlias, undoCurationDecision, unstoredIds } from '../../corpus/curation.js';
import { checkCuration, ENTITY_TYPES } from '../../corpus/curation-rules.js';
import { candidates, toPlace } from '../../pipeline/gazetteer/resolve.js';
import { gazetteer } from '../../pipeline/gazetteer/gazetteer.js';
import { HttpError, readBody } from '../http.js';
import { route } from '../router.js';
import { curationNames, type CurationNames } from '../curation-names.js';

const MAX_FIELD = 500;

/** An entity decision with its ids in words (and, for a split, the entity its mentions went to). */
function withNames(c: Curation, names: CurationNames): CurationList['curations'][number] {
  if (c.kind !== 'entity' || (c.relation !== 'merge' && c.relation !== 'split')) return c;
  const aName = names.entities.get(c.a);
  const words = {
    ...(aName ? { aName } : {}),
    ...(c.relation === 'merge' && names.entities.has(c.b) ? { bName: names.entities.get(c.b) } : {}),
    ...(c.relation === 'split' && names.documents.has(c.b) ? { docTitle: names.documents.get(c.b) } : {}),
  };
  return c.relation === 'split' ? { ...c, entityKey: splitEntityId(c.a, c.b), ...words } : { ...c, ...words };
}


export const curationRoutes = [
  route({
    method: 'GET',
    path: '/api/curations',
    summary: 'The decisions made by people (merges and splits of entities and events, entity types, place referents, dismissed claims, document dates and outlets) and the aliases they added',
    tag: 'curation',
    query: {},
    uncached: true,
    returns: 'Curations',
    async handle({ app }): Promise<CurationList> {
      const [curations, aliases] = await Promise.all([app.store.listCurations(), app.store.listUserAliases()]);
      const names = await curationNames(app.store, curations);
      return { curations: curations.map((c) => withNames(c, names)), aliases };
    },
  }),
  route({
    method: 'POST',
    path: '/api/curations',
    summary: 'Record a decision (JSON {kind, relation, a, b}: entity merge|split|type, event merge|split, place referent, claim dismiss, document date|outlet, collection date); needs the bearer token. A merge, split or type of an entity, event or document that nothing stored carries is refused (404), as is an entity split where the entity has no mentions in that document (409)',
    tag: 'curation',
    query: {},
    write: true,
    body: 'CurationBody',
    errors: {
      '404': 'An entity id (the key of /api/entities), event report ("docId#id", from a report of /api/events) or document id that nothing stored carries: nothing was stored',
      '409': 'An entity split where the entity has no mentions in that document: nothing was split',
    },
    returns: 'CurationResult',
    async handle({ app, req }) {
      const c = validateCuration(await jsonBody(req, app.maxBodyBytes));
      // as `chronicle merge` and `split` do: a typo stored as a decision would change nothing and say it did
      await refuseUnstoredIds(app.store, c);
      // as `chronicle split` does: a split that would move nothing is refused
      if (c.kind === 'entity' && c.relation === 'split' && !(await entityNamedIn(app.store, c.a, c.b))) {
        throw new HttpError(409, `${c.a} has no mentions in ${c.b}: nothing was split`);
      }
      const mentionsChanged = await addCurationDecision(app.store, c);
      // where a split's mentions went: the entity the page can open next
      return { curation: c, mentionsChanged, ...(c.kind === 'entity' && c.relation === 'split' ? { entityKey: splitEntityId(c.a, c.b) } : {}) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/curations/undo',
    summary: 'Undo a decision (the same JSON as when it was made); needs the bearer token',
    tag: 'curation',
    query: {},
    write: true,
    body: 'CurationBody',
    errors: { '404': 'No such decision is stored' },
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
    summary: 'Add an alias (JSON {type, alias, canonical}; without type, the type of the stored entity the canonical name names) and re-resolve the stored mentions; needs the bearer token',
    tag: 'curation',
    query: {},
    write: true,
    body: 'AliasBody',
    returns: 'CurationResult',
    async handle({ app, req }) {
      const body = (await jsonBody(req, app.maxBodyBytes)) as Partial<UserAlias>;
      const [aliasText, canonical] = [text(body.alias, 'alias'), text(body.canonical, 'canonical')];
      // without a type, the type of the entity the canonical name names (as `chronicle alias add`)
      const found = body.type === undefined ? await aliasTypeOf(app.store, canonical) : { type: String(body.type).toUpperCase() };
      if ('problem' in found) throw new HttpError(400, `${found.problem}: give "type", one of ${ENTITY_TYPES.join(', ')}`);
      const alias = { type: found.type, alias: aliasText, canonical };
      if (!ENTITY_TYPES.includes(alias.type)) throw new HttpError(400, `"type" must be one of ${ENTITY_TYPES.join(', ')}`);
      await app.store.addUserAlias(alias);
      return { alias, mentionsChanged: await reresolveWithCurations(app.store) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/aliases/undo',
    summary: 'Remove an alias a person added (the same JSON as when it was added) and re-resolve the stored mentions; needs the bearer token',
    tag: 'curation',
    query: {},
    write: true,
    body: 'AliasBody',
    errors: { '404': 'No such alias is stored' },
    returns: 'CurationResult',
    async handle({ app, req }) {
      const body = (await jsonBody(req, app.maxBodyBytes)) as Partial<UserAlias>;
      const alias = { type: text(body.type, 'type').toUpperCase(), alias: text(body.alias, 'alias'), canonical: text(body.canonical, 'canonical') };
      const { removed, mentionsChanged } = await undoAlias(app.store, alias);
      if (!removed) throw new HttpError(404, 'no such alias is stored');
      return { alias, mentionsChanged };
    },
  }),
  route({
    method: 'GET',
    path: '/api/gazetteer',
    summary: 'Places a name can refer to, most populous first (for correcting what a place name refers to)',
    tag: 'curation',
    query: { q: { type: 'string', maxLength: 100, description: 'A place name' } },
    returns: 'PlaceChoices',
    async handle({ query }) {
      const q = query.q?.trim();
      if (!q) throw new HttpError(400, 'query parameter "q" is required: a place name');
      const g = gazetteer();
      const entries = [...candidates(g, q).entries].sort((x, y) => y.pop - x.pop).slice(0, PLACE_CHOICES);
      return { items: entries.map((e) => toPlace(g, e)) };
    },
  }),
];

/** A 404 naming each id of an entity or event decision that nothing stored carries. */
async function refuseUnstoredIds(store: Store, c: Curation): Promise<void> {
  if (c.kind !== 'entity' && c.kind !== 'event') return;
  const verb = c.relation === 'merge' ? 'merged' : c.relation === 'split' ? 'split' : 'changed';
  // an entity split's b and an entity type's b are a document and a type, an event split has no b
  const ids = c.relation === 'merge' ? [c.a, c.b] : [c.a];
  const unknown = await unstoredIds(store, c.kind, ids);
  if (unknown.length) {
    const where = c.kind === 'entity' ? 'an entity id is the key of /api/entities' : 'an event report is named "docId#id", from a report of /api/events';
    throw new HttpError(404, `no ${c.kind} ${unknown.join(' or ')} is stored: nothing was ${verb} (${where})`);
  }
  if (c.kind === 'entity' && c.relation === 'split' && (await store.getDocument(c.b))?.id !== c.b) {
    throw new HttpError(404, `no document ${c.b} is stored: nothing was split (a document id is the id of /api/documents)`);
  }
}

/** Most places offered for one name. */
const PLACE_CHOICES = 12;

async function jsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'send the decision as application/json');
  // read first: a body over the limit is a 413, not "not valid JSON"
  const body = await readBody(req, maxBytes);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

function text(x: unknown, field: string): string {
  if (typeof x !== 'string' || !x.trim() || x.length > MAX_FIELD) throw new HttpError(400, `"${field}" must be non-empty text of at most ${MAX_FIELD} characters`);
  return x.trim();
}

export function validateCuration(x: unknown): Curation {
  const checked = checkCuration(x);
  if (typeof checked === 'string') throw new HttpError(400, checked);
  return checked;
}
