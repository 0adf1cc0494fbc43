// GET /api/export: the files of `chronicle export`, offered to a browser as downloads, byte for
// byte what the command writes, streamed with a file name; a wrong combination is a clear 400.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { fixtureServer, type TestServer } from './helpers.js';
import { runExport } from '../../src/export/index.js';
import { streamOutput } from '../../src/export/output.js';

let server: TestServer;
before(async () => {
  server = await fixtureServer();
});
after(async () => {
  await server.close();
});

/** What `chronicle export` writes for these options, as text. */
async function cliExport(opts: Parameters<typeof runExport>[2]): Promise<string> {
  let text = '';
  const sink = new Writable({ write(chunk, _enc, done) { text += String(chunk); done(); } });
  const out = streamOutput(sink, async () => {}, async () => {});
  await runExport(server.store, out, opts);
  await out.close();
  return text;
}

test('figures as CSV: an attachment named for its table, the same text the command line exports', async () => {
  const res = await fetch(`${server.url}/api/export?format=csv&type=figures`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
  assert.equal(res.headers.get('content-disposition'), 'attachment; filename="chronicle-figures.csv"');
  // byte for byte (res.text() would drop the byte-order mark the file starts with)
  const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
  assert.equal(text.split('\n')[0].trimEnd(), '\uFEFFdoc,value,qualifier,what,source,evidence,start,end,text,vague_words,unit,change,qualifier_words,source_text,source_entity,source_start,source_end');
  const figures = (await server.get('/api/figures?limit=1')).body as { total: number };
  assert.ok(figures.total > 0, 'the fixture has figures');
  assert.equal(text, await cliExport({ format: 'csv', type: 'figures' }));
});

test('the whole knowledge base as JSON Lines and GraphML, each under its own name', async () => {
  const jsonl = await fetch(`${server.url}/api/export?format=jsonl`);
  assert.equal(jsonl.headers.get('content-disposition'), 'attachment; filename="chronicle-documents.jsonl"');
  assert.equal(await jsonl.text(), await cliExport({ format: 'jsonl' }));
  const graph = await fetch(`${server.url}/api/export?format=graphml`);
  assert.match(graph.headers.get('content-type') ?? '', /^application\/xml/);
  assert.match(await graph.text(), /^<\?xml[^>]*>\s*<graphml/);
});

test('GraphML of one kind of edge, as `export --edges` writes it; edges with another format is a 400', async () => {
  const directed = await fetch(`${server.url}/api/export?format=graphml&edges=event-role`);
  assert.equal(directed.status, 200);
  const text = await directed.text();
  assert.equal(text, await cliExport({ format: 'graphml', edges: 'event-role' }));
  assert.notEqual(text, await cliExport({ format: 'graphml' }), 'the fixture has co-mention edges that this file leaves out');
  const csv = await server.get('/api/export?format=csv&edges=co-mention');
  assert.equal(csv.status, 400);
  assert.match(csv.body.error, /edges applies to graphml only/);
  assert.equal((await server.get('/api/export?format=graphml&edges=friends')).status, 400);
});

test('a table with a whole-graph format, or an unknown table, is a 400 that says why', async () => {
  const ftm = await server.get('/api/export?format=ftm&type=events');
  assert.equal(ftm.status, 400);
  assert.match(ftm.body.error, /type applies to csv and jsonl/);
  const unknown = await server.get('/api/export?format=csv&type=people');
  assert.equal(unknown.status, 400);
  assert.match(unknown.body.error, /type/);
});

test('the OpenAPI document describes the download', async () => {
  const doc = (await server.get('/api/openapi.json')).body as { paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, unknown> }> } }> };
  assert.ok(doc.paths['/api/export']?.get?.responses['200'].content?.['text/csv']);
});
