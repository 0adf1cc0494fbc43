import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServer, type TestServer } from './helpers.js';

let s: TestServer;
before(async () => {
  s = await fixtureServer();
});
after(() => s.close());

test('documents are paginated with a total', async () => {
  const all = await s.get('/api/documents');
  assert.equal(all.status, 200);
  assert.equal(all.body.total, 4);
  assert.equal(all.body.items.length, 4);
  const first = await s.get('/api/documents?limit=2');
  assert.deepEqual(first.body.items.map((d: { id: string }) => d.id), s.docIds.slice(0, 2));
  const rest = await s.get('/api/documents?limit=2&offset=2');
  assert.deepEqual(rest.body.items.map((d: { id: string }) => d.id), s.docIds.slice(2));
  assert.equal(rest.body.offset, 2);
});

test('bad query parameters are 400 with a clear message', async () => {
  const r = await s.get('/api/documents?limit=abc');
  assert.equal(r.status, 400);
  assert.match(r.body.error, /"limit" must be a whole number from 1 to 200/);
  assert.match((await s.get('/api/documents?limit=0')).body.error, /limit/);
  const unknown = await s.get('/api/documents?colour=red');
  assert.equal(unknown.status, 400);
  assert.match(unknown.body.error, /unknown query parameter "colour".*limit, offset/);
  assert.match((await s.get('/api/events?from=2016-13')).body.error, /YYYY-MM/);
  assert.equal((await s.get('/api/events?type=picnic')).status, 400);
});

test('one document comes with linked annotations; unknown ids are 404', async () => {
  const r = await s.get(`/api/documents/${s.docIds[0]}`);
  assert.equal(r.status, 200);
  assert.equal(r.body.title, 'Gunmen attack Istanbul airport, dozens killed');
  const mention = r.body.annotations.find((a: { kind: string; text: string }) => a.kind === 'mention' && a.text === 'Binali Yildirim');
  assert.equal(mention.entity, 'PER:binali yildirim');
  const event = r.body.annotations.find((a: { kind: string }) => a.kind === 'event');
  assert.equal(event.eventId, `${s.docIds[0]}:e1`);
  assert.equal(event.eventDocuments, 2, 'the attack is reported by two articles');
  assert.match(event.eventKey, /^evt_/);
  assert.equal(r.body.removed.length, 2);
  const missing = await s.get('/api/documents/nope');
  assert.equal(missing.status, 404);
  assert.match(missing.body.error, /no document "nope"/);
  assert.equal((await s.get(`/api/documents/${s.docIds[0].slice(0, 10)}`)).status, 200, 'id prefix works');
});

test('entities: counts, filter, detail with context, co-mentions, events and quotes', async () => {
  const list = await s.get('/api/entities?type=PER');
  assert.ok(list.body.items.every((e: { type: string }) => e.type === 'PER'));
  const aydar = list.body.items.find((e: { key: string }) => e.key === 'PER:selim aydar');
  assert.deepEqual([aydar.mentions, aydar.documents], [2, 2]);
  assert.equal((await s.get('/api/entities?q=aydar')).body.total, 1);

  const r = await s.get(`/api/entities/${encodeURIComponent('PER:selim aydar')}`);
  assert.equal(r.status, 200);
  assert.equal(r.body.mentionsInContext.total, 2);
  const ctx = r.body.mentionsInContext.items.find((m: { docId: string }) => m.docId === s.docIds[1]);
  assert.equal(ctx.text, 'Selim Aydar');
  assert.match(ctx.before, /Interior Minister $/);
  assert.ok(r.body.coMentioned.some((e: { key: string }) => e.key === 'LOC:paris'));
  assert.equal(r.body.quotes.length, 1);
  assert.match(r.body.quotes[0].text, /We will find everyone/);

  const yildirim = await s.get(`/api/entities/${encodeURIComponent('LOC:istanbul')}`);
  assert.ok(yildirim.body.events.some((e: { interval: { start: string } | null }) => e.interval?.start === '2016-06-28'));
  assert.equal(yildirim.body.place.lat, 41.0082);
  assert.equal((await s.get('/api/entities/PER%3Anobody')).status, 404);
});

