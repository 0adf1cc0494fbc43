// Every GET route's answer over the fixture corpus, checked against the schema the server's own
// OpenAPI document gives for it: required fields present, types as declared, no field it does not
// describe. A client generated from /api/openapi.json reads what the server sends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServer, type TestServer } from './helpers.js';

type Schema = {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
};

/** Problems of `value` against `schema`, each as "path: what". */
export function schemaProblems(value: unknown, schema: Schema, schemas: Record<string, Schema>, path = '$'): string[] {
  const resolve = (s: Schema): Schema => (s.$ref ? resolve(schemas[s.$ref.split('/').pop()!]) : s);
  const s = resolve(schema);
  if (s.allOf) {
    const parts = s.allOf.map(resolve);
    const problems = parts.flatMap((p) => schemaProblems(value, { ...p, properties: undefined, required: p.required }, schemas, path));
    const properties = Object.assign({}, ...parts.map((p) => p.properties ?? {})) as Record<string, Schema>;
    return [...problems, ...schemaProblems(value, { type: 'object', properties }, schemas, path)];
  }
  if (value === null) return s.nullable || !s.type ? [] : [`${path}: null, but not nullable`];
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  const fits = !s.type || s.type === actual || (s.type === 'number' && actual === 'integer');
  if (!fits) return [`${path}: ${actual}, declared ${s.type}`];
  if (s.enum && !s.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} is not one of ${s.enum.join(', ')}`];
  const out: string[] = [];
  if (Array.isArray(value) && s.items) value.forEach((v, i) => out.push(...schemaProblems(v, s.items!, schemas, `${path}[${i}]`)));
  if (actual === 'object' && value && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    for (const r of s.required ?? []) if (!(r in o)) out.push(`${path}.${r}: required, missing`);
    for (const [k, v] of Object.entries(o)) {
      if (s.properties?.[k]) out.push(...schemaProblems(v, s.properties[k], schemas, `${path}.${k}`));
      else if (typeof s.additionalProperties === 'object') out.push(...schemaProblems(v, s.additionalProperties, schemas, `${path}.${k}`));
      else if (s.properties && s.additionalProperties === undefined) out.push(`${path}.${k}: not in the schema`);
    }
  }
  return out;
}

let s: TestServer;
before(async () => {
  s = await fixtureServer();
});
after(() => s.close());

test('every GET route answers what its OpenAPI schema describes', async () => {
  const spec = (await s.get('/api/openapi.json')).body as {
    paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>;
    components: { schemas: Record<string, Schema> };
  };
  const event = (await s.get('/api/events?limit=1')).body.items[0].key as string;
  const place = (await s.get('/api/places?limit=1')).body.items[0].key as string;
  const claim = (await s.get('/api/claims?limit=1')).body.items[0]?.key as string | undefined;
  const quote = (await s.get('/api/quotes?limit=1')).body.items[0].key as string;
  const entity = 'PER:selim aydar';
  const other = (await s.get(`/api/entities/${encodeURIComponent(entity)}`)).body.coMentioned[0].key as string;
  const filled: Record<string, string[]> = {
    '/api/documents/{id}': s.docIds.map((id) => `/api/documents/${id}`),
    '/api/entities/{key}': [`/api/entities/${encodeURIComponent(entity)}?limit=1`, `/api/entities/${encodeURIComponent(other)}`],
    '/api/entities/{key}/documents': [`/api/entities/${encodeURIComponent(entity)}/documents?limit=1`],
    '/api/events/{key}': [`/api/events/${event}`],
    '/api/places/{key}': [`/api/places/${encodeURIComponent(place)}`],
    '/api/graph/evidence': [`/api/graph/evidence?a=${encodeURIComponent(entity)}&b=${encodeURIComponent(other)}`],
    '/api/search': ['/api/search?q=attack', '/api/search?q=airport&limit=1'],
    '/api/gazetteer': ['/api/gazetteer?q=Istanbul'],
    '/api/claims': ['/api/claims', ...(claim ? [`/api/claims?key=${encodeURIComponent(claim)}`] : [])],
    '/api/claims/{key}': claim ? [`/api/claims/${encodeURIComponent(claim)}`] : [],
    '/api/quotes/{key}': [`/api/quotes/${encodeURIComponent(quote)}`],
    '/api/events': ['/api/events?limit=2', '/api/events?disputed=true'],
    '/api/overview': ['/api/overview', '/api/overview?top=3'],
  };
  let checked = 0;
  const problems: string[] = [];
  for (const [path, ops] of Object.entries(spec.paths)) {
    const schema = ops.get?.responses['200'].content?.['application/json']?.schema;
    if (!schema || path === '/api/openapi.json') continue;
    for (const url of filled[path] ?? [path]) {
      const r = await s.get(url);
      assert.equal(r.status, 200, `${url}: ${JSON.stringify(r.body).slice(0, 200)}`);
      problems.push(...schemaProblems(r.body, schema, spec.components.schemas).map((p) => `${url} ${p}`));
      checked++;
    }
  }
  assert.ok(checked >= 20, `checked ${checked} answers`);
  assert.deepEqual(problems, []);
});

test('each writing route describes its own request body', async () => {
  const spec = (await s.get('/api/openapi.json')).body as {
    paths: Record<string, { post?: { requestBody?: { content: { 'application/json': { schema: { $ref: string } } } } } }>;
    components: { schemas: Record<string, { required?: string[] }> };
  };
  const body = (path: string) => spec.components.schemas[spec.paths[path].post!.requestBody!.content['application/json'].schema.$ref.split('/').pop()!];
  assert.deepEqual(body('/api/documents').required, ['content', 'format']);
  assert.deepEqual(body('/api/curations').required, ['kind', 'relation', 'a', 'b']);
  assert.deepEqual(body('/api/curations/undo').required, ['kind', 'relation', 'a', 'b']);
  assert.deepEqual(body('/api/aliases').required, ['alias', 'canonical']);
});
