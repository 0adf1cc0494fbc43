// `chronicle eval entity-coref --meantime DIR [--json] [--details]`: the same entity across
// articles, measured on MEANTIME's cross-document entity annotation (Wikinews: another outlet than
// the BBC articles the rules were written against). Each corpus folder (airbus, apple, gm, stock)
// is run through the pipeline up to entity resolution, the code `ingest` stores entity ids from;
// each named gold mention of a person, organisation or place is mapped to our mention at its
// head, and pairs of gold mentions are scored against MEANTIME's instances.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Analysis, Mention, Span } from '../types.js';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { printJson } from '../cli/output.js';
import { analyse, defaultContext, type PipelineContext } from '../pipeline/index.js';
import { parseMeantime, type GoldEntityMention } from './timeml/meantime-read.js';
import { relocate } from './timeml/relocate.js';
import {
  addPairTally,
  emptyPairTally,
  entityCorefCensus,
  pairScore,
  scoreEntityCoref,
  tallyPairs,
  type EntityCorefScore,
  type PairScore,
  type ScoredMention,
} from './lib/entity-coref-score.js';

const usage = `Usage: chronicle eval entity-coref --meantime DIR [--only NAME,NAME] [--details] [--json]

DIR is MEANTIME's intra_cross-doc_annotation folder (one subfolder per corpus) or one corpus
folder. Each corpus is analysed up to entity resolution; every named (NAM) gold mention of a
person, organisation or place is mapped to the mention of ours that covers its head word (the
word of the span the parse attaches outside it). Reports, per corpus and in all, mentions found,
same-entity pairs across documents and within documents (precision, recall, F1 against MEANTIME's
cross-document instances; recallFound: recall over pairs whose mentions were both found) and wrong
joins (pairs of different instances in one entity of ours). Products, financial and mixed
entities are not scored (counted as skipped). --only keeps the corpora whose folder name contains
one of the NAMEs. --details adds the error census: instances split over several entities, entities
joining several instances, and missed mentions.`;

const SCORED = new Set(['PER', 'ORG', 'LOC']);

export interface CorpusReport extends EntityCorefScore {
  corpus: string;
  documents: number;
  /** Named gold mentions of products, financial and mixed entities, not scored. */
  skipped: number;
  census?: ReturnType<typeof entityCorefCensus>;
}

export interface EntityCorefReport {
  corpora: CorpusReport[];
  total: { documents: number; mentions: number; found: number; foundRightType: number; crossDocument: PairScore; withinDocument: PairScore; wrongJoins: number };
}

/** Corpus folders under DIR (those holding .xml files), or DIR itself when it holds them. */
function corpusFolders(dir: string): string[] {
  const entries = readdirSync(dir).sort();
  if (entries.some((f) => f.endsWith('.xml'))) return [dir];
  return entries.map((f) => join(dir, f)).filter((p) => statSync(p).isDirectory() && readdirSync(p).some((f) => f.endsWith('.xml')));
}

/**
 * Our mention at a gold span's head: the last word of the span whose parse head lies outside it
 * ("U.S. automaker Chrysler" → Chrysler, "the Vice Chairman of Chrysler" → Chairman, which no name
 * of ours covers). Without a parse, any mention overlapping the span.
 */
export function mentionAtHead(a: Pick<Analysis, 'syntax' | 'mentions'>, span: Span): Mention | null {
  const words = a.syntax?.words ?? [];
  const inside = (k: number) => k >= 0 && words[k].start >= span.start && words[k].end <= span.end;
  let head: Span | null = null;
  for (let k = 0; k < words.length; k++) if (inside(k) && !inside(words[k].head)) head = words[k];
  const at = head ?? span;
  return a.mentions.find((m) => m.start < at.end && at.start < m.end) ?? null;
}

