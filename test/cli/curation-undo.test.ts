// `chronicle merge … --undo` and `chronicle split … --undo` take a decision back from the command
// line (before, only the browser could; merge's help sent people to `split`, which does not undo
// a merge), and say so when there is no such decision to undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestedTexts, runCli } from '../helpers.js';

function ingested(): string {
  return ingestedTexts({
    'ferry.txt': 'Ferry captain held\n\nPolice in Tallinn arrested the captain of a ferry from Helsinki on Monday, the harbour master Kadri Tamm said.\n',
    'storm.txt': 'Storm closes ferries\n\nFerries between Tallinn and Helsinki stopped running on Sunday as a storm crossed the Baltic.\n',
  });
}

type Row = { id: string; name: string; mentions: number; documents: number };

function entities(db: string): Row[] {
  return JSON.parse(runCli(['entities', '--db', db, '--json']).stdout) as Row[];
}

test('merge --undo takes a merge back; undoing one that is not stored is refused', () => {
  const db = ingested();
  const before = entities(db);
  const helsinki = before.find((e) => e.name === 'Helsinki')!;
  const tallinn = before.find((e) => e.name === 'Tallinn')!;
  assert.ok(helsinki && tallinn, JSON.stringify(before));
  assert.equal(runCli(['merge', helsinki.id, tallinn.id, '--db', db]).status, 0);
  assert.ok(!entities(db).some((e) => e.id === helsinki.id), 'merged away');

  const undone = runCli(['merge', helsinki.id, tallinn.id, '--undo', '--db', db]);
  assert.equal(undone.status, 0, undone.stderr);
  assert.match(undone.stdout, new RegExp(`^${helsinki.id} and ${tallinn.id} are apart again`));
  assert.deepEqual(entities(db).find((e) => e.id === helsinki.id), helsinki);

  const again = runCli(['merge', helsinki.id, tallinn.id, '--undo', '--db', db]);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /no merge of .* is stored: nothing was undone/);
  assert.doesNotMatch(runCli(['merge', '--help']).stdout, /Undo a wrong merge with `chronicle split`/);
});

test('split --undo gives the mentions back to the entity', () => {
  const db = ingested();
  const storm = (JSON.parse(runCli(['docs', '--db', db, '--json']).stdout) as Array<{ id: string; title: string }>).find((d) => d.title === 'Storm closes ferries')!;
  const tallinn = entities(db).find((e) => e.name === 'Tallinn')!;
  assert.equal(tallinn.documents, 2);
  assert.equal(runCli(['split', tallinn.id, '--doc', storm.id, '--db', db]).status, 0);
  assert.equal(entities(db).find((e) => e.id === tallinn.id)?.documents, 1);
  // the entity has no mentions in that document now: the undo must not be refused for it
  const undone = runCli(['split', tallinn.id, '--doc', storm.id, '--undo', '--db', db, '--json']);
  assert.equal(undone.status, 0, undone.stderr);
  assert.equal((JSON.parse(undone.stdout) as { undone: string }).undone, tallinn.id);
  assert.deepEqual(entities(db).find((e) => e.id === tallinn.id), tallinn);
  assert.equal(runCli(['split', tallinn.id, '--doc', storm.id, '--undo', '--db', db]).status, 2, 'nothing left to undo');
});

test('curation messages write a count of one in the singular', () => {
  const db = ingested();
  const before = entities(db);
  const tamm = before.find((e) => e.name === 'Kadri Tamm')!;
  const tallinn = before.find((e) => e.name === 'Tallinn')!;
  assert.ok(tamm && tallinn && tamm.mentions === 1, JSON.stringify(before));
  const merged = runCli(['merge', tamm.id, tallinn.id, '--db', db]);
  assert.equal(merged.status, 0, merged.stderr);
  assert.equal(merged.stdout.trim(), `Merged ${tamm.id} into ${tallinn.id} (1 mention).`, 'not "1 mentions"');
});

// An undo re-resolves every mention and re-applies the decisions that remain, so a remaining merge
// was taken back and made again: the count said 3 for a split that gave back 1 mention. It counts
// what differs afterwards.
test('an undo counts the mentions it changed, not those re-resolved back to where they were', () => {
  const db = ingested();
  const before = entities(db);
  const tamm = before.find((e) => e.name === 'Kadri Tamm')!;
  const helsinki = before.find((e) => e.name === 'Helsinki')!;
  const tallinn = before.find((e) => e.name === 'Tallinn')!;
  const storm = (JSON.parse(runCli(['docs', '--db', db, '--json']).stdout) as Array<{ id: string; title: string }>).find((d) => d.title === 'Storm closes ferries')!;
  assert.equal(runCli(['merge', tamm.id, helsinki.id, '--db', db]).status, 0);
  const split = runCli(['split', tallinn.id, '--doc', storm.id, '--db', db, '--json']);
  assert.equal((JSON.parse(split.stdout) as { mentionsChanged: number }).mentionsChanged, 1);
  const undone = runCli(['split', tallinn.id, '--doc', storm.id, '--undo', '--db', db, '--json']);
  assert.equal(undone.status, 0, undone.stderr);
  assert.equal((JSON.parse(undone.stdout) as { mentionsChanged: number }).mentionsChanged, 1, 'one mention came back; the merge stands');
  const unmerged = runCli(['merge', tamm.id, helsinki.id, '--undo', '--db', db, '--json']);
  assert.equal((JSON.parse(unmerged.stdout) as { mentionsChanged: number }).mentionsChanged, tamm.mentions);
});
