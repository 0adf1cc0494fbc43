// The analyst's workbench in a real browser: citations that land on their sentence, search words
// highlighted, curation behind the write token (undoable, kept through re-ingest), the timeline's
// filters, entity → articles, wildcard search, and axe-core with no serious or critical violations.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { eventually, fixtureServerSuite, serveFolders, skip, type ServedStore } from './browser.js';
import { ingest } from '../../src/ingest/index.js';
import { applyEntityCurations } from '../../src/corpus/curation.js';
import { projectPath } from '../../src/paths.js';

const SHOTS = 'test-artifacts/screenshots';
const TOKEN = 'workbench-test-token';
const problems: string[] = [];
const web = fixtureServerSuite({ token: TOKEN }, () => {
  web.page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  mkdirSync(SHOTS, { recursive: true });
});

async function open(hash: string, ready: string): Promise<void> {
  await web.page.goto(`${web.server.url}/${hash}`);
  // a hang guard, not a speed check: a busy shared machine may take long to render a view
  await web.page.waitForSelector(ready, { timeout: 120_000 });
}

/** axe-core in the page: the serious and critical violations, as "rule: target" lines. */
export async function axeViolations(p: Page): Promise<string[]> {
  await p.mouse.move(0, 0); // no hover state
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await p.evaluate(source); // evaluated by the test driver, so the page's CSP does not block it
  const result = await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id}: ${JSON.stringify(n.target)} ${(n as { failureSummary?: string }).failureSummary ?? ""}`));
}

test('a citation lands on its sentence even when no annotation starts there; copy citation; dismiss', { skip }, async () => {
  const doc = (await web.server.get(`/api/documents/${web.server.docIds[0]}`)).body as { text: string; title: string };
  const cited = 'the attackers arrived by taxi';
  const start = doc.text.indexOf(cited);
  assert.ok(start > 0);
  await open(`#/doc/${web.server.docIds[0]}?hl=${start}-${start + cited.length}`, 'mark.cite-span');
  assert.equal((await web.page.locator('mark.cite-span').allInnerTexts()).join(''), cited, 'exactly the cited words');
  const sentence = (await web.page.locator('.cite-sentence').allInnerTexts()).join('');
  assert.match(sentence, /^Prime Minister Binali Yildirim said the attackers arrived by taxi\.$/, 'the whole sentence, nothing more');
  // The cited span is on screen (scrolled to), and keeps its highlight (no fading flash).
  const box = (await web.page.locator('mark.cite-span').first().boundingBox())!;
  const viewport = web.page.viewportSize()!;
  assert.ok(box.y > 0 && box.y + box.height < viewport.height, `cited span on screen at y=${box.y}`);
  await web.page.waitForTimeout(300);
  assert.equal(await web.page.locator('mark.cite-span').count(), 1);
  await web.page.getByRole('button', { name: 'Copy citation' }).click();
  const citation = await web.page.locator('.citation-text').innerText();
  assert.match(citation, /“the attackers arrived by taxi”/);
  assert.match(citation, /Gunmen attack Istanbul airport/);
  assert.match(citation, /29 June 2016/);
  assert.ok(citation.includes(`${web.server.url}/#/doc/${web.server.docIds[0]}?hl=${start}-`), citation);
  await web.page.screenshot({ path: `${SHOTS}/reader-citation.png` });
  await web.page.getByRole('button', { name: 'Dismiss highlight' }).click();
  assert.equal(await web.page.locator('mark.cite-span, .cite-sentence').count(), 0);
  assert.match(await web.page.locator('.reader-text').innerText(), /the attackers arrived by taxi/, 'the text is intact after dismissing');
});

test('an event report link marks the report sentence', { skip }, async () => {
  const events = (await web.server.get('/api/events?limit=100')).body as { items: Array<{ reports: Array<{ docId: string; sentence: string; sentenceSpan: { start: number; end: number } }> }> };
  const reports = events.items.flatMap((e) => e.reports);
  assert.ok(reports.length >= 4);
  for (const r of reports) {
    await open(`#/doc/${r.docId}?hl=${r.sentenceSpan.start}-${r.sentenceSpan.end}`, '.cite-sentence');
    assert.equal((await web.page.locator('.cite-sentence').allInnerTexts()).join('').trim(), r.sentence.trim());
  }
});

test('search words are highlighted in the opened article', { skip }, async () => {
  await open(`#/doc/${web.server.docIds[0]}?q=${encodeURIComponent('gunm* airport -taxi')}`, 'mark.search-hit');
  const hits = (await web.page.locator('mark.search-hit').allInnerTexts()).map((t) => t.toLowerCase());
  assert.ok(hits.includes('gunmen') && hits.includes('airport'), hits.join(','));
  assert.ok(!hits.includes('taxi'), 'excluded words are not highlighted');
});

// ---------- curation, on the demo corpus run through the real pipeline ----------

let demo: ServedStore | undefined;

async function demoServer(): Promise<ServedStore> {
  demo ??= await serveFolders(web.webDir, [projectPath('demo')], { token: TOKEN });
  return demo;
}

after(async () => {
  await demo?.close();
});

async function getJson<T>(base: string, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(base + path);
  return { status: res.status, body: (await res.json()) as T };
}

async function openDemo(hash: string, ready: string): Promise<void> {
  const d = await demoServer();
  await web.page.goto(`${d.url}/${hash}`);
  // a hang guard, not a speed check: a busy shared machine may take long to render a view
  await web.page.waitForSelector(ready, { timeout: 120_000 });
}

async function giveToken(): Promise<void> {
  const form = web.page.locator('.curation .token-form');
  if (await form.count()) {
    await form.locator('input').fill(TOKEN);
    await form.getByRole('button', { name: 'Edit' }).click();
  }
}

