#!/usr/bin/env node
// Prints the text an anchored ECB+ gold's offsets point into ("anchoredTo": "ecbplus"), one
// sentence a line with its start and end offsets, to help write such a gold by hand. Only the
// text: no part of Chronicle's pipeline runs. Needs the build (npx tsc -p tsconfig.json).
//   node scripts/ecb-text.mjs FILE.xml
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseEcbDocument } from '../dist/src/eval/ecb/read.js';
import { ecbText } from '../dist/src/eval/ecb/text.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/ecb-text.mjs FILE.xml');
  process.exit(2);
}
const text = ecbText(parseEcbDocument(readFileSync(file, 'utf8'), basename(dirname(file)), null));
let at = 0;
text.split('\n\n').forEach((line, i) => {
  console.log(`[${i}] ${at}-${at + line.length}  ${line}`);
  at += line.length + 2;
});
console.log(`(${text.length} characters)`);
