// `chronicle eval event-coref --ecb DIR --topics LIST [--json] [--predicted]`: cross-document event
// coreference on ECB+. Gold event mentions of the validated sentences are clustered within and
// across the documents of each topic (the ecb/ecbplus file naming is never read), then scored
// with MUC, B³, CEAF-e and CoNLL F1, beside the same-head-lemma-per-topic baseline.
import { join } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { printJson } from '../cli/output.js';
import { defaultContext } from '../pipeline/index.js';
import type { Span } from '../types.js';
import { readFileSync } from 'node:fs';
import { clusterEventMentions, DEFAULT_MENTION_COREF, shippedPairModel, type CorefDocument, type CorefMention } from '../corpus/events/mention-coref.js';
import type { PairModel } from '../corpus/events/mention-pairs.js';
import type { HeadVectorModel } from '../corpus/events/head-vectors.js';
import { lightLemma } from '../corpus/events/lemma.js';
import { readEcbTopic, readValidatedSentences } from './ecb/read.js';
import { analyseEcbDocument, type AnalysedEcbDocument } from './ecb/analyse.js';
import { corefDocument, corefMentions } from './ecb/mentions.js';
import { corefScores, type Clustering, type CorefScores } from './ecb/scores.js';
import { errorCensus, type ErrorCensus } from './ecb/census.js';
import { breakdownLine, topicBreakdown, type TopicBreakdown } from './ecb/topic-breakdown.js';

const usage = `Usage: chronicle eval event-coref --ecb DIR --topics LIST [--json] [--predicted] [--model FILE] [--vectors FILE] [--threshold X] [--details] [--per-topic]

Reads ECB+ (DIR holds topics/ and coreference_sentences.csv), takes the gold event mentions of
the validated sentences of each topic in LIST ("2,5,12" or "1-10"), clusters them with
Chronicle's event coreference within and across the topic's documents, and prints MUC, B³,
CEAF-e and CoNLL F1, with the same-head-lemma-per-topic baseline beside them.
--predicted          use Chronicle's own event detection instead of the gold mentions; adds mention P/R/F1
--model FILE         the pair model (default models/event-coref.json, from \`chronicle train event-coref\`)
--vectors FILE       head word vectors (\`chronicle train event-vectors\`) for a pair model trained with them
--threshold X        average link probability at which mention clusters join (default: the model's)
--details            add an error census: wrong and missing links by head lemma, document, and
                     whether arguments, dates and places agree
--per-topic          add each topic's scores, cluster and singleton counts, and right, wrong and
                     missing links`;

export function parseTopics(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(',').map((x) => x.trim()).filter(Boolean)) {
    const range = /^(\d+)-(\d+)$/.exec(part);
    if (range) for (let t = Number(range[1]); t <= Number(range[2]); t++) out.push(String(t));
    else if (/^\d+$/.test(part)) out.push(part);
    else throw new UsageError(`--topics: "${part}" is not a topic number or range`);
  }
  return out;
}

export interface EventCorefReport {
  topics: string[];
  documents: number;
  goldMentions: number;
  goldClusters: number;
  mode: 'gold' | 'predicted';
  /** The pair model used (null: head lemmas within a story, the fallback), and its clustering threshold. */
  model: { trainedOn: string | number | null; threshold: number } | null;
  chronicle: CorefScores;
  sameLemmaBaseline: CorefScores;
  mentions?: { predicted: number; matched: number; precision: number; recall: number; f1: number };
  details?: ErrorCensus;
  perTopic?: TopicBreakdown[];
}

interface TopicRun {
  key: Clustering;
  response: Clustering;
  baseline: Clustering;
  mentions: CorefMention[];
  predicted: number;
  matched: number;
}

function runTopic(analysed: AnalysedEcbDocument[], predicted: boolean, model: PairModel | null, threshold: number | undefined, headVectors: HeadVectorModel | null): TopicRun {
  const key: Clustering = new Map();
  for (const a of analysed) for (const m of a.doc.mentions) key.set(m.key, m.cluster);
  const docs: CorefDocument[] = analysed.map(corefDocument);
  let mentions: CorefMention[];
  let matched = 0;
  if (predicted) {
    mentions = [];
    for (const a of analysed) {
      const goldSpans = a.doc.mentions.map((m) => ({ key: m.key, spans: m.tokens.map((t) => a.tokenSpan.get(t)).filter((s): s is Span => !!s) }));
      a.analysis.events.forEach((e, i) => {
        const hit = goldSpans.find((g) => g.spans.some((s) => s.start < e.trigger.end && e.trigger.start < s.end));
        if (hit) matched++;
        mentions.push({ key: hit?.key ?? `${a.doc.name}#pred${i}`, doc: a.doc.name, lemma: lightLemma(e.trigger.text.split(/\s+/)[0]), participants: [], places: [], date: e.date?.iso ?? null });
      });
    }
  } else mentions = analysed.flatMap(corefMentions);
  const response = clusterEventMentions(mentions, docs, { ...DEFAULT_MENTION_COREF, model, threshold, headVectors });
  const baseline: Clustering = new Map(mentions.map((m) => [m.key, m.lemma]));
  return { key, response, baseline, mentions, predicted: mentions.length, matched };
}

