#!/usr/bin/env node
// Prints one hash per table of a Chronicle SQLite database (its rows, rowids included, sorted; columns
// ending in _at, the clock's, left out), so
// two databases built by different builds can be compared table by table:
//   node scripts/db-rowhash.mjs a.db > a.txt; node scripts/db-rowhash.mjs b.db > b.txt; diff a.txt b.txt
// --no-rowid leaves rowids out: with several analysis threads documents are stored in the order
// their analyses finish, so rowids differ from run to run while the rows do not.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

const args = process.argv.slice(2);
const withRowids = !args.includes('--no-rowid');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: node scripts/db-rowhash.mjs [--no-rowid] FILE.db');
  process.exit(2);
}
const db = new Database(file, { readonly: true });
const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
for (const { name, sql } of tables) {
  // WITHOUT ROWID and virtual tables have no rowid to read
  const hasRowid = withRowids && !/WITHOUT\s+ROWID/i.test(sql ?? '') && !/^CREATE VIRTUAL/i.test(sql ?? '');
  // when a row was added is the clock's, not the build's: left out
  const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name).map((c) => c.name).filter((c) => !/_at$/.test(c));
  const list = columns.map((c) => `"${c}"`).join(', ');
  let rows;
  try {
    rows = db.prepare(`SELECT ${hasRowid ? 'rowid AS _rowid_, ' : ''}${list} FROM "${name}"`).raw().all();
  } catch {
    rows = db.prepare(`SELECT ${list} FROM "${name}"`).raw().all();
  }
  const lines = rows.map((r) => JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? v.toString() : Buffer.isBuffer(v) ? v.toString('base64') : v)));
  lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  console.log(`${name}\t${rows.length}\t${hash.digest('hex').slice(0, 16)}`);
}
