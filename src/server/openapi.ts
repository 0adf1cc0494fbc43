// The OpenAPI 3 description, generated from the route list so it cannot drift from the code.
import type { ParamSpec } from './params.js';
import type { Route } from './router.js';

type Schema = Record<string, unknown>;

const str = { type: 'string' };
const int = { type: 'integer' };
const num = { type: 'number' };
const nullableStr = { type: 'string', nullable: true };
/** The other articles of a near-duplicate group (the same text on another site); absent when none. */
const sameTextAs = { type: 'array', items: { type: 'object', properties: { id: str, title: str }, required: ['id', 'title'] } };
const span = { type: 'object', properties: { start: int, end: int }, required: ['start', 'end'] };
const obj = (properties: Record<string, unknown>, required = Object.keys(properties)): Schema => ({ type: 'object', properties, required });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** The path of the next page (this request's parameters, offset moved on), null on the last page. */
const next = { type: 'string', nullable: true, description: "the path of the next page (this request's parameters with offset moved on); null on the last page" };
const pageFields = (item: string) => ({ total: int, limit: int, offset: int, next, items: { type: 'array', items: ref(item) }, computing: { type: 'boolean' } });
const page = (item: string): Schema => obj(pageFields(item), ['total', 'limit', 'offset', 'next', 'items']);

const entityItem = obj({ key: str, name: str, type: str, mentions: int, documents: int, copies: int }, ['key', 'name', 'type', 'mentions', 'documents']);
const roleRef = obj({ text: str, entity: str, referent: str, name: str }, ['text']);
const timeValue = { type: 'object', nullable: true, properties: { iso: nullableStr, precision: str, end: { type: 'string', description: 'a range written as one mention ("3 to 10 September"): its last day; iso is its first' } } };
const placeRef = { type: 'object', nullable: true, properties: { text: str, place: { type: 'object' }, inferred: { type: 'boolean' } } };
const counts = { type: 'object', additionalProperties: obj({ value: num, qualifier: str, vagueWords: str, qualifierWords: str }, ['value', 'qualifier']) };
/** Each count an event's reports give differently, with every value given (EventCountsBrief). */
const disputedCounts = { type: 'object', additionalProperties: { type: 'array', items: obj({ value: num, qualifier: str, vagueWords: str, qualifierWords: str }, ['value', 'qualifier']) } };
const report = obj({
  key: str, docId: str, docTitle: str, published: nullableStr, id: str, type: str, trigger: str, triggerSpan: { ...span, description: 'where the trigger is within sentence (sentenceSpan is in the document\'s text)' }, sentence: str, sentenceSpan: span,
  date: timeValue, place: placeRef, actors: { type: 'array', items: roleRef }, targets: { type: 'array', items: roleRef }, counts, status: str, attribution: str, attributionText: str, attributionEntity: str,
  copyOf: { ...str, description: 'the document of an earlier report that this one\'s article is a near-duplicate copy of (absent when none)' },
}, ['key', 'docId', 'id', 'type', 'trigger', 'sentence', 'date', 'actors', 'targets', 'status']);
const conflict = obj({ field: str, values: { type: 'array', items: obj({ date: timeValue, place: str, count: obj({ value: num, qualifier: str, vagueWords: str, qualifierWords: str }, ['value', 'qualifier']), reports: { type: 'array', items: str } }, ['reports']) } });
const event = obj({
  key: str, type: str, title: str, date: timeValue,
  interval: { type: 'object', nullable: true, properties: { start: str, end: str, precision: str } },
  place: placeRef, actors: { type: 'array', items: roleRef }, targets: { type: 'array', items: roleRef }, counts, status: str, timelineFact: { type: 'boolean' },
  documentCount: int, copies: { ...int, description: 'how many of those articles are near-duplicate copies of another of them (absent when none)' }, reports: { type: 'array', items: report }, reportCount: int, conflicts: { type: 'array', items: conflict },
}, ['key', 'type', 'title', 'date', 'interval', 'actors', 'targets', 'status', 'timelineFact', 'documentCount', 'reports', 'conflicts']);
const figure = obj({
  docId: str, docTitle: str, published: nullableStr, text: str, value: num, qualifier: str, unit: str, vagueWords: str, qualifierWords: str, what: str, claim: str,
  source: nullableStr, sourceText: { type: 'string', description: 'the source as the article words it, where that is not source' }, sourceEntity: { type: 'string', description: 'the entity key of the person or body the source names; absent when the source is a description' }, evidence: str, evidenceSpan: { ...span, description: 'where the figure is within evidence (start and end are in the document\'s text)' }, start: int, end: int,
}, ['docId', 'docTitle', 'published', 'text', 'value', 'qualifier', 'what', 'claim', 'source', 'evidence', 'evidenceSpan', 'start', 'end']);
const quote = obj(
  { key: { type: 'string', description: 'its address: /api/quotes/{key} (DOCID:START-END)' }, docId: str, docTitle: str, text: str, kind: str, speaker: nullableStr, speakerEntity: str, start: int, end: int },
  ['key', 'docId', 'text', 'kind', 'speaker'],
);
const place = obj({
  key: str, name: str, country: nullableStr, kind: str, lat: num, lon: num, mentions: int,
  documentCount: { ...int, description: 'articles naming it, a near-duplicate group once' }, copies: { ...int, description: 'the further near-duplicate copies naming it, listed among documents but not counted (absent when none)' }, eventCount: int,
  countryId: { type: 'string', description: 'its country\'s ISO 3166-1 numeric code ("180"), the world map\'s id for the outline (absent when unknown)' },
  inferredEventCount: { type: 'integer', description: 'of eventCount, those no report states here: the place inferred from their article (absent when none)' },
  documents: { type: 'array', items: obj({ id: str, title: str }) },
  events: { type: 'array', items: obj({ key: str, type: str, title: str, date: timeValue, documentCount: int, copies: int, placeInferred: { type: 'boolean', description: 'no report states the event here' }, counts, disputedCounts }, ['key', 'type', 'title', 'date', 'documentCount']) },
  eventTypes: { type: 'array', items: str, description: 'the type of every event there, each once (events lists only the first few)' }, entity: str,
  namedAs: { type: 'array', items: ref('EntityItem'), description: 'on /api/places/{key} only, when the articles name the place two ways or more: every entity whose mentions name it, most often named first (entity is the one at its first mention)' },
}, ['key', 'name', 'lat', 'lon', 'mentions', 'documents', 'events', 'eventTypes']);
const annotation = obj({ kind: str, label: str, start: int, end: int, text: str, data: { type: 'object' }, entity: str, entityName: str, placeKey: str, claim: str, source: str, sourceText: str, sourceEntity: str, eventId: str, eventKey: str, eventDocuments: int, eventCopies: int, eventTitle: str, eventDate: timeValue, eventArticleInterval: { ...obj({ start: str, end: str, precision: str }), description: 'for an event no report dates: its first article\'s date, where the timeline places it' } }, ['kind', 'label', 'start', 'end', 'text', 'data']);

const schemas: Record<string, Schema> = {
  Error: obj({ error: str }),
  DocumentItem: obj({ id: str, source: str, title: str, published: nullableStr, publisher: nullableStr, words: int, sameTextAs }, ['id', 'source', 'title', 'published', 'words']),
  DocumentPage: page('DocumentItem'),
  Document: obj({
    id: str, title: str, text: str, sources: { type: 'array', items: { type: 'object' } }, meta: { type: 'object' },
    removed: { type: 'array', items: obj({ text: str, reason: str, at: int }) }, paragraphs: { type: 'array', items: span },
    nearDuplicates: { type: 'array', items: obj({ id: str, distance: int }) }, annotations: { type: 'array', items: annotation },
    curations: { type: 'array', description: 'Dates and outlets people set for this document (its own, or its folder\'s date); meta shows them over what extraction found', items: obj({ kind: str, relation: str, a: str, b: str }) },
  }),
  EntityItem: entityItem,
  EntityPage: page('EntityItem'),
  Entity: {
    allOf: [ref('EntityItem'), obj({
      aliases: { type: 'array', items: obj({ text: str, count: int }) },
      mentionsInContext: obj({ total: int, limit: int, offset: int, items: { type: 'array', items: obj({ docId: str, docTitle: str, start: int, end: int, before: str, text: str, after: str, copies: int }, ['docId', 'docTitle', 'start', 'end', 'before', 'text', 'after']) } }),
      coMentioned: { type: 'array', items: { allOf: [ref('EntityItem'), obj({ shared: int, sharedCopies: int }, ['shared'])] } },
      eventCount: int,
      quoteCount: int,
      events: { type: 'array', items: { allOf: [ref('Event'), obj({ role: str })] } },
      quotes: { type: 'array', items: { allOf: [ref('Quote'), obj({ copies: int }, [])] } },
      place: ref('Place'),
      alsoPlaces: { type: 'array', description: 'the other places the map links to this entity, most mentioned first (absent when none)', items: obj({ key: str, name: str, country: nullableStr, kind: str, lat: num, lon: num }, ['key', 'name', 'country', 'kind', 'lat', 'lon']) },
      samePlace: { type: 'array', description: "the other entities whose mentions name this entity's place: the same place under another name, most often named first (absent when none)", items: ref('EntityItem') },
    }, ['aliases', 'mentionsInContext', 'coMentioned', 'eventCount', 'events', 'quoteCount', 'quotes'])],
  },
  Event: event,
  EventPage: page('Event'),
  Figure: figure,
  FigurePage: page('Figure'),
  Quote: quote,
  QuotePage: page('Quote'),
  Claim: obj({ key: str, what: str, relation: { type: 'string', enum: ['same', 'estimates', 'contradictory', 'update'] }, disputed: { type: 'boolean' }, reason: str, values: { type: 'array', items: num }, figures: { type: 'array', items: ref('Figure') }, figureCount: int, event: str }, ['key', 'what', 'relation', 'disputed', 'reason', 'values', 'figures']),
  ClaimPage: page('Claim'),
  Place: place,
  PlacePage: obj({ ...pageFields('Place'), eventTypes: { type: 'array', items: str, description: 'the type of every event at any place, whatever the filters (the map\'s type menu)' } }, ['total', 'limit', 'offset', 'next', 'items', 'eventTypes']),
  SearchResult: obj({
    query: str, wordForms: { type: 'array', items: str, description: 'the other forms of the query\'s words the search also finds ("arrest": arrested, arrests, arresting) that some article holds, to mark matches in an article' }, window: { type: 'integer', nullable: true }, total: int, undated: { type: 'integer', description: 'results whose publication date gives no year (the year facet leaves them out), a near-duplicate group once as in the facets' }, limit: int, offset: int, next,
    items: { type: 'array', items: obj({ rank: { type: 'integer', description: 'its place in the order asked for (sort), over all pages: 1 is first' }, id: str, title: str, source: str, score: { type: 'number', description: 'the search engine\'s raw relevance (SQLite BM25, PostgreSQL ts_rank_cd, negated): lower is better; compare it only within one answer' }, published: nullableStr, snippet: { type: 'array', items: obj({ text: str, match: { type: 'boolean' } }) }, sameTextAs }, ['rank', 'id', 'title', 'source', 'score', 'published', 'snippet']) },
    facets: obj(Object.fromEntries(['entities', 'eventTypes', 'years'].map((f) => [f, { type: 'array', items: obj({ value: str, label: str, count: { type: 'integer', description: 'results with this value, a near-duplicate group (one text on several sites) once' }, copies: { type: 'integer', description: 'the further results with this value that copy another of them (absent when none)' } }, ['value', 'label', 'count']) }]))),
  }),
  Graph: obj({ nodes: { type: 'array', items: ref('EntityItem') }, edges: { type: 'array', items: obj({ source: str, target: str, kind: { type: 'string', enum: ['co-mention', 'event'] }, weight: int, label: str }) } }),
  Overview: obj(
    {
      ...Object.fromEntries(['documents', 'entities', 'events', 'eventReports', 'figures', 'quotes', 'places', 'claims', 'disputedClaims', 'eventClaims', 'disputedEventClaims', 'eventsCompared'].map((k) => [k, int])),
      disputedEvents: { type: 'integer', description: 'merged events whose reports disagree (a date, a place or a count): the total of /api/events?disputed=true' },
      writable: { type: 'boolean' },
      curatable: { type: 'boolean' },
      computing: { type: 'boolean' },
      topEntities: {
        type: 'object',
        description: 'with ?top=N: per entity type, the first N entities of /api/entities?type=T (most articles first)',
        properties: Object.fromEntries(['PER', 'ORG', 'LOC', 'MISC'].map((t) => [t, { type: 'array', items: ref('EntityItem') }])),
        required: ['PER', 'ORG', 'LOC', 'MISC'],
      },
    },
    ['documents', 'entities', 'events', 'eventReports', 'figures', 'quotes', 'places', 'claims', 'disputedClaims', 'eventClaims', 'disputedEventClaims', 'eventsCompared', 'disputedEvents', 'writable', 'curatable', 'computing'],
  ),
  IngestResult: obj({
    result: {},
    documents: {
      type: 'array',
      description: 'The stored document: its id, whether its text was already stored (duplicate: the upload was added as a source of that document), its page in the web UI (url) and its API path',
      items: obj({ id: str, duplicate: { type: 'boolean' }, url: str, api: str }, ['id', 'duplicate', 'url', 'api']),
    },
  }, ['result', 'documents']),
  EntityDocumentPage: { allOf: [page('EntityDocument'), obj({ copies: int }, [])] },
  GraphEvidence: obj({
    documents: int,
    copies: int,
    sentences: { type: 'array', items: obj({ docId: str, docTitle: str, text: str, start: int, end: int }) },
    events: { type: 'array', items: obj({ key: str, type: str, title: str, date: timeValue }) },
  }, ['documents', 'sentences', 'events']),
  Timeline: obj({
    total: int, limit: int, offset: int, next, unplaced: int, computing: { type: 'boolean' },
    density: obj({ unit: str, buckets: { type: 'array', items: obj({ start: str, count: int }) } }),
    items: { type: 'array', items: obj({ key: str, type: str, title: str, date: timeValue, interval: obj({ start: str, end: str, precision: str }), articleDate: { type: 'boolean' }, documentCount: int, copies: int, disputed: { type: 'boolean' }, firstTitle: str, sentence: obj({ docId: str, start: int, end: int }), counts, disputedCounts }, ['key', 'type', 'title', 'date', 'interval', 'articleDate', 'documentCount', 'disputed', 'firstTitle']) },
  }, ['total', 'limit', 'offset', 'next', 'unplaced', 'density', 'items']),
  EntityDocument: obj({ id: str, title: str, source: str, published: nullableStr, mentions: int }),
  Curations: obj({ curations: { type: 'array', items: obj({ kind: str, relation: str, a: str, b: str, entityKey: { type: 'string', description: 'an entity split: the entity its mentions went to' }, aName: { type: 'string', description: 'an entity merge or split: the name of entity a' }, bName: { type: 'string', description: 'an entity merge: the name of entity b' }, docTitle: { type: 'string', description: 'an entity split: the title of article b' } }, ['kind', 'relation', 'a', 'b']) }, aliases: { type: 'array', items: obj({ type: str, alias: str, canonical: str }) } }),
  PlaceChoices: obj({ items: { type: 'array', items: obj({ name: str, country: nullableStr, countryCode: nullableStr, lat: num, lon: num, kind: str, ref: str }) } }),
  UploadBody: obj({ content: str, format: { type: 'string', enum: ['html', 'text'] }, name: str, url: { type: 'string', description: 'The web address to cite the article at (http or https)' } }, ['content', 'format']),
  CurationBody: obj({
    kind: { type: 'string', enum: ['entity', 'event', 'place', 'claim', 'document', 'collection'] },
    relation: { type: 'string', enum: ['merge', 'split', 'type', 'date', 'outlet', 'referent', 'dismiss'] },
    a: { type: 'string', description: 'entity: its key; event: docId#eventId; document: its id; collection: a source folder; place: the place key as extracted; claim: the claim key' },
    b: { type: 'string', description: 'merge: the other entity or event; entity split: the document; event split: ""; type: PER, ORG, LOC or MISC; date: YYYY, YYYY-MM or YYYY-MM-DD; outlet: its name; referent: the place meant, as JSON; dismiss: the claim\'s name' },
  }),
  AliasBody: obj({ type: { type: 'string', enum: ['PER', 'ORG', 'LOC', 'MISC'], description: 'adding: absent, the type of the stored entity the canonical name names' }, alias: str, canonical: str }, ['alias', 'canonical']),
  CurationResult: obj({ curation: obj({ kind: str, relation: str, a: str, b: str }), alias: obj({ type: str, alias: str, canonical: str }), mentionsChanged: int, entityKey: str }, ['mentionsChanged']),
};

function paramSchema(spec: ParamSpec): Schema {
  switch (spec.type) {
    case 'integer':
      return { type: 'integer', minimum: spec.min, maximum: spec.max, ...(spec.default !== undefined ? { default: spec.default } : {}) };
    case 'boolean':
      return { type: 'boolean', ...(spec.default !== undefined ? { default: spec.default } : {}) };
    case 'enum':
      return { type: 'string', enum: [...spec.values] };
    case 'date':
      return { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
    case 'string':
      return { type: 'string', maxLength: spec.maxLength ?? 200, ...(spec.pattern ? { pattern: spec.pattern.source } : {}) };
  }
}

export function openApiDocument(routes: Route[], version: string): Schema {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });
  for (const r of routes) {
    const pathParams = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: str }));
    const queryParams = Object.entries(r.query).map(([name, spec]) => ({ name, in: 'query', required: false, description: spec.description, schema: paramSchema(spec) }));
    (paths[r.path] ??= {})[r.method.toLowerCase()] = {
      summary: r.summary,
      tags: [r.tag],
      parameters: [...pathParams, ...queryParams],
      ...(r.write ? { security: [{ bearer: [] }] } : {}),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(r.body) } } } } : {}),
      responses: {
        '200': r.download
          ? { description: 'A file to save (Content-Disposition: attachment)', content: { 'text/csv': {}, 'application/x-ndjson': {}, 'application/xml': {} } }
          : { description: 'OK', content: { 'application/json': { schema: r.returns ? ref(r.returns) : { type: 'object' } } } },
        '400': error('Invalid parameters'),
        ...(pathParams.length ? { '404': error('Not found') } : {}),
        ...(r.write
          ? { '401': error('Missing bearer token'), '403': error('Wrong bearer token, or the server is read-only (started without --token)'), '413': error('Body too large'), '415': error('The body is not sent as application/json') }
          : {}),
        ...(r.returns === 'IngestResult' ? { '422': error('Nothing was stored: the article could not be read (the message says why)') } : {}),
        ...Object.fromEntries(Object.entries(r.errors ?? {}).map(([status, description]) => [status, error(description)])),
      },
    };
  }
  paths['/api/openapi.json'] = { get: { summary: 'This document', tags: ['meta'], responses: { '200': { description: 'OpenAPI 3 document' } } } };
  return {
    openapi: '3.0.3',
    info: {
      title: 'Chronicle API',
      version,
      description:
        'JSON API over a Chronicle knowledge base: reads for everyone, uploads and curation with the bearer token the server was started with (--token). ' +
        'Errors are {"error": message} with the status: 400 a bad parameter or body, 404 an unknown id or route, 405 a method the path does not take (Allow names those it does), ' +
        '421 a Host name the server does not answer to, 503 a request that took too long. Every page of a listing has total, limit, offset and next (the path of the next page, null on the last).',
    },
    paths,
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
