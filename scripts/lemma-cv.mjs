#!/usr/bin/env node
// Chooses how the lemmatizer learns suffix rules, on a treebank's train split alone: K-fold
// cross-validation by sentence (learn on K-1 parts, score the held-back part's tokens whose
// (form, UPOS) the learning parts never saw, under gold UPOS), for each rule-learning variant.
// With --dev FILE it also scores dev (all tokens, and tokens unseen in the whole train) with
// tables learned on all of train. Needs the build: npx tsc -p tsconfig.json
//   node scripts/lemma-cv.mjs TRAIN.conllu [--dev DEV.conllu] [--folds 5]
import { readFileSync } from 'node:fs';
import { parseConllu } from '../dist/src/pipeline/syntax/conllu.js';
import { learnLemmas, lemmatize, LEMMA_RULES } from '../dist/src/pipeline/syntax/lemma.js';

const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const trainFile = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (!trainFile) {
  console.error('usage: node scripts/lemma-cv.mjs TRAIN.conllu [--dev DEV.conllu] [--folds 5]');
  process.exit(2);
}
const folds = Number(flag('--folds') ?? 5);
const train = parseConllu(readFileSync(trainFile, 'utf8'));
const dev = flag('--dev') ? parseConllu(readFileSync(flag('--dev'), 'utf8')) : null;

// [rule learning, whether a rule's stem is checked against the lemmas the treebank knows]
const variants = {
  'tokens (old)': [{ byType: false, minPrefix: 0, minSupport: 3 }, false],
  'tokens + lemma evidence': [{ byType: false, minPrefix: 0, minSupport: 3 }, true],
  'types': [{ byType: true, minPrefix: 0, minSupport: 3 }, false],
  'types, prefix>=1': [{ byType: true, minPrefix: 1, minSupport: 3 }, false],
  'types, prefix>=2': [{ byType: true, minPrefix: 2, minSupport: 3 }, false],
  'types, prefix>=1, support 2': [{ byType: true, minPrefix: 1, minSupport: 2 }, false],
  'types, prefix>=1, support 5': [{ byType: true, minPrefix: 1, minSupport: 5 }, false],
  'types + evidence': [{ byType: true, minPrefix: 0, minSupport: 3 }, true],
  'types, support 2 + evidence': [{ byType: true, minPrefix: 1, minSupport: 2 }, true],
  'shipped (LEMMA_RULES + evidence)': [LEMMA_RULES, true],
};

const key = (w) => `${w.upos === 'PROPN' ? w.form : w.form.toLowerCase()}\t${w.upos}`;
const scored = (w) => w.lemma !== '_' && w.form.length > 0;

function score(table, words, unseen, evidence) {
  let all = 0, right = 0, un = 0, unRight = 0, verbs = 0, verbsRight = 0;
  for (const w of words) {
    if (!scored(w)) continue;
    const ok = lemmatize(table, w.form, w.upos, evidence) === w.lemma;
    all++;
    if (ok) right++;
    if (!unseen.has(key(w))) continue;
    un++;
    if (ok) unRight++;
    if (w.upos === 'VERB') {
      verbs++;
      if (ok) verbsRight++;
    }
  }
  return { all, right, un, unRight, verbs, verbsRight };
}

for (const [name, [opts, evidence]] of Object.entries(variants)) {
  let un = 0, unRight = 0, verbs = 0, verbsRight = 0;
  for (let f = 0; f < folds; f++) {
    const learn = train.filter((_, i) => i % folds !== f).flatMap((s) => s.words);
    const held = train.filter((_, i) => i % folds === f).flatMap((s) => s.words);
    const known = new Set(learn.map(key));
    const unseen = new Set(held.map(key).filter((k) => !known.has(k)));
    const r = score(learnLemmas(learn, opts), held, unseen, evidence);
    un += r.un; unRight += r.unRight; verbs += r.verbs; verbsRight += r.verbsRight;
  }
  let line = `${name.padEnd(30)} train-CV unseen ${(unRight / un).toFixed(4)} (${unRight}/${un}), unseen VERB ${(verbsRight / verbs).toFixed(4)} (${verbsRight}/${verbs})`;
  if (dev) {
    const all = train.flatMap((s) => s.words);
    const known = new Set(all.map(key));
    const devWords = dev.flatMap((s) => s.words);
    const r = score(learnLemmas(all, opts), devWords, new Set(devWords.map(key).filter((k) => !known.has(k))), evidence);
    line += ` | dev gold-UPOS all ${(r.right / r.all).toFixed(4)}, unseen ${(r.unRight / r.un).toFixed(4)} (${r.unRight}/${r.un})`;
  }
  console.log(line);
}
