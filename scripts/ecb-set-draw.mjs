#!/usr/bin/env node
// Draws a blind set of ECB+ documents without reading their text: every file name of the split's
// topics, sorted, shuffled with seededRandom (mulberry32) under the seed given, then the first
// documents with at least MIN tokens. Train (the default): at most one per topic. Dev: one per
// sub-topic, i.e. one N_Mecb.xml and one N_Mecbplus.xml per topic. Only the tokens are counted.
// --exclude GOLD.json (repeatable) skips the files another gold already keys, so a new set never
// re-annotates one. Needs the build (npx tsc -p tsconfig.json).
//   node scripts/ecb-set-draw.mjs ECBPLUS_DIR [--split train|dev] [--seed 26] [--count 16] [--min-tokens 150] [--exclude GOLD.json]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom, shuffled } from '../dist/src/seeded-random.js';
import { positional, wholeNumberFlag } from './draw-args.mjs';

// the usual ECB+ splits (Cybulska and Vossen 2014); test topics (36-45) are never drawn
const SPLITS = {
  train: [1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33],
  dev: [2, 5, 12, 18, 21, 23, 34, 35],
};

const args = process.argv.slice(2);
const flag = (name, dflt) => wholeNumberFlag(args, name, dflt);
const dir = positional(args);
if (!dir) {
  console.error('usage: node scripts/ecb-set-draw.mjs ECBPLUS_DIR [--split train|dev] [--seed 26] [--count 16] [--min-tokens 150] [--exclude GOLD.json]');
  process.exit(2);
}
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'train';
if (!Object.hasOwn(SPLITS, split)) {
  console.error('--split needs train or dev');
  process.exit(2);
}
const seed = flag('--seed', 26);
const count = flag('--count', 16);
const minTokens = flag('--min-tokens', 150);
// the document keys of every gold given with --exclude
const excluded = new Set();
args.forEach((a, i) => {
  if (a !== '--exclude') return;
  const file = args[i + 1];
  if (!file || file.startsWith('--') || !existsSync(file)) {
    console.error('--exclude needs a gold file');
    process.exit(2);
  }
  for (const key of Object.keys(JSON.parse(readFileSync(file, 'utf8')).documents ?? {})) excluded.add(key);
});

const names = [];
for (const topic of SPLITS[split]) {
  const folder = join(dir, 'topics', String(topic));
  if (!existsSync(folder)) continue; // ECB+ has no topics 15 and 17
  for (const f of readdirSync(folder)) if (f.endsWith('.xml')) names.push(`topics/${topic}/${f}`);
}
names.sort();
const order = shuffled(names, seededRandom(seed)).filter((name) => !excluded.has(name));
const long = (name) => (readFileSync(join(dir, name), 'utf8').match(/<token\b/g) ?? []).length >= minTokens;
const topicOf = (name) => name.split('/')[1];
const drawn = [];
if (split === 'train') {
  // at most one per topic
  const seen = new Set();
  for (const name of order) {
    if (seen.has(topicOf(name)) || !long(name)) continue;
    seen.add(topicOf(name));
    drawn.push(name);
    if (drawn.length === count) break;
  }
} else {
  // two per topic, one per sub-topic (N_Mecb.xml, N_Mecbplus.xml); a topic whose sub-topic has no
  // file of MIN tokens (topic 23's ECB texts are all under 40) takes its second from the other one
  const eligible = order.filter(long);
  const subTopic = (name) => `${topicOf(name)}/${name.endsWith('ecbplus.xml') ? 'ecbplus' : 'ecb'}`;
  const seen = new Set();
  const taken = new Set();
  for (const name of eligible) {
    if (seen.has(subTopic(name))) continue;
    seen.add(subTopic(name));
    taken.add(name);
  }
  const perTopic = (topic) => [...taken].filter((n) => topicOf(n) === topic).length;
  for (const name of eligible) if (!taken.has(name) && perTopic(topicOf(name)) < 2) taken.add(name);
  drawn.push(...order.filter((n) => taken.has(n)).slice(0, count));
}
console.log(drawn.join('\n'));