// Before the curation tests, so the screenshots show the demo as ingested.
test('every view at 1440×900 and 400×800: axe-core finds nothing serious or critical, no sideways scrolling; screenshots', { skip }, async () => {
  const d = await demoServer();
  const docs = (await getJson<{ items: Array<{ id: string }> }>(d.url, '/api/documents?limit=1')).body.items;
  const entity = (await getJson<{ items: Array<{ key: string }> }>(d.url, '/api/entities?limit=1')).body.items[0];
  const events = (await getJson<{ items: Array<{ key: string; documentCount: number; reports: Array<{ docId: string; sentenceSpan: { start: number; end: number } }> }> }>(d.url, '/api/events?limit=200')).body.items;
  const merged = [...events].sort((a, b) => b.documentCount - a.documentCount)[0];
  const report = merged.reports[0];
  const views: Array<[string, string, string]> = [
    ['library', '#/', '.doc-list'],
    ['reader', `#/doc/${docs[0].id}`, '.reader-text'],
    ['reader-cited', `#/doc/${report.docId}?hl=${report.sentenceSpan.start}-${report.sentenceSpan.end}`, '.cite-sentence'],
    ['search', '#/search?q=smuggl*', '.results'],
    ['entities', '#/entities', '.table'],
    ['entity', `#/entity/${encodeURIComponent(entity.key)}`, '.entity-docs'],
    ['event', `#/event/${encodeURIComponent(merged.key)}`, '.report'],
    ['timeline', '#/timeline', '.timeline-overview svg'],
    ['map', '#/map', '.map-svg .marker'],
    ['graph', '#/graph', '.graph-canvas[data-nodes]'],
    ['claims', '#/claims', '.view'],
  ];
  const failures: string[] = [];
  for (const [width, height, prefix] of [[1440, 900, 'wide'], [400, 800, 'narrow']] as const) {
    await web.page.setViewportSize({ width, height });
    for (const [name, hash, ready] of views) {
      await openDemo(hash, ready);
      if (name === 'graph') await web.page.waitForTimeout(300);
      for (const v of await axeViolations(web.page)) failures.push(`${prefix}-${name}: ${v}`);
      const overflow = await web.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 1) failures.push(`${prefix}-${name}: overflows sideways by ${overflow}px`);
      await web.page.screenshot({ path: `${SHOTS}/${prefix}-${name}.png`, fullPage: true });
    }
  }
  await web.page.setViewportSize({ width: 1280, height: 800 });
  assert.deepEqual(failures, []);
});

type EventJson = { key: string; documentCount: number; reports: Array<{ key: string; docId: string; id: string; docTitle: string }> };

test('curation: split a report off a merged event in the UI, then undo it', { skip }, async () => {
  const d = await demoServer();
  const events = (await getJson<{ items: EventJson[] }>(d.url, '/api/events?limit=500')).body.items;
  const merged = events.find((e) => e.documentCount >= 2);
  assert.ok(merged, 'the demo has an event reported by two articles');
  const [first, second] = merged.reports;
  await openDemo(`#/event/${encodeURIComponent(first.key)}`, '.report');
  assert.equal(await web.page.locator('.report').count(), merged.reports.length);
  assert.match(await web.page.locator('.report').nth(1).innerText(), /Matched automatically: the same kind of event|Merged:/, 'each merged report says why it is here');
  await giveToken();
  await web.page.locator(`button[data-split="${second.docId}#${second.id}"]`).click();
  await web.page.waitForFunction((n) => document.querySelectorAll('.report').length === n, merged.reports.length - 1, { timeout: 120_000 });
  assert.equal(await web.page.locator(`.report[data-report="${second.key}"]`).count(), 0, 'the split report left the event');
  const apart = (await getJson<EventJson>(d.url, `/api/events/${encodeURIComponent(second.key)}`)).body;
  assert.equal(apart.reports.length, 1, 'the split report is an event of its own');
  await web.page.screenshot({ path: `${SHOTS}/event-curation.png`, fullPage: true });
  // Undo from the split report's own page.
  await openDemo(`#/event/${encodeURIComponent(second.key)}`, '.curation');
  await web.page.locator('.decision button', { hasText: 'Undo' }).click();
  await web.page.waitForFunction((n) => document.querySelectorAll('.report').length === n, merged.reports.length, { timeout: 120_000 });
});

test('curation: merge two events in the UI; the merged report says a person merged it', { skip }, async () => {
  const d = await demoServer();
  const events = (await getJson<{ items: EventJson[] }>(d.url, '/api/events?limit=500')).body.items.filter((e) => e.documentCount === 1);
  const [a, b] = [events[0], events.find((e) => e.reports[0].docId !== events[0].reports[0].docId)!];
  await openDemo(`#/event/${encodeURIComponent(a.reports[0].key)}`, '.report');
  await giveToken();
  await web.page.fill('#merge-event', `${d.url}/#/event/${encodeURIComponent(b.key)}`);
  await web.page.getByRole('button', { name: 'Merge' }).click();
  await web.page.waitForFunction(() => document.querySelectorAll('.report').length === 2, undefined, { timeout: 120_000 });
  assert.match(await web.page.locator('.reports').innerText(), /Merged by a person/);
  const curations = (await getJson<{ curations: unknown[] }>(d.url, '/api/curations')).body.curations;
  assert.equal(curations.length, 1);
  await web.page.locator('.decision button', { hasText: 'Undo' }).click();
  await web.page.waitForFunction(() => document.querySelectorAll('.report').length === 1, undefined, { timeout: 120_000 });
  assert.equal((await getJson<{ curations: unknown[] }>(d.url, '/api/curations')).body.curations.length, 0);
});

