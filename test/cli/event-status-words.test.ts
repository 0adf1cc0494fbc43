// The events table says how each article reports an event in the words the web UI uses ("stated as
// fact", "planned or threatened", "denied"), not the extraction's values ("asserted"), which --json keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { runCli, tempDir } from '../helpers.js';
import { eventStatusInArticles as statusText, eventStatusWords } from '../../src/event-status-words.js';
import { EVENT_STATUSES } from '../../src/types.js';

test('every status reads in the CLI as the web UI begins to say it', () => {
  for (const status of [...EVENT_STATUSES, 'reported', 'suspected']) {
    const ui = statusText(status).replace(' in the article', '');
    const cli = eventStatusWords(status);
    // the extraction's own terms are not shown where the UI says otherwise
    if (!ui.startsWith(status)) assert.notEqual(cli, status);
    assert.ok(ui.startsWith(cli), `${status}: CLI "${cli}", UI "${ui}"`);
  }
});

test('events: the "reported as" column in words, --json with the values', () => {
  const dir = tempDir();
  const file = join(dir, 'ferries.txt');
  writeFileSync(file, 'Ferry crews strike in Split\n\nFerry crews in Split went on strike on Monday over pay, the union said.\n\nThe union said it planned to hold a second strike in Zadar next month.\n\nPolice denied that officers had arrested any of the strikers.\n');
  const db = join(dir, 'status.db');
  assert.equal(runCli(['ingest', file, '--db', db]).status, 0);
  const table = runCli(['events', '--db', db]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /reported as/);
  assert.match(table.stdout, /stated as fact/);
  assert.match(table.stdout, /planned or threatened/);
  assert.doesNotMatch(table.stdout, /\basserted\b/);
  const json = JSON.parse(runCli(['events', '--db', db, '--json']).stdout) as Array<{ status: string }>;
  assert.ok(json.some((e) => e.status === 'asserted') && json.some((e) => e.status === 'planned'), JSON.stringify(json.map((e) => e.status)));
  assert.match(runCli(['events', '--help']).stdout, /stated as fact \(asserted\)/);
});
