#!/usr/bin/env node
// The web UI on a large corpus, in Debian's chromium: every view's first meaningful render (from
// navigation to the view's content on screen, server warm), the largest API response each view
// needs, and the analyst's key interactions checked on the real data (citation landing, wildcard
// search, timeline brush and filter, map country click, graph expansion, entity → articles, event
// curation and undo, entity type and place corrections kept through a re-ingest and undone, a claim
// group dismissed and restored, an alias added and removed, axe-core). Prints one JSON object.
//
//   npm run build
//   node bin/chronicle.js bench ingest --corpus ../shared/data/news-corpus/reuters21578 --db r.db
//   node scripts/ui-scale.mjs --db r.db [--runs 3] [--shots DIR] [--only TEXT]
// (--runs 0: no view timings; --only TEXT: only the checks whose name contains TEXT)
//
// It writes only to a copy of the database (--db is copied to a temporary folder first): the
// curation checks, each undone, and one re-ingested article.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '3' }, shots: { type: 'string' }, only: { type: 'string' } } });
if (!values.db || !existsSync(values.db)) {
  console.error('usage: node scripts/ui-scale.mjs --db FILE [--runs N] [--shots DIR] [--only TEXT]   (FILE: a database made by chronicle ingest)');
  process.exit(2);
}
const { SqliteStore } = await import(join(root, 'dist/src/store/sqlite/index.js'));
const { startServer } = await import(join(root, 'dist/src/server/app.js'));
const { buildUi, chromiumPath, launch } = await import(join(root, 'dist/test/web/browser.js'));
const { ingest } = await import(join(root, 'dist/src/ingest/index.js'));
const { applyEntityCurations } = await import(join(root, 'dist/src/corpus/curation.js'));
const executable = chromiumPath();
if (!executable) {
  console.error('chromium not found (apt-get install chromium, or set CHROMIUM_PATH)');
  process.exit(2);
}

const TOKEN = 'ui-scale';
const work = mkdtempSync(join(tmpdir(), 'chronicle-ui-scale-'));
const dbCopy = join(work, 'copy.db');
copyFileSync(values.db, dbCopy);
for (const ext of ['-wal', '-shm']) if (existsSync(values.db + ext)) copyFileSync(values.db + ext, dbCopy + ext);
const webDir = await buildUi();
const store = new SqliteStore(dbCopy);
const started = performance.now();
const server = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: webDir, token: TOKEN });
await server.corpusReady();
const corpusSeconds = (performance.now() - started) / 1000;
const context = await launch(executable);
const page = context.pages()[0] ?? (await context.newPage());
/** fetch, once more when a kept-alive connection was closed by the server while idle (ECONNRESET). */
const fetchRetry = async (url, init) => {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
};
const api = async (path) => (await fetchRetry(server.url + path)).json();