test('curation: merge an entity into another in the UI; it survives re-ingesting; undo restores it', { skip }, async () => {
  const d = await demoServer();
  type EntityList = { items: Array<{ key: string; name: string; documents: number }> };
  const places = (await getJson<EntityList>(d.url, '/api/entities?type=LOC&limit=50')).body.items;
  const [from, into] = [places[places.length - 1], places[0]];
  await openDemo(`#/entity/${encodeURIComponent(from.key)}`, '.entity-docs');
  await giveToken();
  await web.page.fill('#merge-entity', into.name);
  await web.page.getByRole('button', { name: 'Find' }).click();
  await web.page.getByRole('button', { name: `Merge into ${into.name}` }).click();
  await web.page.waitForFunction((name) => document.querySelector('h1')?.textContent?.includes(name) && !!document.querySelector('.merge-reason'), into.name, { timeout: 120_000 });
  assert.match(await web.page.locator('.page-header').innerText(), new RegExp(`Merged by a person from: ${from.name}`));
  assert.equal((await getJson<unknown>(d.url, `/api/entities/${encodeURIComponent(from.key)}`)).status, 404);
  await web.page.screenshot({ path: `${SHOTS}/entity-curation.png`, fullPage: true });

  // Re-ingest: a changed copy of an article naming the merged-away entity is analysed afresh;
  // the decision is re-applied as `chronicle ingest` does, so its mentions join the other entity.
  const docs = (await getJson<{ items: Array<{ id: string }> }>(d.url, `/api/entities/${encodeURIComponent(into.key)}/documents?limit=200`)).body.items;
  const source = (await d.store.getDocument(docs[docs.length - 1].id))!;
  const copyDir = mkdtempSync(join(tmpdir(), 'chronicle-reingest-'));
  const fromDocs = (await d.store.listAnnotations({ kind: 'mention' })).filter((m) => m.text === from.name);
  const withFrom = (await d.store.getDocument(fromDocs[0]?.docId ?? source.id))!;
  writeFileSync(join(copyDir, 'updated.txt'), `${withFrom.title}\n\n${withFrom.text}\n\nThis article was updated with a correction.\n`);
  await ingest([copyDir], d.store);
  await applyEntityCurations(d.store);
  rmSync(copyDir, { recursive: true, force: true });
  assert.equal((await getJson<unknown>(d.url, `/api/entities/${encodeURIComponent(from.key)}`)).status, 404, 'still merged after re-ingesting');
  const after = (await getJson<{ documents: number }>(d.url, `/api/entities/${encodeURIComponent(into.key)}`)).body;
  assert.ok(after.documents > into.documents, `${into.name} now has the merged entity's articles and the re-ingested one (${after.documents})`);

  await openDemo(`#/entity/${encodeURIComponent(into.key)}`, '.curation');
  await web.page.locator('.decision button', { hasText: 'Undo' }).click();
  await web.page.waitForFunction(() => !document.querySelector('.merge-reason'), undefined, { timeout: 120_000 });
  assert.equal((await getJson<unknown>(d.url, `/api/entities/${encodeURIComponent(from.key)}`)).status, 200, 'undo brings the entity back');
});

test('curation: add an alias from the entity page; writing without the token is refused', { skip }, async () => {
  const d = await demoServer();
  const refused = await fetch(`${d.url}/api/curations`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ kind: 'entity', relation: 'merge', a: 'x', b: 'y' }) });
  assert.equal(refused.status, 401);
  const people = (await getJson<{ items: Array<{ key: string; name: string }> }>(d.url, '/api/entities?type=PER&limit=50')).body.items;
  const person = people.find((p) => p.name.includes(' '))!;
  await openDemo(`#/entity/${encodeURIComponent(person.key)}`, '.curation');
  await giveToken();
  await web.page.fill('#alias-text', `${person.name.split(' ')[0]} Nickname`);
  await web.page.getByRole('button', { name: 'Add alias' }).click();
  await web.page.waitForSelector('.user-aliases li', { timeout: 120_000 });
  assert.match(await web.page.locator('.user-aliases').innerText(), new RegExp(`${person.name.split(' ')[0]} Nickname`));
  const aliases = (await getJson<{ aliases: Array<{ alias: string; canonical: string; type: string }> }>(d.url, '/api/curations')).body.aliases;
  assert.deepEqual(aliases, [{ type: 'PER', alias: `${person.name.split(' ')[0]} Nickname`, canonical: person.name }]);
  // Undo: the alias is gone, from the page and from the store.
  await web.page.getByRole('button', { name: `Undo the alias ${person.name.split(' ')[0]} Nickname` }).click();
  await web.page.waitForFunction(() => !document.querySelector('.user-aliases li'), undefined, { timeout: 120_000 });
  assert.deepEqual((await getJson<{ aliases: unknown[] }>(d.url, '/api/curations')).body.aliases, []);
});

/** Re-ingests a changed copy of a stored article, as `chronicle ingest` does (decisions re-applied). */
async function reingestCopy(d: ServedStore, docId: string): Promise<void> {
  const doc = (await d.store.getDocument(docId))!;
  const copyDir = mkdtempSync(join(tmpdir(), 'chronicle-reingest-'));
  writeFileSync(join(copyDir, `copy-${docId.slice(0, 8)}.txt`), `${doc.title}\n\n${doc.text}\n\nThis article was updated with a correction.\n`);
  await ingest([copyDir], d.store);
  await applyEntityCurations(d.store);
  rmSync(copyDir, { recursive: true, force: true });
}