test('events filter by type, date range, place, entity and datedness', async () => {
  const all = await s.get('/api/events');
  assert.equal(all.body.total, 7, 'eight reports, two of them of one attack');
  const starts = all.body.items.map((e: { interval: { start: string } | null }) => e.interval?.start ?? null);
  assert.deepEqual(starts.slice(0, 5), ['2015-01-01', '2016-06-28', '2016-07-01', '2017-01-01', '2017-01-16'], 'date order, undated last');
  const june = await s.get('/api/events?from=2016-06&to=2016-06');
  assert.deepEqual(june.body.items.map((e: { type: string }) => e.type), ['attack']);
  const in2016 = await s.get('/api/events?from=2016&to=2016');
  assert.equal(in2016.body.total, 2, 'the July meeting (month range) overlaps 2016');
  assert.equal((await s.get('/api/events?type=attack')).body.total, 3);
  assert.equal((await s.get('/api/events?place=istanbul')).body.total, 2);
  assert.equal((await s.get('/api/events?place=Turkey')).body.total, 4, 'country matches');
  const byEntity = await s.get(`/api/events?entity=${encodeURIComponent('PER:arman kelesov')}`);
  assert.deepEqual(byEntity.body.items.map((e: { type: string }) => e.type), ['arrest']);
  const undated = await s.get('/api/events?dated=false');
  assert.equal(undated.body.total, 2);
  assert.ok(undated.body.items.some((e: { date: { iso: string } | null }) => e.date?.iso === '--10-21'));
  const one = await s.get(`/api/events/${encodeURIComponent(s.docIds[1] + ':e1')}`);
  assert.equal(one.body.reports[0].trigger, 'killed');
  assert.equal((await s.get(`/api/events/${encodeURIComponent(one.body.key)}`)).body.key, one.body.key, 'by its own key too');
  assert.equal((await s.get('/api/events/x%3Ay')).status, 404);
});

test("an entity's articles are paged and sorted by date, mentions or title", async () => {
  const key = encodeURIComponent('LOC:istanbul');
  const byDate = (await s.get(`/api/entities/${key}/documents`)).body;
  assert.equal(byDate.total, 3);
  const dates = byDate.items.map((d: { published: string | null }) => d.published ?? '');
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  const second = (await s.get(`/api/entities/${key}/documents?limit=1&offset=1`)).body;
  assert.deepEqual([second.total, second.items.map((d: { id: string }) => d.id)], [3, [byDate.items[1].id]]);
  const titles = (await s.get(`/api/entities/${key}/documents?sort=title`)).body.items.map((d: { title: string }) => d.title);
  assert.deepEqual(titles, [...titles].sort());
  assert.ok(byDate.items.every((d: { source: string; mentions: number }) => d.source && d.mentions > 0));
});

test('listings bound what each item carries: reports per event, documents and events per place; an event page pages its reports', async () => {
  const [attack] = (await s.get('/api/events?type=attack&from=2016-06&to=2016-06')).body.items;
  assert.equal(attack.reports.length, 2);
  const brief = (await s.get('/api/events?type=attack&from=2016-06&to=2016-06&reports=1')).body.items[0];
  assert.deepEqual([brief.reports.length, brief.reportCount], [1, 2]);
  const [first, second] = attack.reports.map((r: { key: string }) => r.key);
  const paged = (await s.get(`/api/events/${encodeURIComponent(attack.key)}?limit=1&offset=1`)).body;
  assert.deepEqual([paged.reports.map((r: { key: string }) => r.key), paged.reportCount], [[second], 2]);
  const named = (await s.get(`/api/events/${encodeURIComponent(second)}?limit=1`)).body;
  assert.deepEqual(named.reports.map((r: { key: string }) => r.key), [first, second], 'the report the key names is kept');
  const whole = (await s.get(`/api/events/${encodeURIComponent(attack.key)}`)).body;
  assert.deepEqual([whole.reports.length, whole.reportCount], [2, undefined]);
  const places = (await s.get('/api/places')).body.items as Array<{ documents: unknown[]; events: unknown[] }>;
  assert.ok(places.every((p) => p.documents.length <= 5 && p.events.length <= 5));
  assert.ok((await s.get('/api/places?brief=true')).body.items.every((p: { documents: unknown[] }) => p.documents.length === 0));
});

