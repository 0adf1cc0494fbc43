// Article text may hold U+2028 (line separator), U+2029 (paragraph separator) or U+0085 (next line).
// JSON allows them raw in strings, but Node's readline and Python's str.splitlines() end a line at
// them: JSON Lines and FtM exports write them escaped, so each record stays one line for any reader,
// and a restored export still has the characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonLine } from '../../src/export/json-line.js';
import { ingestedTexts, runCli, tempDir } from '../helpers.js';

const ARTICLE = 'Port strike ends\n\nDock workers in Antwerp ended their strike on Friday.\u2028The union said talks would go on.\u0085 A ship left at noon.\u2029\n';

async function readlineRecords(text: string): Promise<unknown[]> {
  const records: unknown[] = [];
  for await (const line of createInterface({ input: Readable.from([text]), crlfDelay: Infinity })) if (line) records.push(JSON.parse(line));
  return records;
}

test('jsonLine escapes the characters line readers break at, and parses back to the same value', () => {
  const value = { text: 'a\u2028b\u2029c\u0085d', plain: 'é' };
  const line = jsonLine(value);
  assert.equal(line, '{"text":"a\\u2028b\\u2029c\\u0085d","plain":"é"}\n');
  assert.deepEqual(JSON.parse(line), value);
});

test('an article holding line and paragraph separators exports one line per record, read back by readline', async () => {
  const db = ingestedTexts({ 'antwerp-strike.txt': ARTICLE });
  const dir = tempDir();
  for (const format of ['jsonl', 'ftm']) {
    const out = join(dir, `kb.${format}`);
    const res = runCli(['export', '--format', format, '--out', out, '--db', db]);
    assert.equal(res.status, 0, res.stderr);
    const text = readFileSync(out, 'utf8');
    assert.ok(!/[\u0085\u2028\u2029]/.test(text), `${format}: no raw separator`);
    const records = await readlineRecords(text);
    assert.equal(records.length, text.split('\n').filter(Boolean).length, format);
    assert.ok(JSON.stringify(records).includes('Friday.\u2028The union'), `${format} keeps the character`);
  }
  // restored, the text still holds them
  const restored = join(dir, 'restored.db');
  assert.equal(runCli(['ingest', join(dir, 'kb.jsonl'), '--db', restored]).status, 0);
  const shown = runCli(['show', 'antwerp-strike', '--json', '--db', restored]);
  assert.equal(shown.status, 0, shown.stderr);
  assert.match((JSON.parse(shown.stdout) as { text: string }).text, /Friday\.\u2028The union/);
});