test('curation: correct an entity\'s type in the UI; it survives re-ingesting; undo gives back the extracted type', { skip }, async () => {
  const d = await demoServer();
  type Entity = { key: string; name: string; type: string; documents: number };
  const orgs = (await getJson<{ items: Entity[] }>(d.url, '/api/entities?type=ORG&limit=50')).body.items;
  const org = orgs.find((o) => o.documents === 1) ?? orgs[0];
  await openDemo(`#/entity/${encodeURIComponent(org.key)}`, '.curation');
  await giveToken();
  await web.page.selectOption('#entity-type', 'LOC');
  await web.page.getByRole('button', { name: 'Correct type' }).click();
  await web.page.waitForSelector('.type-reason', { timeout: 120_000 });
  assert.match(await web.page.locator('.page-header .badge').innerText(), /Place/);
  assert.match(await web.page.locator('.curation .decision').innerText(), /Type corrected to Place/);
  assert.equal((await getJson<Entity>(d.url, `/api/entities/${encodeURIComponent(org.key)}`)).body.type, 'LOC');
  await web.page.screenshot({ path: `${SHOTS}/entity-type-curation.png`, fullPage: true });
  type DocPage = { total: number; items: Array<{ id: string }> };
  const docs = (await getJson<DocPage>(d.url, `/api/entities/${encodeURIComponent(org.key)}/documents?limit=5`)).body;
  await reingestCopy(d, docs.items[0].id);
  const after = (await getJson<Entity>(d.url, `/api/entities/${encodeURIComponent(org.key)}`)).body;
  assert.equal(after.type, 'LOC', 'still a place after re-ingesting');
  const listed = (await getJson<DocPage>(d.url, `/api/entities/${encodeURIComponent(org.key)}/documents?limit=5`)).body.total;
  assert.equal(listed, docs.total + 1, 'the re-ingested copy names it too');
  // The changed copy is a near-duplicate of its article: one report, which the entity's count takes once.
  assert.equal(after.documents, org.documents, 'the copy and its article count as one report');
  await openDemo(`#/entity/${encodeURIComponent(org.key)}`, '.curation');
  await web.page.locator('.decision button', { hasText: 'Undo' }).click();
  await web.page.waitForFunction(() => !document.querySelector('.type-reason'), undefined, { timeout: 120_000 });
  assert.equal((await getJson<Entity>(d.url, `/api/entities/${encodeURIComponent(org.key)}`)).body.type, 'ORG');
});

test('curation: correct what a place name refers to, on the map; it survives re-ingesting; undo', { skip }, async () => {
  const d = await demoServer();
  type PlaceJson = { key: string; name: string; country: string | null; documentCount: number; copies?: number };
  const places = (await getJson<{ items: PlaceJson[] }>(d.url, '/api/places?limit=500')).body.items;
  const moscow = places.find((p) => p.name === 'Moscow' && p.country === 'Russia');
  assert.ok(moscow, 'the demo names Moscow');
  const choices = (await getJson<{ items: Array<{ ref: string; country: string | null }> }>(d.url, '/api/gazetteer?q=Moscow')).body.items;
  const elsewhere = choices.find((c) => c.country !== 'Russia')!;
  assert.ok(elsewhere, 'another Moscow is known');
  await openDemo(`#/map?place=${encodeURIComponent(moscow.key)}`, '.map-panel .curation');
  await web.page.waitForFunction(() => document.querySelector('.map-panel h2')?.textContent === 'Moscow');
  await giveToken();
  await web.page.locator('.map-panel').getByRole('button', { name: 'Find' }).click();
  await web.page.locator(`.place-choices button[data-ref="${elsewhere.ref}"]`).click();
  await web.page.waitForFunction((ref) => location.hash.includes(encodeURIComponent(ref)) && /Corrections by people/.test(document.querySelector('.map-panel')?.textContent ?? ''), elsewhere.ref, { timeout: 120_000 });
  await web.page.screenshot({ path: `${SHOTS}/map-place-curation.png`, fullPage: true });
  // a place's articles: its reports (a copy and its article count once) and the copies beside them
  const keys = async () => new Map((await getJson<{ items: PlaceJson[] }>(d.url, '/api/places?limit=500')).body.items.map((p) => [p.key, { reports: p.documentCount, copies: p.copies ?? 0 }]));
  const was = { reports: moscow.documentCount, copies: moscow.copies ?? 0 };
  let now = await keys();
  assert.equal(now.has(moscow.key), false, 'no mention points at Moscow, Russia now');
  assert.deepEqual(now.get(elsewhere.ref), was);
  const docs = (await getJson<{ documents: Array<{ id: string }> }>(d.url, `/api/places/${encodeURIComponent(elsewhere.ref)}`)).body.documents;
  await reingestCopy(d, docs[0].id);
  now = await keys();
  assert.equal(now.has(moscow.key), false, 'the re-ingested copy is corrected too');
  // the re-ingested copy is a near-duplicate of its article: the same reports, one more copy
  assert.deepEqual(now.get(elsewhere.ref), { ...was, copies: was.copies + 1 });
  await web.page.locator('.map-panel .decision button', { hasText: 'Undo' }).click();
  await web.page.waitForFunction((key) => location.hash.includes(encodeURIComponent(key)) && document.querySelector('.map-panel h2')?.textContent === 'Moscow', moscow.key, { timeout: 120_000 });
  now = await keys();
  assert.deepEqual(now.get(moscow.key), { ...was, copies: was.copies + 1 });
  assert.equal(now.has(elsewhere.ref), false);
});

