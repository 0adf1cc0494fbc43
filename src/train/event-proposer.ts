// `chronicle train event-proposer`: labels candidate event words of gold-annotated sets, learns which
// name an event the rules missed (and its type), and scores that leave-one-set-out.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import type { Syntax } from '../types.js';
import { parseFlags, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { printJson } from '../cli/output.js';
import { loadAnchoredOrPlain } from '../eval/lib/gold-anchored.js';
import { locate } from '../eval/lib/gold-match.js';
import { analyseAnchored, analyseCorpus } from '../eval/gold.js';
import { installedWordNet } from '../pipeline/lexicons/wordnet.js';
import { guessTrigger, installedLexClass, loadTriggerModel } from './lib/event-trigger-model.js';
import { labelCandidates, proposerCandidates, proposerLoso, type GoldTrigger, type ProposerDocument, type ProposerFold } from './lib/event-proposer.js';

const usage = `Usage: chronicle train event-proposer --gold G1,G2,… --corpus C1,C2,… [--loso]
         [--epochs N] [--positive-weight W] [--model perceptron|logistic]
         [--data-out FILE | --data FILE]

Runs the pipeline over each gold file's documents (paired with the corpus at the
same place in --corpus; one corpus serves all), takes the words that may name a
happening outside the rule events' triggers, labels each with the type of the
gold event whose trigger it lies in (else none) and learns to propose events the
rules missed. Prints JSON: each set's labelled candidates ("labels"), and with
--loso the leave-one-set-out table. Nothing is written but --data-out's file.
  --loso           each gold file one fold; the threshold chosen by
                   leave-one-fold-out inside the other folds; "fixed" gives each
                   threshold's F1 on the left-out fold: a bound, never a
                   result; null threshold: propose nothing
  --epochs N       perceptron epochs (default 8)
  --model logistic two steps: a logistic regression (10 × epochs passes) says
                   whether a candidate is an event, a perceptron trained on
                   event candidates gives its type (default: one perceptron)
  --positive-weight W  the size of a perceptron update towards an event type
                   (default 1; NONE's is 1)
  --data-out FILE  also save the labelled candidates, to rerun with --data
                   without the pipeline
  --data FILE      read labelled candidates saved by --data-out instead of
                   running the pipeline (then without --gold and --corpus)`;

async function collect(golds: string[], corpora: string[]): Promise<ProposerFold[]> {
  const lex = installedLexClass();
  const wn = installedWordNet();
  const model = loadTriggerModel();
  const detector = model ? (syn: Syntax, k: number, from: number, to: number) => guessTrigger(model, syn, k, from, to, lex) : undefined;
  const hyperCache = new Map<string, string[]>();
  const folds: ProposerFold[] = [];
  for (const [k, path] of golds.entries()) {
    const corpus = corpora[Math.min(k, corpora.length - 1)];
    const file = loadAnchoredOrPlain(path);
    const { gold, analyses } = 'anchored' in file ? await analyseAnchored(file.anchored, corpus) : { gold: file.plain, analyses: await analyseCorpus(corpus) };
    const docs: ProposerDocument[] = [];
    for (const [name, g] of Object.entries(gold.documents)) {
      const a = analyses.get(name);
      if (!a) continue;
      const anchoredEvents = 'anchored' in file ? file.anchored.documents[name]?.events ?? [] : [];
      const triggers: GoldTrigger[] = (g.events ?? []).map((e, i) => {
        const evidence = locate(a.doc.text, e.evidence);
        const raw = anchoredEvents[i] as { evidence?: unknown; trigger?: { start: number; end: number } } | undefined;
        let trigger: GoldTrigger['trigger'] = null;
        const ev = raw?.evidence as { start: number; end: number } | undefined;
        if (evidence && raw?.trigger && ev && typeof ev.start === 'number') {
          const word = e.evidence.slice(raw.trigger.start - ev.start, raw.trigger.end - ev.start);
          const at = word ? a.doc.text.indexOf(word, evidence.start) : -1;
          if (at >= 0 && at < evidence.end) trigger = { start: at, end: at + word.length };
        }
        return { type: e.type, optional: !!e.optional, trigger, evidence };
      });
      const candidates = proposerCandidates(a, lex, wn, detector, hyperCache);
      labelCandidates(candidates, triggers);
      docs.push({ name, gold: g, text: a.doc.text, sentences: a.segmentation.sentences.map((s) => ({ start: s.start, end: s.end })), events: a.events, candidates });
    }
    folds.push({ name: basename(path).replace(/\.json$/, ''), docs });
  }
  return folds;
}

const command: Subcommand = {
  summary: 'Learn to propose events the rules miss, from gold files (leave-one-set-out with --loso)',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { gold: { type: 'string' }, corpus: { type: 'string' }, loso: { type: 'boolean' }, epochs: { type: 'string' }, 'positive-weight': { type: 'string' }, model: { type: 'string' }, 'data-out': { type: 'string' }, data: { type: 'string' } }, false);
    let folds: ProposerFold[];
    if (values.data) folds = JSON.parse(readFileSync(values.data, 'utf8')) as ProposerFold[];
    else {
      requireOptions(values, { gold: 'G1,G2,…', corpus: 'C1,C2,…' });
      folds = await collect(values.gold.split(','), values.corpus.split(','));
      if (values['data-out']) writeFileSync(values['data-out'], JSON.stringify(folds));
    }
    const epochs = values.epochs ? Number(values.epochs) : 8;
    if (!Number.isInteger(epochs) || epochs < 1) throw new UsageError('--epochs takes a whole number of at least 1');
    const labels = folds.map((f) => {
      const c = f.docs.flatMap((d) => d.candidates);
      return { fold: f.name, candidates: c.length, events: c.filter((x) => x.label > 0).length, leftOut: c.filter((x) => x.label < 0).length };
    });
    const positiveWeight = values['positive-weight'] ? Number(values['positive-weight']) : 1;
    if (!(positiveWeight > 0)) throw new UsageError('--positive-weight takes a number above 0');
    const kind = values.model ?? 'perceptron';
    if (kind !== 'perceptron' && kind !== 'logistic') throw new UsageError('--model is perceptron or logistic');
    if (values.loso) printJson({ labels, ...proposerLoso(folds, epochs, positiveWeight, kind) });
    else printJson({ labels });
    return 0;
  },
};
export default command;