const result = { documents: 0, corpusReadySeconds: Math.round(corpusSeconds * 10) / 10, views: {}, checks: {}, axe: {} };
try {
  const overview = await api('/api/overview');
  result.documents = overview.documents;
  result.events = overview.events;
  result.entities = overview.entities;
  const [doc] = (await api('/api/documents?limit=1&offset=' + Math.floor(overview.documents / 2))).items;
  const [entity] = (await api('/api/entities?limit=1')).items;
  const events = (await api('/api/events?limit=1000')).items;
  const merged = [...events].sort((a, b) => b.documentCount - a.documentCount)[0];
  const word = (doc.title.match(/[A-Za-z]{6,}/) ?? ['company'])[0].toLowerCase();
  const prefix = word.slice(0, 5);
  const views = [
    ['library', '#/', '.doc-list li'],
    ['reader', `#/doc/${doc.id}`, '.reader-text p'],
    ['search', `#/search?q=${encodeURIComponent(prefix + '*')}`, '.results li, .search-layout .empty'],
    ['entities', '#/entities', '.table tbody tr'],
    ['entity', `#/entity/${encodeURIComponent(entity.key)}`, '.entity-docs tbody tr'],
    ['event', `#/event/${encodeURIComponent(merged.key)}`, '.report'],
    ['timeline', '#/timeline', '.timeline-svg .tl-event'],
    ['map', '#/map', '.map-svg .marker'],
    ['graph', '#/graph', '.graph-canvas[data-nodes]'],
    ['claims', '#/claims', '.claim, .empty-state'],
  ];
  const sizes = [];
  page.on('response', async (res) => {
    if (!res.url().includes('/api/')) return;
    const body = await res.body().catch(() => Buffer.alloc(0));
    sizes.push({ url: res.url().replace(server.url, ''), bytes: body.length });
  });
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  for (const [name, hash, ready] of Number(values.runs) > 0 ? views : []) {
    const times = [];
    let biggest = { url: '', bytes: 0 };
    for (let run = 0; run < Number(values.runs); run++) {
      await page.goto('about:blank');
      sizes.length = 0;
      const t0 = performance.now();
      await page.goto(`${server.url}/${hash}`);
      await page.waitForSelector(ready, { timeout: 30_000 });
      times.push(performance.now() - t0);
      await page.waitForLoadState('networkidle');
      for (const s of sizes) if (s.bytes > biggest.bytes) biggest = s;
    }
    times.sort((a, b) => a - b);
    result.views[name] = { firstRenderMs: Math.round(times[0]), medianMs: Math.round(times[Math.floor(times.length / 2)]), worstMs: Math.round(times[times.length - 1]), largestResponseBytes: biggest.bytes, largestResponse: biggest.url };
    await page.evaluate(axeSource);
    const axe = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`));
    result.axe[name] = axe;
    if (values.shots) {
      mkdirSync(values.shots, { recursive: true });
      await page.screenshot({ path: join(values.shots, `scale-${name}.png`) });
    }
  }

  const check = async (name, fn) => {
    if (values.only && !name.includes(values.only)) return;
    try {
      result.checks[name] = (await fn()) ?? 'pass';
    } catch (err) {
      const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message})` : '';
      result.checks[name] = `fail: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}${cause}`;
    }
  };
  const must = (ok, message) => {
    if (!ok) throw new Error(message);
  };
  await check('citation lands on its sentence', async () => {
    let landed = 0;
    const reports = events.flatMap((e) => e.reports).slice(0, 10);
    for (const r of reports) {
      await page.goto(`${server.url}/#/doc/${r.docId}?hl=${r.sentenceSpan.start}-${r.sentenceSpan.end}`);
      await page.waitForSelector('.cite-sentence', { timeout: 15_000 });
      const text = (await page.locator('.cite-sentence').allTextContents()).join('');
      if (text.trim() === r.sentence.trim()) landed++;
    }
    must(landed === reports.length, `${landed} of ${reports.length} report links marked their sentence`);
    return `pass (${landed}/${reports.length})`;
  });
  await check('wildcard search', async () => {
    await page.goto(`${server.url}/#/search?q=${encodeURIComponent(prefix + '*')}`);
    await page.waitForSelector('.results li');
    const marks = (await page.locator('.snippet mark').allTextContents()).map((m) => m.toLowerCase());
    must(marks.some((m) => m.startsWith(prefix)), `no highlighted word starting with ${prefix}`);
    return `pass (${prefix}*: ${await page.locator('.search-layout h2').first().textContent()})`;
  });
  await check('timeline brush and type filter', async () => {
    await page.goto(`${server.url}/#/timeline`);
    await page.waitForSelector('.timeline-overview .brush .overlay');
    const box = await page.locator('.timeline-overview .brush .overlay').boundingBox();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => /from=/.test(location.hash));
    await page.waitForSelector('.timeline-svg .tl-event, .view .empty');
    const type = events[0].type;
    await page.selectOption('select[name="type"]', type);
    await page.click('.timeline-filters button[type="submit"]');
    await page.waitForFunction((t) => location.hash.includes(`type=${t}`), type);
    await page.waitForSelector('.timeline-svg .tl-event, .view .empty');
    const classes = await page.locator('.timeline-svg .tl-event').evaluateAll((els) => els.map((e) => e.getAttribute('class')));
    must(classes.every((c) => c.includes(`et-${type}`)), 'an event of another type is drawn');
    return `pass (${classes.length} ${type} events in the brushed range)`;
  });
  await check('map country click', async () => {
    await page.goto(`${server.url}/#/map`);
    await page.waitForSelector('.map-svg .marker');
    const country = page.locator('path.country-mentioned').first();
    const name = await country.getAttribute('data-country');
    await country.dispatchEvent('click');
    await page.waitForFunction((n) => document.querySelector('.map-panel h2')?.textContent === n, name);
    return `pass (${name})`;
  });
  await check('graph expansion', async () => {
    await page.goto(`${server.url}/#/graph`);
    await page.waitForSelector('.graph-canvas[data-nodes]');
    const before = Number(await page.locator('.graph-canvas').getAttribute('data-nodes'));
    await page.locator('.graph-names button').first().click();
    await page.locator('.graph-panel [data-expand]').click();
    await page.waitForFunction((n) => Number(document.querySelector('.graph-canvas')?.getAttribute('data-nodes')) > n || /No new names/.test(document.querySelector('.graph-panel')?.textContent ?? ''), before);
    return `pass (${before} → ${await page.locator('.graph-canvas').getAttribute('data-nodes')} nodes)`;
  });
  await check('entity → articles', async () => {
    await page.goto(`${server.url}/#/entity/${encodeURIComponent(entity.key)}?sort=mentions`);
    await page.waitForSelector('.entity-docs tbody tr');
    const rows = await page.locator('.entity-docs tbody tr').count();
    must(rows === Math.min(20, entity.documents), `${rows} rows for ${entity.documents} articles`);
    return `pass (${entity.name}: ${entity.documents} articles, paged)`;
  });
  await check('event split and undo from the UI', async () => {
    // A small merged event: splitting a report off a large cluster may split it further.
    const small = events.find((e) => e.documentCount >= 2 && e.reports.length <= 6) ?? merged;
    const [first, r] = small.reports;
    const eventOf = async (key) => (await fetch(`${server.url}/api/events/${encodeURIComponent(key)}`)).json();
    const until = async (test, what) => {
      for (const t0 = Date.now(); Date.now() - t0 < 300_000; await new Promise((ok) => setTimeout(ok, 1000))) if (test(await eventOf(r.key))) return;
      throw new Error(`timed out waiting until ${what}`);
    };
    await page.goto(`${server.url}/#/event/${encodeURIComponent(first.key)}`);
    await page.waitForSelector('.curation');
    await page.fill('.curation .token-form input', TOKEN);
    await page.click('.curation .token-form button');
    const t0 = performance.now();
    await page.click(`button[data-split="${r.docId}#${r.id}"]`);
    await until((e) => e.reports?.length === 1, 'the report stands alone');
    const splitSeconds = (performance.now() - t0) / 1000;
    await page.goto(`${server.url}/#/event/${encodeURIComponent(r.key)}`);
    await page.waitForSelector('.decision button');
    await page.click('.decision button');
    await until((e) => e.reports?.some((x) => x.key === first.key), 'the report is merged back');
    return `pass (${small.reports.length} reports; split visible after ${splitSeconds.toFixed(0)} s, the corpus re-merged in the background)`;
  });
  const post = async (path, body) => {
    const res = await fetchRetry(server.url + path, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) throw new Error(`${path}: ${res.status} ${json.error ?? ''}`);
    return json;
  };
  const seconds = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  /** Re-ingests a changed copy of a stored article, as `chronicle ingest` does (decisions re-applied). */
  const reingestCopy = async (docId, note) => {
    const doc = await store.getDocument(docId);
    const dir = mkdtempSync(join(work, 'reingest-'));
    writeFileSync(join(dir, `copy-${docId.slice(0, 8)}.txt`), `${doc.title}\n\n${doc.text}\n\n${note}\n`);
    await ingest([dir], store);
    await applyEntityCurations(store);
  };
  await check('entity type corrected in the UI, kept through a re-ingest, undone', async () => {
    // an organisation named in a few hundred articles at most (on a big corpus the first pages are all larger)
    let org;
    for (let offset = 0; !org && offset < 5000; offset += 500) {
      const page = (await api(`/api/entities?type=ORG&limit=500&offset=${offset}`)).items;
      org = page.find((e) => e.documents >= 2 && e.documents <= 200);
      if (page.length < 500) break;
    }
    must(org, 'no organisation named in 2 to 200 articles');
    await page.goto(`${server.url}/#/entity/${encodeURIComponent(org.key)}`);
    await page.waitForSelector('.curation');
    const form = page.locator('.curation .token-form');
    if (await form.count()) {
      await form.locator('input').fill(TOKEN);
      await form.locator('button').click();
    }
    const t0 = performance.now();
    await page.selectOption('#entity-type', 'LOC');
    await page.click('.curation button:has-text("Correct type")');
    await page.waitForSelector('.type-reason', { timeout: 120_000 });
    const shown = seconds(t0);
    const [first] = (await api(`/api/entities/${encodeURIComponent(org.key)}/documents?limit=1`)).items;
    await reingestCopy(first.id, 'This article was updated with a correction of a name.');
    const after = await api(`/api/entities/${encodeURIComponent(org.key)}`);
    must(after.type === 'LOC' && after.documents === org.documents + 1, `after re-ingest: ${after.type}, ${after.documents} articles`);
    const t1 = performance.now();
    await page.goto(`${server.url}/#/entity/${encodeURIComponent(org.key)}`);
    await page.click('.decision button:has-text("Undo")');
    await page.waitForFunction(() => !document.querySelector('.type-reason'), undefined, { timeout: 120_000 });
    must((await api(`/api/entities/${encodeURIComponent(org.key)}`)).type === 'ORG', 'undo left another type');
    return `pass (${org.name}, ${org.documents} articles: shown as a place after ${shown}, undone after ${seconds(t1)})`;
  });
  await check('place referent corrected, kept through a re-ingest, undone', async () => {
    const places = (await api('/api/places?limit=200&brief=true')).items.filter((p) => p.kind === 'city' && p.documentCount <= 200);
    let place;
    let other;
    for (const p of places) {
      other = (await api(`/api/gazetteer?q=${encodeURIComponent(p.name)}`)).items.find((x) => x.ref !== p.key);
      if (other) {
        place = p;
        break;
      }
    }
    must(place, 'no place name with a second candidate');
    const t0 = performance.now();
    const decision = { kind: 'place', relation: 'referent', a: place.key, b: JSON.stringify(other) };
    await post('/api/curations', decision);
    const moved = seconds(t0);
    const docs = (await api(`/api/places/${encodeURIComponent(other.ref)}`)).documents;
    await reingestCopy(docs[0].id, 'This article was updated with a correction of a place.');
    const count = async (key) => (await fetchRetry(`${server.url}/api/places/${encodeURIComponent(key)}`)).status === 404 ? 0 : (await api(`/api/places/${encodeURIComponent(key)}`)).documentCount;
    must((await count(place.key)) === 0, 'the re-ingested copy points at the extracted place');
    const t1 = performance.now();
    await post('/api/curations/undo', decision);
    const back = await count(place.key);
    must(back === place.documentCount + 1, `undo: ${back} articles name ${place.name} again, not ${place.documentCount + 1} (${await count(other.ref)} left at ${other.ref})`);
    return `pass (${place.name} → ${other.name}, ${other.country}, ${other.kind}: ${place.documentCount} articles moved in ${moved}, undone in ${seconds(t1)})`;
  });
  await check('claim group dismissed in the UI and restored', async () => {
    const [group] = (await api('/api/claims?multi=true&limit=1')).items;
    must(group, 'no claim group stated more than once');
    await page.goto(`${server.url}/#/claims`);
    await page.waitForSelector(`button[data-dismiss="${group.key}"]`, { timeout: 30_000 });
    // The claims are regrouped in the background: wait for the API, then look at the page again.
    const grouped = async () => (await api(`/api/figures?claim=${encodeURIComponent(group.key)}&limit=1`)).total > 0;
    const until = async (want, what) => {
      for (const t = Date.now(); Date.now() - t < 600_000; await new Promise((ok) => setTimeout(ok, 1000))) if ((await grouped()) === want) return;
      throw new Error(`timed out waiting until ${what}`);
    };
    const t0 = performance.now();
    await page.click(`button[data-dismiss="${group.key}"]`);
    await until(false, 'the group is dismissed');
    const gone = seconds(t0);
    await page.goto(`${server.url}/#/claims?claim=${encodeURIComponent(group.key)}`);
    await page.waitForSelector('.curation .decision button');
    const t1 = performance.now();
    await page.click('.curation .decision button:has-text("Undo")');
    await until(true, 'the group is back');
    return `pass (“${group.what}”: gone after ${gone}, back after ${seconds(t1)}; the claims are regrouped in the background)`;
  });
  await check('alias added and removed (every stored mention re-resolved each time)', async () => {
    const person = (await api('/api/entities?type=PER&limit=20')).items.find((e) => e.name.includes(' '));
    const alias = { type: 'PER', alias: `${person.name.split(' ').pop()} Testalias`, canonical: person.name };
    const t0 = performance.now();
    await post('/api/aliases', alias);
    const added = seconds(t0);
    const t1 = performance.now();
    await post('/api/aliases/undo', alias);
    must((await api('/api/curations')).aliases.length === 0, 'the alias is still stored');
    return `pass (add ${added}, remove ${seconds(t1)})`;
  });
} finally {
  await context.close();
  await server.close();
  await store.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(webDir, { recursive: true, force: true });
}
const views = Object.values(result.views);
if (views.length) {
  result.slowestFirstRenderMs = Math.max(...views.map((v) => v.firstRenderMs));
  result.largestResponseBytes = Math.max(...views.map((v) => v.largestResponseBytes));
}
console.log(JSON.stringify(result, null, 2));