test('a merged event says which report gives each field; differing counts are in publication order, later ones as updates', { skip }, async () => {
  type Report = EventJson['reports'][number] & { published: string | null; place: { text: string } | null };
  type Ev = Omit<EventJson, 'reports'> & { place: { text: string } | null; reports: Report[]; conflicts: Array<{ field: string; values: Array<{ count?: { value: number }; reports: string[] }> }> };
  const events = (await web.server.get('/api/events?limit=100')).body.items as Ev[];
  const merged = events.find((e) => e.documentCount >= 2 && e.conflicts.some((c) => c.field === 'killed'))!;
  await open(`#/event/${encodeURIComponent(merged.key)}`, '.conflict');
  const placeSources = await web.page.locator('dd[data-field="place"] .field-source a').allInnerTexts();
  const expected = merged.reports.filter((r) => r.place?.text === merged.place?.text).map((r) => `“${r.docTitle}”`);
  assert.deepEqual(placeSources, expected, 'the place names the reports that give it');
  const killed = merged.conflicts.find((c) => c.field === 'killed')!;
  const firstPublished = [...merged.reports].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''))[0];
  const firstValue = killed.values.find((v) => v.reports.includes(firstPublished.key))!.count!.value;
  const shown = web.page.locator('.conflict[data-field="killed"] .conflict-value');
  assert.match(await shown.nth(0).locator('.conflict-when').innerText(), /first reported/i);
  assert.equal(await shown.nth(0).locator('.figure-value').innerText(), String(firstValue));
  assert.match(await shown.nth(1).locator('.conflict-when').innerText(), /update/i);
  await web.page.screenshot({ path: `${SHOTS}/event-provenance.png`, fullPage: true });
});

test('timeline: the brush on the density overview sets the date range; the type filter narrows it', { skip }, async () => {
  await open('#/timeline', '.timeline-overview svg .density-bar');
  const all = await web.page.locator('.timeline-svg .tl-event').count();
  assert.equal(all, 7);
  await web.page.screenshot({ path: `${SHOTS}/timeline-wide.png`, fullPage: true });
  // Drag across the second half of the overview: from about 2016 to the end.
  const box = (await web.page.locator('.timeline-overview .brush .overlay').boundingBox())!;
  await web.page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
  await web.page.mouse.down();
  await web.page.mouse.move(box.x + box.width * 0.99, box.y + box.height / 2, { steps: 5 });
  await web.page.mouse.up();
  // the old drawing stays until the new one replaces it: wait for the redrawn, narrower set
  await web.page.waitForFunction((before) => {
    const n = document.querySelectorAll('.timeline-svg .tl-event').length;
    return /from=2016-/.test(location.hash) && n > 0 && n < before;
  }, all);
  const from = new URL(web.page.url().replace('#/timeline', 'timeline')).searchParams.get('from')!;
  const dates = await web.page.locator('.timeline-svg .tl-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-date') || e.getAttribute('data-article-date') || ''));
  assert.ok(dates.length > 0 && dates.length < all, `${dates.length} events in the brushed range`);
  for (const d of dates) assert.ok(d.slice(0, 7) >= from.slice(0, 7), `${d} is in the range from ${from}`);
  assert.equal(await web.page.locator('.tl-event[data-date="2015"]').count(), 0, 'the 2015 event is outside the range');
  await web.page.selectOption('select[name="type"]', 'attack');
  await web.page.getByRole('button', { name: 'Apply' }).click();
  await web.page.waitForFunction(() => {
    const els = [...document.querySelectorAll('.timeline-svg .tl-event')];
    return /type=attack/.test(location.hash) && els.length > 0 && els.every((e) => e.classList.contains('et-attack'));
  });
  const types = await web.page.locator('.timeline-svg .tl-event').evaluateAll((els) => els.map((e) => e.getAttribute('class')));
  assert.ok(types.every((c) => /et-attack/.test(c ?? '')), types.join(' | '));
  assert.match(web.page.url(), /from=2016-/, 'the range is kept');
  assert.deepEqual(await axeViolations(web.page), []);
});

