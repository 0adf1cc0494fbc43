// `chronicle show` lists a document's entities one per resolved entity, as `chronicle entities` counts
// them: a full name with an accented letter and its surname alone later ("Hélène Marchand … Marchand")
// are one person written two ways, not two names. The file is windows-1252, as many European sites serve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

test('show: an accented full name and its surname are one entity, in text and --json', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  const text =
    'Gallery owner Hélène Marchand said on Tuesday that the \u201cnew rent\u201d would close her shop in Nantes. ' +
    'Marchand, who opened the gallery in 2009, said she had asked the council for help.\n';
  // windows-1252 bytes: é is 0xE9, the curly quotes 0x93 and 0x94
  const bytes = Buffer.from(text.replace('\u201c', '\x93').replace('\u201d', '\x94'), 'latin1');
  writeFileSync(join(dir, 'in', 'gallery.txt'), bytes);
  const db = join(dir, 'c.db');
  const res = runCli(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  const shown = runCli(['show', 'gallery', '--db', db]);
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, /“new rent”/);
  const line = shown.stdout.split('\n').find((l) => l.startsWith('entities: '));
  assert.ok(line, shown.stdout);
  assert.match(line, /Hélène Marchand \(PER; also Marchand\)/);
  assert.doesNotMatch(line, /, Marchand \(PER\)/);
  const json = JSON.parse(runCli(['show', 'gallery', '--db', db, '--json']).stdout) as { mentions: Array<{ text: string; entity?: string }> };
  const people = json.mentions.filter((m) => /Marchand/.test(m.text));
  assert.equal(people.length, 2);
  assert.ok(people[0].entity);
  assert.equal(people[0].entity, people[1].entity);
  const listed = JSON.parse(runCli(['entities', '--db', db, '--json']).stdout) as Array<{ id: string; name: string }>;
  assert.equal(listed.find((e) => e.id === people[0].entity)?.name, 'Hélène Marchand');
});
