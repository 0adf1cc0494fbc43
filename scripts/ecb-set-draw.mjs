#!/usr/bin/env node
// Draws a blind set of ECB+ train-topic documents without reading their text: every file name of
// the train topics, sorted, shuffled with seededRandom (mulberry32) under the seed given, then the
// first documents with at least MIN tokens, at most one per topic. Only the tokens are counted.
// Needs the build (npx tsc -p tsconfig.json).
//   node scripts/ecb-set-draw.mjs ECBPLUS_DIR [--seed 26] [--count 16] [--min-tokens 150]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom, shuffled } from '../dist/src/seeded-random.js';

// the usual ECB+ train split (Cybulska and Vossen 2014); dev and test topics are never drawn
const TRAIN_TOPICS = [1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33];

const args = process.argv.slice(2);
// a flag with no whole number after it is a usage error, not NaN (which would draw nothing)
const flag = (name, dflt) => {
  if (!args.includes(name)) return dflt;
  const value = args[args.indexOf(name) + 1];
  if (value === undefined || !/^\d+$/.test(value)) {
    console.error(`${name} needs a whole number`);
    process.exit(2);
  }
  return Number(value);
};
const dir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (!dir) {
  console.error('usage: node scripts/ecb-set-draw.mjs ECBPLUS_DIR [--seed 26] [--count 16] [--min-tokens 150]');
  process.exit(2);
}
const seed = flag('--seed', 26);
const count = flag('--count', 16);
const minTokens = flag('--min-tokens', 150);

const names = [];
for (const topic of TRAIN_TOPICS) {
  const folder = join(dir, 'topics', String(topic));
  if (!existsSync(folder)) continue; // ECB+ has no topics 15 and 17
  for (const f of readdirSync(folder)) if (f.endsWith('.xml')) names.push(`topics/${topic}/${f}`);
}
names.sort();
const seen = new Set();
const drawn = [];
for (const name of shuffled(names, seededRandom(seed))) {
  const topic = name.split('/')[1];
  if (seen.has(topic)) continue;
  const tokens = (readFileSync(join(dir, name), 'utf8').match(/<token\b/g) ?? []).length;
  if (tokens < minTokens) continue;
  seen.add(topic);
  drawn.push(name);
  if (drawn.length === count) break;
}
console.log(drawn.join('\n'));
