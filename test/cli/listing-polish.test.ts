// What people read in the CLI: a date without a year spelled out in tables (JSON keeps ISO), a split
// that would move nothing refused, and each listing's usage line naming its own options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestedTexts, runCli } from '../helpers.js';
import { readableDate } from '../../src/readable-date.js';

/** Two articles, the first dated by its dateline without a year; only the first names the harbour master. */
function ingested(): string {
  return ingestedTexts({
    'ferry.txt': 'Ferry captain held\n\nTALLINN, January 29 (Reuters) - Police in Tallinn arrested the captain of a ferry on January 28, the harbour master Kadri Tamm said. Tamm said the captain had refused an inspection.\n',
    'storm.txt': 'Storm closes ferries\n\nFerries between Tallinn and Helsinki stopped running on Sunday as a storm crossed the Baltic.\n',
  });
}

test('readableDate spells out a date without a year and leaves others as stored', () => {
  assert.equal(readableDate('--01-29'), '29 Jan (year unknown)');
  assert.equal(readableDate('--12'), 'Dec (year unknown)');
  assert.equal(readableDate('2024-03-05'), '2024-03-05');
  assert.equal(readableDate('2024'), '2024');
  assert.equal(readableDate(null), '—');
});

test('tables print a date without a year readably; JSON keeps the ISO form', () => {
  const db = ingested();
  const docs = runCli(['docs', '--db', db]);
  assert.equal(docs.status, 0, docs.stderr);
  assert.match(docs.stdout, /29 Jan \(year unknown\)/);
  assert.doesNotMatch(docs.stdout, /--01-29/);
  const json = JSON.parse(runCli(['docs', '--db', db, '--json']).stdout) as Array<{ published: string | null }>;
  assert.ok(json.some((d) => d.published === '--01-29'), JSON.stringify(json));
  for (const args of [['events'], ['events', '--merged']]) {
    const events = runCli([...args, '--type', 'arrest', '--db', db]);
    assert.equal(events.status, 0, events.stderr);
    assert.match(events.stdout, /28 Jan \(year unknown\)/, args.join(' '));
    assert.doesNotMatch(events.stdout, /--01-28/, args.join(' '));
  }
  const eventsJson = JSON.parse(runCli(['events', '--type', 'arrest', '--db', db, '--json']).stdout) as Array<{ date?: { iso: string | null } }>;
  assert.ok(eventsJson.some((e) => e.date?.iso === '--01-28'), JSON.stringify(eventsJson));
});

test('split: an entity with no mentions in the document is refused and nothing is stored', () => {
  const db = ingested();
  const entities = JSON.parse(runCli(['entities', '--db', db, '--json']).stdout) as Array<{ id: string; name: string; mentions: number }>;
  const tamm = entities.find((e) => e.name === 'Kadri Tamm');
  assert.ok(tamm, JSON.stringify(entities));
  const docs = JSON.parse(runCli(['docs', '--db', db, '--json']).stdout) as Array<{ id: string; title: string }>;
  const storm = docs.find((d) => d.title === 'Storm closes ferries')!;
  const ferry = docs.find((d) => d.title === 'Ferry captain held')!;

  const res = runCli(['split', tamm.id, '--doc', storm.id, '--db', db]);
  assert.equal(res.status, 2, res.stdout);
  assert.match(res.stderr, new RegExp(`${tamm.id} has no mentions in ${storm.id}: nothing was split`));
  assert.doesNotMatch(res.stdout, /are now entity/);
  const after = JSON.parse(runCli(['entities', '--db', db, '--json']).stdout) as Array<{ id: string; mentions: number }>;
  assert.equal(after.find((e) => e.id === tamm.id)?.mentions, tamm.mentions);

  // where the entity is mentioned, the split goes ahead
  const moved = runCli(['split', tamm.id, '--doc', ferry.id, '--db', db, '--json']);
  assert.equal(moved.status, 0, moved.stderr);
  assert.equal((JSON.parse(moved.stdout) as { mentionsChanged: number }).mentionsChanged, tamm.mentions);
});

test("each listing's usage line names its own options: events has --merged, figures does not", () => {
  // the synopsis, on as many lines as 80 columns take
  const line = (cmd: string) => runCli([cmd, '--help']).stdout.split('\n\n')[0];
  assert.match(line('events'), /^Usage: chronicle events [\s\S]*\[--merged\]/);
  assert.doesNotMatch(line('figures'), /--merged/);
  assert.match(line('figures'), /^Usage: chronicle figures \[--type T\] \[--doc ID\]/);
});
