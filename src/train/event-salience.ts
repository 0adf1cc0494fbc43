// `chronicle train event-salience`: labels the events the pipeline finds in gold-annotated sets,
// learns which of them a careful reader lists, and scores that leave-one-set-out.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import type { Syntax } from '../types.js';
import { parseFlags, requireOptions } from '../cli/args.js';
import { printJson } from '../cli/output.js';
import { loadAnchoredOrPlain } from '../eval/lib/gold-anchored.js';
import { analyseAnchored, analyseCorpus } from '../eval/gold.js';
import { guessTrigger, installedLexClass, loadTriggerModel } from './lib/event-trigger-model.js';
import { salienceFeatures } from './lib/event-salience-features.js';
import { labelEvents, leaveOneSetOut, losoCeilings, type SalienceDocument, type SalienceFold } from './lib/event-salience.js';

const usage = `Usage: chronicle train event-salience --gold G1,G2,… --corpus C1,C2,… [--loso] [--data-out FILE | --data FILE]

Runs the pipeline over each gold file's documents (paired with the corpus at the same place in
--corpus; one corpus serves all), labels every event it finds (meets a required gold event of its
type, an optional one, none, or one of another type) and learns which events a reader lists.
  --loso           print the leave-one-set-out table as JSON (each gold file one fold; penalty
                   and threshold chosen by leave-one-fold-out inside the other folds), with
                   ceilings: a perfect selector's mean F1 change, and each fixed setting's
                   (chosen on the scored folds: a bound, not a result)
  --data-out FILE  also save the labelled events, to rerun with --data without the pipeline
  --data FILE      read labelled events saved by --data-out instead of running the pipeline`;

async function collect(golds: string[], corpora: string[]): Promise<SalienceFold[]> {
  const lex = installedLexClass();
  const model = loadTriggerModel();
  const detector = model ? (syn: Syntax, k: number, from: number, to: number) => guessTrigger(model, syn, k, from, to, lex) : undefined;
  const folds: SalienceFold[] = [];
  for (const [k, path] of golds.entries()) {
    const corpus = corpora[Math.min(k, corpora.length - 1)];
    const file = loadAnchoredOrPlain(path);
    const { gold, analyses } = 'anchored' in file ? await analyseAnchored(file.anchored, corpus) : { gold: file.plain, analyses: await analyseCorpus(corpus) };
    const docs: SalienceDocument[] = [];
    for (const [name, g] of Object.entries(gold.documents)) {
      const a = analyses.get(name);
      if (!a) continue;
      const doc = { paragraphs: a.doc.paragraphs, segmentation: a.segmentation, syntax: a.syntax, mentions: a.mentions, quotes: a.quotes };
      docs.push({ name, gold: g, text: a.doc.text, sentences: a.segmentation.sentences, events: a.events, features: salienceFeatures(doc, a.events, lex, detector), labels: labelEvents(g, a.doc.text, a.events) });
    }
    folds.push({ name: basename(path).replace(/\.json$/, ''), docs });
  }
  return folds;
}

const command: Subcommand = {
  summary: 'Learn which found events a reader lists, from gold files (leave-one-set-out with --loso)',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { gold: { type: 'string' }, corpus: { type: 'string' }, loso: { type: 'boolean' }, 'data-out': { type: 'string' }, data: { type: 'string' } }, false);
    let folds: SalienceFold[];
    if (values.data) folds = JSON.parse(readFileSync(values.data, 'utf8')) as SalienceFold[];
    else {
      requireOptions(values, { gold: 'G1,G2,…', corpus: 'C1,C2,…' });
      folds = await collect(values.gold.split(','), values.corpus.split(','));
      if (values['data-out']) writeFileSync(values['data-out'], JSON.stringify(folds));
    }
    const counts = folds.map((f) => ({ fold: f.name, ...Object.fromEntries(['good', 'neutral', 'false', 'wrongType', 'unrealised'].map((l) => [l, f.docs.reduce((n, d) => n + d.labels.filter((x) => x === l).length, 0)])) }));
    if (values.loso) printJson({ labels: counts, ...leaveOneSetOut(folds), ceilings: losoCeilings(folds) });
    else printJson({ labels: counts });
    return 0;
  },
};
export default command;