test('reports of one attack in two articles are one event; their disagreement is kept', async () => {
  const attacks = await s.get('/api/events?type=attack&from=2016-06&to=2016-06');
  assert.equal(attacks.body.total, 1);
  const e = attacks.body.items[0];
  assert.equal(e.documentCount, 2);
  assert.deepEqual(e.reports.map((r: { docId: string }) => r.docId).sort(), [s.docIds[0], s.docIds[3]].sort());
  assert.equal(e.date.iso, '2016-06-28');
  assert.equal(e.place.place.name, 'Istanbul');
  assert.equal(e.title, 'Attack on Ataturk Airport in Istanbul');
  const killed = e.conflicts.find((c: { field: string }) => c.field === 'killed');
  assert.deepEqual(killed.values.map((v: { count: { value: number } }) => v.count.value).sort(), [41, 45]);
  assert.equal(e.counts.killed, undefined, 'a disputed count is not given as agreed');
  assert.equal(e.counts.injured.value, 200, 'a count only one report gives is kept');
  for (const r of e.reports) assert.equal(r.sentence.slice(r.triggerSpan.start, r.triggerSpan.end), r.trigger);
  const viaReport = await s.get(`/api/events/${encodeURIComponent(s.docIds[3] + ':e1')}`);
  assert.equal(viaReport.body.key, e.key, 'a report key opens its merged event');
  const byPlace = await s.get('/api/entities/' + encodeURIComponent('LOC:istanbul'));
  assert.equal(byPlace.body.events.filter((x: { key: string }) => x.key === e.key).length, 1, 'listed once on the entity page');
});

test('claims group figures about the same quantity: a rising toll is an update, a contradiction a dispute', async () => {
  const compared = await s.get('/api/claims?multi=true');
  assert.equal(compared.body.total, 2);
  const detained = compared.body.items.find((c: { values: number[] }) => c.values.includes(1700));
  assert.deepEqual(detained.values, [1700, 2500]);
  assert.deepEqual([detained.relation, detained.disputed], ['update', false], '1,700 detained, then about 2,500 seven months later');
  assert.deepEqual(detained.figures.map((f: { value: number }) => f.value), [1700, 2500], 'in publication order');
  assert.deepEqual(detained.figures.map((f: { source: string }) => f.source), ['the Interior Ministry', 'Human Rights Watch']);
  assert.match(detained.reason, /detained/);
  const f = detained.figures[0];
  assert.match(f.evidence, /detained/);
  assert.equal(f.evidence.slice(f.evidenceSpan.start, f.evidenceSpan.end), f.text);

  const disputed = await s.get('/api/claims?disputed=true');
  assert.equal(disputed.body.total, 1);
  const charged = disputed.body.items[0];
  assert.deepEqual(charged.values, [11, 13]);
  assert.deepEqual([charged.relation, charged.disputed], ['contradictory', true], 'a count that falls a day later is no update');
  assert.deepEqual(charged.figures.map((f: { source: string }) => f.source), ['the justice ministry', 'A court official']);
  assert.match(charged.reason, /prosecuted/);
  // its sources named as their cards name them: descriptions quoted and marked, not as stored
  assert.match(charged.reason, /; sources: “the justice ministry” \(not identified\), “A court official” \(not identified\)$/);
  const cut = (await s.get(`/api/claims?key=${encodeURIComponent(charged.key)}&figures=1`)).body.items[0];
  assert.match(cut.reason, /; sources: “the justice ministry” \(not identified\) and others$/, 'the sources of figures not sent are not read');
  const undisputed = await s.get('/api/claims?disputed=false');
  assert.ok(undisputed.body.items.every((c: { disputed: boolean }) => !c.disputed));
  assert.ok(undisputed.body.items.some((c: { key: string }) => c.key === detained.key));
  const one = (await s.get(`/api/claims?key=${encodeURIComponent(detained.key)}&figures=1`)).body;
  assert.deepEqual([one.total, one.items[0].key, one.items[0].figures.length, one.items[0].figureCount], [1, detained.key, 1, 2], 'one claim by key, its figures cut');
  assert.equal(detained.figureCount, undefined, 'not cut: no count');
  assert.equal((await s.get('/api/claims?key=nothing')).body.total, 0);
  assert.equal((await s.get('/api/figures')).body.total, 5);
  assert.equal((await s.get('/api/quotes?speaker=Yildirim')).body.total, 1);
});