test('timeline: the entity and outlet fields narrow the events', { skip }, async () => {
  const d = await demoServer();
  type Tl = { total: number; items: Array<{ key: string }> };
  const all = (await getJson<Tl>(d.url, '/api/timeline')).body;
  const people = (await getJson<{ items: Array<{ key: string; name: string }> }>(d.url, '/api/entities?type=PER&limit=50')).body.items;
  let person: { key: string; name: string } | undefined;
  let expected: Tl | undefined;
  for (const p of people) {
    const t = (await getJson<Tl>(d.url, `/api/timeline?entity=${encodeURIComponent(p.key)}`)).body;
    if (t.total > 0 && t.total < all.total) [person, expected] = [p, t];
    if (person) break;
  }
  assert.ok(person && expected, 'a person takes part in some of the dated events');
  await openDemo('#/timeline', '.timeline-svg .tl-event');
  await web.page.fill('.timeline-filters input[name="entity"]', person.name);
  await web.page.getByRole('button', { name: 'Apply' }).click();
  await web.page.waitForFunction((n) => /entity=/.test(location.hash) && document.querySelectorAll('.timeline-svg .tl-event').length === n, expected.items.length, { timeout: 120_000 });
  assert.equal(await web.page.locator('.timeline-filters input[name="entity"]').inputValue(), person.name, 'the field shows the name, not the key');
  const drawn = await web.page.locator('.timeline-svg .tl-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
  assert.deepEqual(drawn.sort(), expected.items.map((e) => e.key).sort());
  // Outlet: one article's file name keeps only the events it reports.
  await web.page.fill('.timeline-filters input[name="entity"]', '');
  await web.page.fill('.timeline-filters input[name="outlet"]', 'goma');
  await web.page.getByRole('button', { name: 'Apply' }).click();
  await web.page.waitForFunction(() => /outlet=goma/.test(location.hash) && !/entity=/.test(location.hash), undefined, { timeout: 120_000 });
  const fromGoma = (await getJson<Tl>(d.url, '/api/timeline?outlet=goma')).body;
  assert.ok(fromGoma.total > 0 && fromGoma.total < all.total, `${fromGoma.total} of ${all.total} events from the Goma articles`);
  await web.page.waitForFunction((n) => document.querySelectorAll('.timeline-svg .tl-event').length === n, fromGoma.items.length, { timeout: 120_000 });
  // An unknown name is said so, not silently ignored.
  await web.page.fill('.timeline-filters input[name="entity"]', 'Nobody Byname Atall');
  await web.page.getByRole('button', { name: 'Apply' }).click();
  await web.page.waitForFunction(() => /No entity is named/.test(document.querySelector('.timeline-filters .form-status')?.textContent ?? ''));
  assert.deepEqual(await axeViolations(web.page), []);
});

test('timeline API: compact, paged, and it says what it cut', { skip }, async () => {
  const page2 = (await web.server.get('/api/timeline?limit=2')).body as { total: number; items: Array<{ documentCount: number; articleDate: boolean }>; unplaced: number; density: { buckets: unknown[] } };
  assert.equal(page2.total, 7);
  assert.equal(page2.items.length, 2);
  assert.equal(page2.items[0].documentCount + page2.items[1].documentCount >= 3, true, 'the most reported events are kept when cut');
  assert.ok(page2.density.buckets.length >= 3, 'the density counts every match, not the page');
  const full = (await web.server.get('/api/timeline')).body as { items: Array<{ articleDate: boolean }> };
  assert.equal(full.items.filter((e) => e.articleDate).length, 2, 'events without a date of their own sit at their article\'s date, marked');
});

test('search: a prefix wildcard, an excluded word, newest first, the syntax line, and a list of names', { skip }, async () => {
  await openDemo(`#/search?q=${encodeURIComponent('smuggl*')}`, '.results');
  assert.match(await web.page.locator('#search-syntax').innerText(), /smuggl\* matches any ending/);
  const all = await web.page.locator('.results > li').count();
  assert.ok(all >= 2, `${all} articles about smuggling`);
  const marks = (await web.page.locator('.snippet mark').allInnerTexts()).map((t) => t.toLowerCase());
  assert.ok(marks.some((m) => m.startsWith('smuggl') && m !== 'smuggl'), marks.join(','));
  await web.page.screenshot({ path: `${SHOTS}/search-wildcard.png`, fullPage: true });
  // Excluding a word the first result contains drops that result.
  const firstTitle = await web.page.locator('.results > li .doc-title').first().innerText();
  await openDemo(`#/search?q=${encodeURIComponent('smuggl* -Aegean')}`, '.search-layout');
  const without = await web.page.locator('.results > li .doc-title').allInnerTexts();
  assert.ok(without.length < all, `${without.length} of ${all} left after -Aegean`);
  // Newest first.
  await openDemo(`#/search?q=${encodeURIComponent('smuggl*')}&sort=newest`, '.results');
  const dates = await web.page.locator('.results > li .doc-meta span:first-child').allInnerTexts();
  const parsed = dates.map((d) => Date.parse(d)).filter((n) => !Number.isNaN(n));
  assert.deepEqual(parsed, [...parsed].sort((a, b) => b - a), dates.join(' | '));
  assert.ok(firstTitle.length > 0);
  // A list of names, one per line: each with its count.
  await openDemo('#/search', '.names-search');
  await web.page.locator('.names-search summary').click();
  await web.page.fill('#names-list', 'Europol\nFrontex\nNobody Byname');
  await web.page.getByRole('button', { name: 'Search the names' }).click();
  await web.page.waitForSelector('.names-table');
  assert.equal(await web.page.locator('.names-table tbody tr').count(), 3);
  assert.equal(await web.page.locator('.names-table tr[data-found="true"]').count(), 2);
  assert.match(await web.page.locator('.names-table tr[data-found="false"]').innerText(), /Nobody Byname[\s\S]*not found/i);
  assert.deepEqual(await axeViolations(web.page), []);
});

test('entity → its articles: sortable, "articles naming both", and search by entity without words', { skip }, async () => {
  const d = await demoServer();
  const top = (await getJson<{ items: Array<{ key: string; name: string; documents: number }> }>(d.url, '/api/entities?limit=1')).body.items[0];
  // The table lists every stored article, each near-duplicate copy too; top.documents counts a group once.
  const listed = (await getJson<{ total: number }>(d.url, `/api/entities/${encodeURIComponent(top.key)}/documents?limit=1`)).body.total;
  assert.ok(listed >= top.documents, `${listed} articles listed, ${top.documents} reports`);
  await openDemo(`#/entity/${encodeURIComponent(top.key)}`, '.entity-docs');
  assert.equal(await web.page.locator('.entity-docs tbody tr').count(), Math.min(listed, 20));
  await web.page.locator('.entity-docs th a', { hasText: 'Mentions' }).click();
  await web.page.waitForFunction(() => /sort=mentions/.test(location.hash) && !!document.querySelector('.entity-docs th[aria-sort]'));
  const counts = (await web.page.locator('.entity-docs tbody td:last-child').allInnerTexts()).map(Number);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  await web.page.screenshot({ path: `${SHOTS}/entity-articles.png`, fullPage: true });
  const both = web.page.locator('.co-mentioned li').first();
  const shared = Number(/(\d+) articles?\s+naming both/.exec(await both.innerText())![1]);
  await both.locator('a', { hasText: 'naming both' }).click();
  await web.page.waitForFunction(() => /with=/.test(location.hash) && /naming both/.test(document.querySelector('.entity-docs')?.closest('section')?.querySelector('h2')?.textContent ?? ''));
  assert.equal(await web.page.locator('.entity-docs tbody tr').count(), shared);
  assert.deepEqual(await axeViolations(web.page), []);
  await web.page.locator('a', { hasText: /^Search within the articles naming/ }).click();
  await web.page.waitForSelector('.results');
  assert.equal(await web.page.locator('.results > li').count(), Math.min(listed, 10)); // search lists copies too
});

test('map: a country click lists its places; a cluster lists its places; legend, zoom buttons, list view, filters', { skip }, async () => {
  await open('#/map', '.map-svg .marker');
  assert.equal(await web.page.locator('.map-legend li').count(), 4, 'marker, violence ring (the fixture has attacks), cluster, country');
  await web.page.locator('path[data-country="Turkey"]').dispatchEvent('click');
  await web.page.waitForFunction(() => /Turkey/.test(document.querySelector('.map-panel h2')?.textContent ?? ''));
  const listed = await web.page.locator('.map-panel .cluster-list li button').allInnerTexts();
  assert.deepEqual([...listed].sort(), ['Ankara', 'Esenyurt', 'Istanbul']);
  await web.page.screenshot({ path: `${SHOTS}/map-country.png`, fullPage: true });
  // A place in the panel opens its own details.
  await web.page.locator('.map-panel .cluster-list button', { hasText: 'Istanbul' }).click();
  await web.page.waitForFunction(() => document.querySelector('.map-panel h2')?.textContent === 'Istanbul');
  // "Show on map" for a country is no dead end: it opens on the country.
  const places = (await web.server.get('/api/places')).body as { items: Array<{ key: string; name: string; kind: string }> };
  const turkey = places.items.find((p) => p.kind === 'country' && p.name === 'Turkey')!;
  await open(`#/map?place=${encodeURIComponent(turkey.key)}`, '.map-svg .marker');
  await web.page.waitForFunction(() => /Turkey/.test(document.querySelector('.map-panel h2')?.textContent ?? ''));
  // Zoom buttons change the scale; Reset goes back.
  const spread = async () => {
    const boxes = await web.page.locator('.marker circle').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
    return Math.max(...boxes) - Math.min(...boxes);
  };
  await open('#/map', '.map-svg .marker');
  const before = await spread();
  // zooming is animated: wait for the markers to settle where each step leads
  await web.page.getByRole('button', { name: 'Zoom out' }).click();
  assert.ok(await eventually(async () => (await spread()) < before), 'zoomed out');
  await web.page.getByRole('button', { name: 'Reset' }).click();
  assert.ok(await eventually(async () => Math.abs((await spread()) - before) < 2), 'reset');
  // The list view is the keyboard way in; markers are not tab stops.
  assert.equal(await web.page.locator('.marker[tabindex="0"]').count(), 0);
  await web.page.locator('.map-list summary').click();
  assert.ok((await web.page.locator('.map-list tbody tr').count()) >= 5);
  assert.deepEqual(await axeViolations(web.page), []);
  // Type filter: only places with an arrest.
  await web.page.selectOption('.map-filters select[name="type"]', 'arrest');
  await web.page.getByRole('button', { name: 'Filter' }).click();
  await web.page.waitForFunction(() => /type=arrest/.test(location.hash) && document.querySelectorAll('.map-list tbody tr').length === 1);
  const rows = await web.page.locator('.map-list tbody tr td:first-child a').allTextContents();
  assert.deepEqual(rows, ['Esenyurt']);
});

test('graph: start from an entity, preview a name, expand its neighbours, read the evidence for a link; nationalities hidden by default', { skip }, async () => {
  const d = await demoServer();
  const misc = (await getJson<{ items: Array<{ name: string }> }>(d.url, '/api/entities?type=MISC&limit=5')).body.items;
  await openDemo('#/graph', '.graph-canvas[data-nodes]');
  const shown = await web.page.locator('.graph-names button').allInnerTexts();
  assert.ok(misc.length > 0 && misc.every((m) => !shown.some((s) => s.startsWith(m.name))), 'no nationalities by default');
  await web.page.fill('#graph-start', 'Goma');
  await web.page.locator('.graph-start').getByRole('button', { name: 'Show' }).click();
  await web.page.waitForFunction(() => /focus=/.test(location.hash) && !!document.querySelector('.graph-canvas[data-nodes]'));
  await web.page.waitForSelector('.graph-panel [data-expand]');
  assert.match(await web.page.locator('.graph-panel h2').innerText(), /Goma/);
  const before = Number(await web.page.locator('.graph-canvas').getAttribute('data-nodes'));
  // Expand a neighbour: more names join the graph.
  const neighbour = web.page.locator('.graph-names button').nth(1);
  await neighbour.click();
  await web.page.locator('.graph-panel [data-expand]').click();
  await web.page.waitForFunction((n) => Number(document.querySelector('.graph-canvas')?.getAttribute('data-nodes')) > n || /No new names/.test(document.querySelector('.graph-panel')?.textContent ?? ''), before);
  // Evidence for a link: the sentences naming both.
  await web.page.locator('.graph-names button').first().click();
  await web.page.locator('.graph-panel [data-evidence]').first().click();
  // (opened in place, under the name in the panel's list of its lines)
  await web.page.waitForSelector('.graph-panel .graph-link-evidence:not([hidden]) > p:not(.muted)');
  assert.match(await web.page.locator('.graph-panel').innerText(), /Named together in \d+ article/);
  await web.page.screenshot({ path: `${SHOTS}/graph-focus.png`, fullPage: true });
  assert.deepEqual(await axeViolations(web.page), []);
});

test('curation: set an article\'s date and outlet, and a folder\'s date, from the reader; the timeline uses them; undo', { skip }, async () => {
  const d = await demoServer();
  const docs = (await getJson<{ items: Array<{ id: string; published: string | null; title: string }> }>(d.url, '/api/documents?limit=50')).body.items;
  const yearless = docs.find((x) => x.published?.startsWith('--'))!;
  assert.ok(yearless, 'the demo has an article dated without a year');
  const before = (await getJson<{ unplaced: number }>(d.url, '/api/timeline')).body.unplaced;
  await openDemo(`#/doc/${yearless.id}`, '.reader-text');
  await giveToken();
  const day = `2025${yearless.published!.slice(1)}`;
  await web.page.fill('#doc-date', day);
  await web.page.getByRole('button', { name: 'Set date' }).click();
  await web.page.waitForSelector('.set-by-person', { timeout: 120_000 });
  assert.match(await web.page.locator('.doc-meta .published').innerText(), /2025 \(date set by a person\)/);
  await web.page.fill('#doc-outlet', 'The Lowlands Courier');
  await web.page.getByRole('button', { name: 'Set outlet' }).click();
  await web.page.waitForFunction(() => /The Lowlands Courier/.test(document.querySelector('.doc-meta')?.textContent ?? ''), undefined, { timeout: 120_000 });
  const after = (await getJson<{ unplaced: number; items: Array<{ articleDate: boolean; interval: { start: string } }> }>(d.url, '/api/timeline')).body;
  assert.ok(after.unplaced < before, `the article's events are placed now (${before} → ${after.unplaced})`);
  assert.ok(after.items.some((e) => e.articleDate && e.interval.start === day));
  // A date for the whole folder places every undated article's events.
  await web.page.fill('#folder-date', '2025-06-01');
  await web.page.getByRole('button', { name: 'Set for all' }).click();
  await web.page.waitForFunction(() => document.querySelectorAll('.curation .decision').length === 3, undefined, { timeout: 120_000 });
  // Only events from articles outside the folder (the re-ingested copy of another test) stay unplaced.
  const unplaced = (await getJson<{ items: Array<{ reports: Array<{ docId: string }> }> }>(d.url, '/api/events?dated=false&articleDates=true&limit=100')).body.items;
  const sources = new Map((await getJson<{ items: Array<{ id: string; source: string }> }>(d.url, '/api/documents?limit=200')).body.items.map((x) => [x.id, x.source]));
  assert.ok(unplaced.length < after.unplaced, `${after.unplaced} → ${unplaced.length} unplaced`);
  assert.ok(unplaced.every((e) => e.reports.every((r) => !/\/demo\//.test(sources.get(r.docId) ?? ''))), 'no article of the folder is left undated');
  await web.page.screenshot({ path: `${SHOTS}/reader-curation.png`, fullPage: true });
  for (let i = 3; i > 0; i--) {
    await web.page.locator('.curation .decision button').first().click();
    await web.page.waitForFunction((n) => document.querySelectorAll('.curation .decision').length === n, i - 1, { timeout: 120_000 });
  }
  assert.equal((await getJson<{ unplaced: number }>(d.url, '/api/timeline')).body.unplaced, before, 'undone');
  assert.equal((await getJson<{ curations: unknown[] }>(d.url, '/api/curations')).body.curations.length, 0);
});

test('one claim by its key: the view shows that group alone, asking the API for it by key', { skip }, async () => {
  type Claims = { items: Array<{ key: string; what: string; figures: unknown[] }> };
  const group = ((await web.server.get('/api/claims?multi=true')).body as Claims).items[0];
  const asked: string[] = [];
  const listen = (r: { url(): string }) => void (r.url().includes('/api/claims') && asked.push(r.url()));
  web.page.on('request', listen);
  try {
    await open(`#/claims?claim=${encodeURIComponent(group.key)}`, '.claims');
  } finally {
    web.page.off('request', listen);
  }
  const shown = await web.page.locator('.claims > .claim').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));
  // headed as the claims page heads every claim: its name capitalised
  assert.deepEqual(shown, [`Claim: ${group.what.charAt(0).toUpperCase()}${group.what.slice(1)}`]);
  assert.equal(await web.page.locator('.claims .claim-figures > *').count(), group.figures.length);
  assert.ok(asked.length > 0 && asked.every((u) => new URL(u).searchParams.get('key') === group.key), `claims asked by key: ${asked.join(', ')}`);
});

// Last: it writes to the fixture corpus the tests above read.
test('curation: mark a claim group "not the same quantity" in the UI; it stays apart after re-ingesting; undo', { skip }, async () => {
  type Claims = { total: number; items: Array<{ key: string; figures: unknown[] }> };
  const before = (await web.server.get('/api/claims?multi=true')).body as Claims;
  assert.ok(before.total >= 1, 'the fixture has a claim stated more than once');
  const group = before.items[0];
  await open('#/claims?filter=compared', '.claims');
  await web.page.locator('.curation .token-form input').fill(TOKEN);
  await web.page.locator('.curation .token-form').getByRole('button', { name: 'Edit' }).click();
  await web.page.locator(`button[data-dismiss="${group.key}"]`).click();
  await web.page.waitForFunction((key) => !document.querySelector(`button[data-dismiss="${key}"]`) && document.querySelectorAll('.curation .decision').length === 1, group.key, { timeout: 120_000 });
  await web.page.screenshot({ path: `${SHOTS}/claims-dismissed.png`, fullPage: true });
  const keys = async () => ((await web.server.get('/api/claims?multi=true')).body as Claims).items.map((c) => c.key);
  assert.equal((await keys()).includes(group.key), false);
  // Re-ingest: a changed copy of an article stating the figure is saved; the group stays dismissed.
  const { FIXTURE_DOCS, fixtureAnalysis } = await import('../fixtures/ui/corpus.js');
  const spec = FIXTURE_DOCS.find((s) => s.figures.length)!;
  const analysis = fixtureAnalysis({ ...spec, paragraphs: [...spec.paragraphs, 'This report was updated later in the day.'] });
  await web.server.store.saveBatch([{ analysis, contentHash: analysis.doc.id }]);
  await eventually(async () => !((await web.server.get('/api/overview')).body as { computing?: boolean }).computing);
  assert.equal((await keys()).includes(group.key), false, 'still dismissed after re-ingesting');
  await web.page.locator('.curation .decision button', { hasText: 'Undo' }).click();
  await web.page.waitForFunction((key) => !!document.querySelector(`button[data-dismiss="${key}"]`), group.key, { timeout: 120_000 });
  assert.equal((await keys()).includes(group.key), true, 'undone');
  assert.deepEqual(await axeViolations(web.page), []);
});
