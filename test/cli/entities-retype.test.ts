// `chronicle entities retype ID --type T` corrects an entity's type from the command line (before,
// only the browser and the API could): the same stored decision, listed with the others, followed by
// the exports, kept when more articles arrive, and taken back with --undo. Our own articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestedTexts, runCli } from '../helpers.js';

const texts = {
  'quay.txt': 'Quay closed\n\nThe harbour authority of Varnholm closed the north quay on Monday after a crane collapsed, its director Sigrid Eklund said.\n',
};

type Row = { id: string; name: string; type: string };
const exported = (db: string, ...format: string[]) => {
  const out = join(mkdtempSync(join(tmpdir(), 'retype-out-')), 'export');
  assert.equal(runCli(['export', ...format, '--out', out, '--db', db]).status, 0);
  return readFileSync(out, 'utf8');
};
const entities = (db: string) => JSON.parse(runCli(['entities', '--db', db, '--json']).stdout) as Row[];

test('retype stores a type correction that listings, exports and a later ingest follow; --undo takes it back', () => {
  const db = ingestedTexts(texts);
  const person = entities(db).find((e) => e.name === 'Sigrid Eklund');
  assert.ok(person, JSON.stringify(entities(db)));
  assert.equal(person.type, 'PER');

  const res = runCli(['entities', 'retype', person.id, '--type', 'org', '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  assert.match(res.stdout, new RegExp(`^${person.id} is now ORG \\(1 mention\\)`));
  assert.equal(entities(db).find((e) => e.id === person.id)?.type, 'ORG');

  const csv = exported(db, '--format', 'csv', '--type', 'entities');
  assert.match(csv, new RegExp(`${person.id},Sigrid Eklund,ORG`));
  const ftm = exported(db, '--format', 'ftm').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { schema: string; properties: { name?: string[] } });
  assert.ok(ftm.some((r) => r.schema === 'Organization' && r.properties.name?.includes('Sigrid Eklund')), 'FollowTheMoney says Organization');
  const jsonl = exported(db, '--format', 'jsonl');
  assert.match(jsonl, new RegExp(`"kind":"entity","relation":"type","a":"${person.id}","b":"ORG"`), 'exported with the curations');

  // another article arrives: the decision is re-applied
  const more = mkdtempSync(join(tmpdir(), 'retype-'));
  writeFileSync(join(more, 'crane.txt'), 'Crane inquiry\n\nInspectors began an inquiry into the crane on Tuesday.\n');
  assert.equal(runCli(['ingest', more, '--db', db]).status, 0);
  assert.equal(entities(db).find((e) => e.id === person.id)?.type, 'ORG');

  const undone = runCli(['entities', 'retype', person.id, '--type', 'ORG', '--undo', '--db', db]);
  assert.equal(undone.status, 0, undone.stderr);
  assert.equal(entities(db).find((e) => e.id === person.id)?.type, 'PER');
  const again = runCli(['entities', 'retype', person.id, '--type', 'ORG', '--undo', '--db', db]);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /no type correction of .* is stored: nothing was undone/);
});

test('retype refuses an unknown id and an unknown type, naming the valid ones, and stores nothing', () => {
  const db = ingestedTexts(texts);
  const person = entities(db).find((e) => e.name === 'Sigrid Eklund')!;
  const unknownType = runCli(['entities', 'retype', person.id, '--type', 'company', '--db', db]);
  assert.equal(unknownType.status, 2);
  assert.match(unknownType.stderr, /"company" is not a type: give one of PER, ORG, LOC, MISC/);
  const noType = runCli(['entities', 'retype', person.id, '--db', db]);
  assert.match(noType.stderr, /retype needs --type: give one of PER, ORG, LOC, MISC/);
  const unknownId = runCli(['entities', 'retype', 'ent_nothing1', '--type', 'ORG', '--db', db]);
  assert.equal(unknownId.status, 1);
  assert.match(unknownId.stderr, /no entity ent_nothing1 is stored: nothing was changed/);
  assert.equal(entities(db).find((e) => e.id === person.id)?.type, 'PER');
  assert.doesNotMatch(exported(db, '--format', 'jsonl'), /"relation":"type"/);
});

test('a word after entities other than retype is named, with the subcommand it may have meant', () => {
  const res = runCli(['entities', 'retyp', 'ent_x', '--db', ingestedTexts(texts)]);
  assert.equal(res.status, 2);
  assert.match(res.stderr, /unexpected "retyp": entities lists, and its one subcommand is retype/);
});
