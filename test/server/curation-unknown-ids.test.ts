// POST /api/curations refuses a merge, split or type correction naming an entity, event or document
// that nothing stored carries, as `chronicle merge` and `split` do: 404, an error naming the id and
// where ids come from, and nothing stored. The OpenAPI document lists that answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveIngestedTexts } from './helpers.js';

const TOKEN = 'unknown-ids-token';

test('a curation naming ids nothing stored carries is refused with 404 and says which; a real one is kept', async () => {
  const server = await serveIngestedTexts({
    'bakery.txt': 'Baker held in Tartu\n\nPolice in Tartu arrested a baker on Friday, the city prosecutor Mart Kask said. Kask said the baker had sold spoiled bread.\n',
    'mill.txt': 'Miller held in Tartu\n\nPolice in Tartu arrested a miller on Saturday, the city prosecutor Mart Kask said.\n',
  }, TOKEN);
  const get = server.get;
  const post = (body: unknown) => server.post('/api/curations', body);
  try {
    const kask = ((await get('/api/entities?q=Kask')).body as { items: Array<{ key: string; name: string }> }).items.find((e) => e.name === 'Mart Kask');
    assert.ok(kask, 'Mart Kask is an entity');
    const events = ((await get('/api/events?limit=10')).body as { items: Array<{ reports: Array<{ docId: string; id: string }> }> }).items.flatMap((e) => e.reports);
    assert.ok(events.length >= 2, 'both arrests are reported');
    const [first, second] = events.map((e) => `${e.docId}#${e.id}`);

    const refused = [
      [{ kind: 'entity', relation: 'merge', a: kask.key, b: 'per_no_such_person' }, /^no entity per_no_such_person is stored: nothing was merged \(an entity id is the key of \/api\/entities\)$/],
      [{ kind: 'entity', relation: 'merge', a: 'per_nobody', b: 'per_no_one' }, /^no entity per_nobody or per_no_one is stored/],
      [{ kind: 'entity', relation: 'split', a: 'per_nobody', b: events[0].docId }, /^no entity per_nobody is stored: nothing was split/],
      [{ kind: 'entity', relation: 'split', a: kask.key, b: 'no-such-article' }, /^no document no-such-article is stored: nothing was split/],
      [{ kind: 'entity', relation: 'type', a: 'per_nobody', b: 'ORG' }, /^no entity per_nobody is stored: nothing was changed/],
      [{ kind: 'event', relation: 'merge', a: first, b: `${events[0].docId}#e999` }, /^no event \S+#e999 is stored: nothing was merged \(an event report is named "docId#id", from a report of \/api\/events\)$/],
      [{ kind: 'event', relation: 'split', a: 'no-such-article#e1' }, /^no event no-such-article#e1 is stored: nothing was split/],
    ] as const;
    for (const [body, message] of refused) {
      const res = await post(body);
      assert.equal(res.status, 404, JSON.stringify({ body, answer: res.body }));
      assert.match(res.body.error, message);
    }
    assert.deepEqual((await get('/api/curations')).body.curations, [], 'nothing is stored');

    const merged = await post({ kind: 'event', relation: 'merge', a: first, b: second });
    assert.equal(merged.status, 200, JSON.stringify(merged.body));
    assert.equal((await get('/api/curations')).body.curations.length, 1, 'a merge of stored events is kept');

    const spec = (await get('/api/openapi.json')).body as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    assert.ok(spec.paths['/api/curations'].post.responses['404'], 'the OpenAPI document lists the 404');
  } finally {
    await server.close();
  }
});
