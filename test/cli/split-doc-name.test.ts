// `chronicle split ENTITY --doc NAME` takes the document as every other --doc does (an id prefix,
// a path or a base name): before, only the full id was taken and a base name was answered with
// "has no mentions in …" and a hint to `chronicle show NAME`, which did work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestedTexts, runCli } from '../helpers.js';

function ingested(): string {
  return ingestedTexts({
    'orchard-fire.txt': 'Fire in orchard\n\nFirefighters in Kaunas put out a fire in an apple orchard on Tuesday, the mayor Jonas Petraitis said.\n',
    'river-flood.txt': 'River floods streets\n\nThe river in Kaunas flooded two streets on Friday after a week of rain.\n',
  });
}

type Row = { id: string; name: string; documents: number };
const entities = (db: string) => JSON.parse(runCli(['entities', '--db', db, '--json']).stdout) as Row[];
const docs = (db: string) => JSON.parse(runCli(['docs', '--db', db, '--json']).stdout) as Array<{ id: string; title: string }>;

test('split --doc takes a file base name, and --undo takes it back by the same name', () => {
  const db = ingested();
  const flood = docs(db).find((d) => d.title === 'River floods streets')!;
  const kaunas = entities(db).find((e) => e.name === 'Kaunas')!;
  assert.equal(kaunas.documents, 2);
  const res = runCli(['split', kaunas.id, '--doc', 'river-flood', '--db', db, '--json']);
  assert.equal(res.status, 0, res.stderr);
  const out = JSON.parse(res.stdout) as { doc: string; mentionsChanged: number };
  assert.equal(out.doc, flood.id, 'the decision names the full id');
  assert.equal(out.mentionsChanged, 1);
  assert.equal(entities(db).find((e) => e.id === kaunas.id)?.documents, 1);
  const undone = runCli(['split', kaunas.id, '--doc', 'river-flood', '--undo', '--db', db]);
  assert.equal(undone.status, 0, undone.stderr);
  assert.equal(entities(db).find((e) => e.id === kaunas.id)?.documents, 2);
});

test('split --doc takes an id prefix; a name that is no document is a usage error saying so', () => {
  const db = ingested();
  const fire = docs(db).find((d) => d.title === 'Fire in orchard')!;
  const kaunas = entities(db).find((e) => e.name === 'Kaunas')!;
  const res = runCli(['split', kaunas.id, '--doc', fire.id.slice(0, 8), '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  assert.match(res.stdout, new RegExp(`^Mentions of ${kaunas.id} in ${fire.id} are now entity`));
  const missing = runCli(['split', kaunas.id, '--doc', 'no-such-article', '--db', db]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no document "no-such-article"/);
});
