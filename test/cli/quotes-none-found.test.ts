// `chronicle quotes --speaker NAME` with no match said only "No quotes found.", so a reader could
// not tell a misspelt name from a person never quoted. It now names the filter and how names match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestedTexts, runCli } from '../helpers.js';

test('no quote by that speaker: the name is repeated and the matching explained', () => {
  const db = ingestedTexts({ 'pier.txt': 'Pier reopens\n\n"We are delighted to welcome visitors back," said Maria Lindqvist, the harbour master, on Saturday.\n' });
  const res = runCli(['quotes', '--speaker', 'Lindkvist', '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  assert.match(res.stdout, /^No quotes by "Lindkvist"\.\nA speaker is matched by a whole name or alias/);
  const typed = runCli(['quotes', '--type', 'indirect', '--doc', 'pier', '--db', db]);
  assert.equal(typed.stdout, 'No indirect quotes in "pier".\n');
});