function scoreCorpus(folder: string, ctx: PipelineContext, withDetails: boolean): CorpusReport & { mentionsScored: ScoredMention[] } {
  const files = readdirSync(folder).filter((f) => f.endsWith('.xml')).sort();
  const scored: ScoredMention[] = [];
  let skipped = 0;
  for (const file of files) {
    const path = join(folder, file);
    const m = parseMeantime(readFileSync(path, 'utf8'), basename(file, '.xml'));
    const day = m.dct && /^\d{4}-\d{2}-\d{2}/.test(m.dct) ? m.dct.slice(0, 10) : undefined;
    const a = analyse({ source: { kind: 'file', location: path, name: m.id }, format: 'text', content: m.text, encoding: 'utf-8', hints: day ? { published: day } : {} }, ctx);
    const named = m.entities.filter((e) => e.syntacticType === 'NAM');
    skipped += named.filter((e) => !SCORED.has(e.type)).length;
    for (const g of relocate<GoldEntityMention>(m.text, a.doc.text, named.filter((e) => SCORED.has(e.type)))) {
      const hit = mentionAtHead(a, g);
      const predicted = hit?.entityId ? { entityId: hit.entityId, canonical: hit.canonical ?? hit.text, type: hit.type, text: hit.text } : null;
      scored.push({ doc: m.id, text: g.text, instance: g.instance, name: g.name, type: g.type, predicted });
    }
  }
  return {
    corpus: basename(folder),
    documents: files.length,
    skipped,
    ...scoreEntityCoref(scored),
    ...(withDetails ? { census: entityCorefCensus(scored) } : {}),
    mentionsScored: scored,
  };
}

export function evaluateEntityCoref(dir: string, opts: { only?: string[]; details?: boolean } = {}): EntityCorefReport {
  const folders = corpusFolders(dir).filter((f) => !opts.only?.length || opts.only.some((o) => basename(f).includes(o)));
  if (!folders.length) throw new UsageError(`no MEANTIME corpus folders with .xml files under ${dir}`);
  // entity ids are set by resolution right after the entity stage; later stages never change them
  const ctx = defaultContext('entities');
  const corpora: CorpusReport[] = [];
  let cross = emptyPairTally();
  let within = emptyPairTally();
  let wrongJoins = 0;
  for (const folder of folders) {
    const { mentionsScored, ...report } = scoreCorpus(folder, ctx, opts.details === true);
    const t = tallyPairs(mentionsScored);
    cross = addPairTally(cross, t.cross);
    within = addPairTally(within, t.within);
    wrongJoins += t.wrongJoins;
    corpora.push(report);
  }
  const sum = (k: 'documents' | 'mentions' | 'found' | 'foundRightType') => corpora.reduce((s, c) => s + c[k], 0);
  return {
    corpora,
    total: {
      documents: sum('documents'),
      mentions: sum('mentions'),
      found: sum('found'),
      foundRightType: sum('foundRightType'),
      crossDocument: pairScore(cross),
      withinDocument: pairScore(within),
      wrongJoins,
    },
  };
}

const pairLine = (p: PairScore) => `P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (${p.pairs} gold pairs, ${p.predictedPairs} ours, ${p.correct} both; recall over found ${p.recallFound.toFixed(3)})`;

const command: Subcommand = {
  summary: 'Same entity across articles, on MEANTIME cross-document entity annotation',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { meantime: { type: 'string' }, only: { type: 'string' }, json: { type: 'boolean' }, details: { type: 'boolean' } });
    if (!values.meantime) throw new UsageError(`--meantime is required\n${usage}`);
    const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
    const r = evaluateEntityCoref(values.meantime, { only, details: values.details === true });
    if (values.json) {
      printJson(r);
      return 0;
    }
    for (const c of [...r.corpora, { corpus: 'total', ...r.total, skipped: 0, census: undefined }]) {
      console.log(`${c.corpus}: ${c.documents} documents, named mentions found ${c.found}/${c.mentions} (right type ${c.foundRightType})`);
      console.log(`  across documents  ${pairLine(c.crossDocument)}`);
      console.log(`  within documents  ${pairLine(c.withinDocument)}`);
      console.log(`  wrong joins ${c.wrongJoins}`);
      for (const [kind, lines] of Object.entries(c.census ?? {})) for (const l of lines) console.log(`  ${kind.padEnd(7)} ${l}`);
    }
    return 0;
  },
};
export default command;