test('the overview gives the first view in one request: top entities per type and disputed events, as their own routes do', async () => {
  const plain = (await s.get('/api/overview')).body;
  assert.equal(plain.topEntities, undefined, 'only when asked for');
  assert.equal(plain.disputedEvents, (await s.get('/api/events?disputed=true&limit=1&reports=1')).body.total);
  assert.ok(plain.disputedEvents > 0, 'the fixture has an event whose reports disagree');
  const o = (await s.get('/api/overview?top=2')).body;
  assert.deepEqual(Object.keys(o.topEntities), ['PER', 'ORG', 'LOC', 'MISC']);
  for (const type of ['PER', 'ORG', 'LOC', 'MISC'])
    assert.deepEqual(o.topEntities[type], (await s.get(`/api/entities?type=${type}&limit=2`)).body.items, type);
  assert.ok(o.topEntities.LOC.length > 0);
  assert.equal((await s.get('/api/overview?top=101')).status, 400);
});

test('a quote has its own address, the key every listing gives it', async () => {
  const listed = (await s.get('/api/quotes')).body.items as Array<{ key: string; docId: string; start: number; end: number }>;
  assert.ok(listed.length > 0);
  for (const q of listed) {
    assert.equal(q.key, `${q.docId}:${q.start}-${q.end}`);
    const one = await s.get(`/api/quotes/${encodeURIComponent(q.key)}`);
    assert.equal(one.status, 200);
    assert.deepEqual(one.body, q, 'the same item as the listing');
  }
  const spoken = (await s.get('/api/quotes?speaker=Yildirim')).body.items[0];
  const entity = (await s.get(`/api/entities/${encodeURIComponent(spoken.speakerEntity)}`)).body;
  assert.ok(entity.quotes.some((q: { key: string }) => q.key === spoken.key), "the speaker's page gives the same key");
  const [docId] = listed[0].key.split(':');
  const missing = await s.get(`/api/quotes/${docId}:0-1`);
  assert.equal(missing.status, 404);
  assert.match(missing.body.error, /no quote/);
  const malformed = await s.get('/api/quotes/not-a-key');
  assert.equal(malformed.status, 404);
  assert.match(malformed.body.error, /DOCID:START-END/);
});

test('search returns highlighted snippet parts and facets; filters narrow it', async () => {
  const r = await s.get('/api/search?q=Istanbul');
  assert.equal(r.status, 200);
  assert.equal(r.body.total, 3);
  assert.ok(r.body.items[0].snippet.some((p: { text: string; match: boolean }) => p.match && /istanbul/i.test(p.text)));
  assert.ok(r.body.facets.entities.some((f: { value: string; count: number }) => f.value === 'LOC:istanbul' && f.count === 3));
  assert.deepEqual(r.body.facets.years.map((y: { value: string }) => y.value), ['2017', '2016']);
  assert.ok(r.body.items.every((i: { source: string }) => i.source), 'each shown hit names its source');
  const narrowed = await s.get('/api/search?q=Istanbul&year=2017');
  assert.equal(narrowed.body.total, 1);
  assert.equal(narrowed.body.facets.entities.find((f: { value: string }) => f.value === 'LOC:istanbul')?.count, 1, 'facets count the filtered hits');
  assert.equal((await s.get('/api/search?q=Istanbul&entity=LOC:istanbul')).body.total, 3);
  assert.equal((await s.get('/api/search?q=Istanbul&entity=LOC:nowhere')).body.total, 0);
  const source = r.body.items[0].source as string;
  assert.ok((await s.get(`/api/search?q=Istanbul&source=${encodeURIComponent(source)}`)).body.items.every((i: { source: string }) => i.source === source));
  const byEntity = await s.get('/api/search?entity=LOC:istanbul');
  assert.equal(byEntity.body.total, 3);
  assert.ok(byEntity.body.items.every((i: { source: string }) => i.source), 'an entity search names sources too');
  assert.equal((await s.get('/api/search?q=Istanbul&eventType=arrest')).body.total, 1);
  const missing = await s.get('/api/search');
  assert.equal(missing.status, 400);
  assert.match(missing.body.error, /"q" is required/);
});

