// `chronicle merge` and `split` take entity ids, which only `entities --json` printed: a journalist
// reading the table had no id to copy. The table now starts with it. The article is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { ingestedTexts, runCli } from '../helpers.js';

test('the entities table starts with the id that merge and split take', () => {
  const db = ingestedTexts({ 'quay.txt': 'Quay closed\n\nErik Lund, the harbour master in Tromsø, closed the quay on Monday after a fire on a fishing boat.' });
  const json = JSON.parse(runCli(['entities', '--json', '--db', db]).stdout) as Array<{ id: string; name: string }>;
  const lund = json.find((e) => e.name === 'Erik Lund');
  assert.ok(lund, 'Erik Lund is an entity');
  const table = runCli(['entities', '--db', db]).stdout.split('\n');
  assert.match(table[0], /^id\s+type\s+mentions/);
  assert.ok(table.some((line) => line.startsWith(`${lund.id} `) && line.includes('Erik Lund')), table.join('\n'));
});