function printCensus(census: ErrorCensus): void {
  const agree = (x: Record<string, number>) => `agree ${x.agree}, differ ${x.differ}, unknown ${x.unknown}`;
  for (const [name, t] of [['wrong links', census.wrongLinks], ['missing links', census.missingLinks], ['gold links', census.goldLinks]] as const) {
    console.log(`${name}: ${t.pairs} pairs`);
    console.log(`  same lemma: ${t.sameLemma.sameDocument} same document, ${t.sameLemma.crossDocument} cross-document`);
    console.log(`  different lemma: ${t.differentLemma.sameDocument} same document, ${t.differentLemma.crossDocument} cross-document`);
    console.log(`  arguments ${agree(t.arguments)}; time ${agree(t.time)}; place ${agree(t.place)}`);
    console.log(`  top lemma pairs: ${t.topLemmaPairs.map(([p, n]) => `${p} ${n}`).join(', ')}`);
    const h = t.sameHead;
    console.log(`  same head, own arguments: entities ${agree(h.entities)}; targets ${agree(h.targets)}; own time ${agree(h.ownTime)}; numbers ${agree(h.numbers)}; one bare plural ${h.oneGeneric}`);
    console.log(`  same head, modifiers on one side: ${h.oneSidedModifiers.map(([m, n]) => `${m} ${n}`).join(', ')}`);
  }
}

const command: Subcommand = {
  summary: 'Cross-document event coreference on ECB+ (MUC, B³, CEAF-e, CoNLL F1)',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, {
      ecb: { type: 'string' },
      topics: { type: 'string' },
      json: { type: 'boolean' },
      predicted: { type: 'boolean' },
      model: { type: 'string' },
      vectors: { type: 'string' },
      threshold: { type: 'string' },
      details: { type: 'boolean' },
      'per-topic': { type: 'boolean' },
    }, false);
    requireOptions(values, { ecb: 'DIR', topics: 'LIST' });
    const threshold = values.threshold !== undefined ? Number(values.threshold) : undefined;
    if (threshold !== undefined && !Number.isFinite(threshold)) throw new UsageError('--threshold must be a number');
    const model = values.model ? (JSON.parse(readFileSync(values.model, 'utf8')) as PairModel) : shippedPairModel();
    const headVectors = values.vectors ? (JSON.parse(readFileSync(values.vectors, 'utf8')) as HeadVectorModel) : null;
    const topics = parseTopics(values.topics);
    const validated = readValidatedSentences(join(values.ecb, 'coreference_sentences.csv'));
    const ctx = defaultContext();
    const key: Clustering = new Map();
    const response: Clustering = new Map();
    const baseline: Clustering = new Map();
    let documents = 0;
    let predictedCount = 0;
    let matched = 0;
    const allMentions: CorefMention[] = [];
    const topicOf = new Map<string, string>();
    const perTopic: TopicBreakdown[] = [];
    for (const topic of topics) {
      const analysed = readEcbTopic(values.ecb, topic, validated).map((d) => analyseEcbDocument(d, ctx));
      documents += analysed.length;
      const run = runTopic(analysed, !!values.predicted, model, threshold, headVectors);
      for (const [m, c] of run.key) key.set(m, `${topic}|${c}`);
      for (const [m, c] of run.response) response.set(m, `${topic}|${c}`);
      for (const [m, c] of run.baseline) baseline.set(m, `${topic}|${c}`);
      predictedCount += run.predicted;
      matched += run.matched;
      for (const m of run.mentions) topicOf.set(m.key, topic);
      if (values['per-topic']) perTopic.push(topicBreakdown(topic, [...run.key.keys()], run.key, run.response));
      allMentions.push(...run.mentions);
    }
    const r = (x: number) => Math.round(x * 1000) / 1000;
    const report: EventCorefReport = {
      topics,
      documents,
      goldMentions: key.size,
      goldClusters: new Set(key.values()).size,
      mode: values.predicted ? 'predicted' : 'gold',
      model: model ? { trainedOn: model.info?.trainedOn ?? null, threshold: threshold ?? model.threshold } : null,
      chronicle: corefScores(key, response),
      sameLemmaBaseline: corefScores(key, baseline),
    };
    if (values.predicted) {
      const p = predictedCount ? matched / predictedCount : 0;
      const rc = key.size ? matched / key.size : 0;
      report.mentions = { predicted: predictedCount, matched, precision: r(p), recall: r(rc), f1: r(p + rc ? (2 * p * rc) / (p + rc) : 0) };
    }
    if (values.details) report.details = errorCensus(allMentions.filter((m) => key.has(m.key)), (m) => topicOf.get(m.key) ?? '', key, response);
    if (values['per-topic']) report.perTopic = perTopic;
    if (values.json) printJson(report);
    else {
      const line = (name: string, s: CorefScores) =>
        `${name.padEnd(22)} MUC ${s.muc.f1.toFixed(3)}  B3 ${s.b3.f1.toFixed(3)}  CEAF-e ${s.ceafe.f1.toFixed(3)}  CoNLL ${s.conllF1.toFixed(3)}`;
      console.log(`ECB+ topics ${topics.join(',')}: ${documents} documents, ${report.goldMentions} gold event mentions in ${report.goldClusters} clusters (${report.mode} mentions)`);
      console.log(line('Chronicle', report.chronicle));
      console.log(line('same lemma per topic', report.sameLemmaBaseline));
      if (report.mentions) console.log(`mentions: P ${report.mentions.precision} R ${report.mentions.recall} F1 ${report.mentions.f1}`);
      if (report.details) printCensus(report.details);
      for (const b of report.perTopic ?? []) console.log(breakdownLine(b));
    }
    return 0;
  },
};
export default command;
