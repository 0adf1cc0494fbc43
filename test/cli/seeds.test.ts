// The spine on the real seed articles, through the CLI as a user runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, sharedDir, SHARED_MISSING, tempDir } from '../helpers.js';

interface GoldDoc {
  title: string;
  authors: string[];
  boilerplate: string[];
  mustKeep: string[];
  duplicateParagraphs?: string[];
}

const shared = sharedDir();

test('seeds: ingest, docs, show, search', { skip: shared ? false : SHARED_MISSING, timeout: 120_000 }, async (t) => {
  const db = join(tempDir(), 'seeds.db');
  const seeds = join(shared!, 'seeds');
  const ingest = runCli(['ingest', seeds, '--db', db, '--json']);
  assert.equal(ingest.status, 0, ingest.stderr);
  const summary = JSON.parse(ingest.stdout);
  assert.equal(summary.ingested, 5);
  assert.deepEqual(summary.failed, []);

  const docs = JSON.parse(runCli(['docs', '--db', db, '--json']).stdout) as Array<{ id: string; source: string; title: string; words: number }>;
  assert.equal(docs.length, 5);
  for (const d of docs) assert.ok(d.id && d.source && d.words > 50);

  const gold = JSON.parse(readFileSync(join(shared!, 'gold', 'seeds.json'), 'utf8')) as { documents: Record<string, GoldDoc> };
  for (const [file, g] of Object.entries(gold.documents)) {
    const name = file.replace(/\.txt$/, '');
    const res = runCli(['show', name, '--db', db, '--json']);
    assert.equal(res.status, 0, res.stderr);
    const doc = JSON.parse(res.stdout) as { text: string; title: string; authors: string[]; removed: Array<{ text: string; reason: string }> };
    for (const b of g.boilerplate) assert.ok(!doc.text.includes(b), `${name}: boilerplate kept: ${b}`);
    for (const k of g.mustKeep) assert.ok(doc.text.includes(k), `${name}: lost: ${k}`);
    for (const p of g.duplicateParagraphs ?? []) assert.equal(doc.text.split(p).length - 1, 1, `${name}: duplicated paragraph not once: ${p}`);
    assert.equal(doc.title, g.title, `${name}: title`);
    assert.deepEqual(doc.authors, g.authors, `${name}: authors`);
  }

  const search = JSON.parse(runCli(['search', 'extradition Turkey', '--db', db, '--json']).stdout) as Array<{ snippet: string }>;
  assert.ok(search.length >= 1);
  assert.match(search[0].snippet, /\[(extradition|Turkey)\]/i);

  // Entities across documents: homonyms apart, aliases together.
  const entities = JSON.parse(runCli(['entities', '--db', db, '--json']).stdout) as Array<{ name: string; type: string; aliases: string[] }>;
  const named = (n: string) => entities.filter((e) => e.name === n);
  assert.equal(named('Sergey Smirnov').length, 1);
  assert.equal(named('Alexander Smirnov').length, 1);
  const isis = named('Islamic State');
  assert.equal(isis.length, 1);
  for (const alias of ['ISIS', 'ISIL']) assert.ok(isis[0].aliases.includes(alias), `Islamic State is also written ${alias}`);
  // "IG" is not curated (it means inspector general as often): without a definition in the text it stays apart
  assert.ok(!isis[0].aliases.includes('IG'));
  assert.ok(!entities.some((e) => e.name !== 'Islamic State' && e.aliases.includes('ISIS')));

  // Places on the map.
  const placed = new Set<string>();
  for (const name of Object.keys(gold.documents).map((f) => f.replace(/\.txt$/, ''))) {
    const doc = JSON.parse(runCli(['show', name, '--db', db, '--json']).stdout) as { places: Array<{ text: string; place: { lat: number; lon: number } }> };
    for (const p of doc.places) if (Number.isFinite(p.place.lat) && Number.isFinite(p.place.lon)) placed.add(p.text);
  }
  for (const city of ['Istanbul', 'Bodrum', 'Nalchik', 'Bishkek']) assert.ok(placed.has(city), `${city} has coordinates`);

  // Disagreeing sources side by side; one event reported in two documents.
  const disputed = JSON.parse(runCli(['claims', '--disputed', '--db', db, '--json']).stdout) as Array<{ claims: Array<{ value: number; source: string | null }> }>;
  assert.ok(disputed.some((g) => [1700, 2500].every((v) => g.claims.some((c) => c.value === v))), 'about 1,700 vs up to 2,500');
  const merged = JSON.parse(runCli(['events', '--merged', '--type', 'designation', '--db', db, '--json']).stdout) as Array<{ sources: string[] }>;
  // The two reports share their target only through "IG" = Islamic State, a curated alias removed
  // because "IG" means inspector general as often (issue 15); known shortfall, kept visible.
  await t.test('the designation reported in two documents is one event', { todo: 'needs a way to know IG is Islamic State without curating it' }, () => {
    assert.ok(merged.some((e) => e.sources.length === 2));
  });

  const again = JSON.parse(runCli(['ingest', seeds, '--db', db, '--json']).stdout);
  assert.equal(again.ingested, 0);
  assert.equal(again.unchanged, 5);
});

test('show names a missing document clearly', () => {
  const db = join(tempDir(), 'empty.db');
  const res = runCli(['docs', '--db', db]);
  assert.equal(res.status, 1);
  assert.match(res.stderr, /no database at/);
});