test('places carry coordinates, documents and events; the graph links entities', async () => {
  const places = await s.get('/api/places');
  const ist = places.body.items.find((p: { name: string }) => p.name === 'Istanbul');
  assert.deepEqual([ist.lat, ist.lon, ist.documentCount, ist.documents.length, ist.eventCount], [41.0082, 28.9784, 3, 3, 2]);
  assert.ok(ist.events.some((e: { title: string; documentCount: number }) => e.documentCount === 2 && /^Attack/.test(e.title)));
  assert.equal(ist.entity, 'LOC:istanbul');
  const g = await s.get('/api/graph?types=PER,ORG');
  assert.ok(g.body.nodes.every((n: { type: string }) => n.type === 'PER' || n.type === 'ORG'));
  assert.ok(g.body.edges.some((e: { kind: string }) => e.kind === 'co-mention'));
  const withEvents = await s.get('/api/graph');
  assert.ok(withEvents.body.edges.some((e: { kind: string; label: string }) => e.kind === 'event' && e.label === 'arrest'));
  assert.equal((await s.get('/api/graph?types=PER;DROP')).status, 400);
});

test('overview, OpenAPI document, 404 and 405', async () => {
  const o = await s.get('/api/overview');
  assert.deepEqual([o.body.documents, o.body.events, o.body.eventReports, o.body.disputedClaims, o.body.writable], [4, 7, 8, 1, false]);
  // Events more than one article reports: the ones the library counts as compared, beside figures.
  const events = (await s.get('/api/events?limit=100&reports=0')).body.items as Array<{ documentCount: number }>;
  assert.equal(o.body.eventsCompared, events.filter((e) => e.documentCount > 1).length);
  assert.ok(o.body.eventsCompared > 0, 'the fixture has an event two articles report');
  const api = await s.get('/api/openapi.json');
  assert.equal(api.body.openapi, '3.0.3');
  assert.ok(api.body.paths['/api/events'].get.parameters.some((p: { name: string }) => p.name === 'from'));
  assert.ok(api.body.paths['/api/entities/{key}'].get.responses['404']);
  for (const r of Object.values(api.body.paths) as Array<Record<string, { responses: Record<string, { content?: { 'application/json'?: { schema: { $ref?: string } } } }> }>>)
    for (const op of Object.values(r)) {
      const ref = op.responses['200'].content?.['application/json']?.schema.$ref;
      if (ref) assert.ok(api.body.components.schemas[ref.split('/').pop()!], `${ref} is defined`);
    }
  const nf = await s.get('/api/nothing');
  assert.equal(nf.status, 404);
  assert.match(nf.body.error, /no API route/);
  const wrong = await s.get('/api/documents/x', { method: 'DELETE' });
  assert.equal(wrong.status, 405);
  assert.equal(wrong.headers.get('access-control-allow-origin'), null, 'no CORS header without --cors');
});

test('timeline: placed and unplaced events agree with the event listing; a cut page keeps the most reported', async () => {
  const all = await s.get('/api/timeline');
  assert.equal(all.status, 200);
  const placed = await s.get('/api/events?articleDates=true&dated=true&limit=1000&reports=0');
  const unplaced = await s.get('/api/events?articleDates=true&dated=false&limit=1000&reports=0');
  assert.ok(placed.body.total > 0);
  assert.equal(all.body.total, placed.body.total);
  assert.equal(all.body.unplaced, unplaced.body.total);
  assert.equal(all.body.density.buckets.reduce((n: number, b: { count: number }) => n + b.count, 0), all.body.total);
  const starts = all.body.items.map((e: { interval: { start: string } }) => e.interval.start);
  assert.deepEqual(starts, [...starts].sort(), 'drawn in date order');

  const top = await s.get('/api/timeline?limit=1');
  const most = Math.max(...all.body.items.map((e: { documentCount: number }) => e.documentCount));
  assert.equal(top.body.items[0].documentCount, most, 'the most reported event is kept when the page is cut');
  assert.equal(top.body.total, all.body.total, 'the count and density cover every match, not the page');

  const type = all.body.items[0].type as string;
  const ofType = await s.get(`/api/timeline?type=${type}`);
  assert.ok(ofType.body.items.every((e: { type: string }) => e.type === type));
  assert.equal(ofType.body.total, (await s.get(`/api/events?type=${type}&articleDates=true&dated=true&reports=0`)).body.total);

  const from = starts[starts.length - 1] as string;
  const later = await s.get(`/api/timeline?from=${from}`);
  assert.equal(later.body.total, (await s.get(`/api/events?from=${from}&articleDates=true&dated=true&reports=0`)).body.total);
  assert.ok(later.body.items.every((e: { interval: { end: string } }) => e.interval.end > from));
  assert.equal(later.body.unplaced, all.body.unplaced, 'a date range leaves the unplaced count alone');
});
