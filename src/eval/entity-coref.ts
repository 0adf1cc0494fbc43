// `chronicle eval entity-coref --meantime DIR [--json] [--details]`: the same entity across
// articles, measured on MEANTIME's cross-document entity annotation (Wikinews: another outlet than
// the BBC articles the rules were written against). Each corpus folder (airbus, apple, gm, stock)
// is run through the pipeline up to entity resolution, the code `ingest` stores entity ids from;
// each named gold mention of a person, organisation or place is mapped to our mention at its
// head, and pairs of gold mentions are scored against MEANTIME's instances.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { printJson } from '../cli/output.js';
import { analyse, defaultContext, type PipelineContext } from '../pipeline/index.js';
import { parseMeantime, type GoldEntityMention } from './timeml/meantime-read.js';
import { relocate } from './timeml/relocate.js';
import { retypeAnalyses } from '../corpus/entities/type-analyses.js';
import { joinShortOrgsInAnalyses } from '../corpus/entities/short-org-analyses.js';
import { joinBodiesInAnalyses } from '../corpus/entities/body-country-analyses.js';
import { joinShortNamesInAnalyses } from '../corpus/entities/short-name-analyses.js';
import { mentionAtHead, nameInside } from './mention-head.js';
import { resolveReferences } from './references.js';
import { referenceLine, scoreReferences, type ReferenceItem, type ReferenceReport, type ReferenceScore } from './lib/reference-score.js';
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
folder. Each corpus is analysed up to entity resolution, then typed and its organisation short
forms joined over the corpus as an ingest would store it; every named (NAM) gold mention of a
person, organisation or place is mapped to the mention of ours that covers its head word (the
word of the span the parse attaches outside it, never punctuation), or else, when a descriptor
before the name is that head ("European airframer Airbus"), to our last mention of the gold's type
inside the span (of several, the one sharing a word with the instance's descriptor). Reports, per corpus and in all, mentions found,
same-entity pairs across documents and within documents (precision, recall, F1 against MEANTIME's
cross-document instances; recallFound: recall over pairs whose mentions were both found) and wrong
joins (pairs of different instances in one entity of ours). Products, financial and mixed
entities are not scored (counted as skipped). --only keeps the corpora whose folder name contains
one of the NAMEs. --details adds the error census: instances split over several entities, entities
joining several instances, and missed mentions, and every scored pronoun and description.

Also reports how the speaker step resolves pronouns (he/she, it, they; first and second person are
not scored) and descriptions ("the company", "the chief executive") of a person or organisation
the same article names: accuracy (resolved to an entity of ours found at one of the instance's
names), coverage (resolved at all), precision, by pronoun group, with error classes (cataphora:
before the first name; nearest name wrong; wrong kind; unresolved).`;

const SCORED = new Set(['PER', 'ORG', 'LOC']);

export interface CorpusReport extends EntityCorefScore {
  corpus: string;
  documents: number;
  /** Named gold mentions of products, financial and mixed entities, not scored. */
  skipped: number;
  census?: ReturnType<typeof entityCorefCensus>;
  /** Pronouns and descriptions of named people and organisations, resolved as the speaker step resolves a source. */
  references: ReferenceReport;
  /** --details: each scored pronoun and description and what it resolved to. */
  referenceDetails?: string[];
}

export interface EntityCorefReport {
  corpora: CorpusReport[];
  total: { documents: number; mentions: number; found: number; foundRightType: number; crossDocument: PairScore; withinDocument: PairScore; wrongJoins: number; references: ReferenceReport };
}

/** Corpus folders under DIR (those holding .xml files), or DIR itself when it holds them. */
function corpusFolders(dir: string): string[] {
  const entries = readdirSync(dir).sort();
  if (entries.some((f) => f.endsWith('.xml'))) return [dir];
  return entries.map((f) => join(dir, f)).filter((p) => statSync(p).isDirectory() && readdirSync(p).some((f) => f.endsWith('.xml')));
}

interface References {
  items: ReferenceItem[];
  notScored: Record<string, number>;
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

function scoreCorpus(folder: string, ctx: PipelineContext, withDetails: boolean): CorpusReport & { mentionsScored: ScoredMention[]; referencesFound: References } {
  const files = readdirSync(folder).filter((f) => f.endsWith('.xml')).sort();
  const scored: ScoredMention[] = [];
  let skipped = 0;
  const refs: References = { items: [], notScored: {} };
  const docs = files.map((file) => {
    const path = join(folder, file);
    const m = parseMeantime(readFileSync(path, 'utf8'), basename(file, '.xml'));
    const day = m.dct && /^\d{4}-\d{2}-\d{2}/.test(m.dct) ? m.dct.slice(0, 10) : undefined;
    return { m, a: analyse({ source: { kind: 'file', location: path, name: m.id }, format: 'text', content: m.text, encoding: 'utf-8', hints: day ? { published: day } : {} }, ctx) };
  });
  // each corpus is one pile, typed and its organisation short forms joined as an ingest of it would be
  const typed = joinShortNamesInAnalyses(joinShortOrgsInAnalyses(joinBodiesInAnalyses(retypeAnalyses(docs.map((d) => d.a), ctx.aliases))));
  for (const [k, { m }] of docs.entries()) {
    const a = typed[k];
    const named = m.entities.filter((e) => e.syntacticType === 'NAM');
    skipped += named.filter((e) => !SCORED.has(e.type)).length;
    for (const g of relocate<GoldEntityMention>(m.text, a.doc.text, named.filter((e) => SCORED.has(e.type)))) {
      const hit = mentionAtHead(a, g) ?? nameInside(a, g);
      const predicted = hit?.entityId ? { entityId: hit.entityId, canonical: hit.canonical ?? hit.text, type: hit.type, text: hit.text } : null;
      scored.push({ doc: m.id, text: g.text, instance: g.instance, name: g.name, type: g.type, predicted });
    }
    const r = resolveReferences(a, relocate<GoldEntityMention>(m.text, a.doc.text, m.entities), m.id);
    refs.items.push(...r.items);
    addCounts(refs.notScored, r.notScored);
  }
  return {
    corpus: basename(folder),
    documents: files.length,
    skipped,
    ...scoreEntityCoref(scored),
    ...(withDetails ? { census: entityCorefCensus(scored) } : {}),
    references: scoreReferences(refs.items, refs.notScored),
    ...(withDetails ? { referenceDetails: refs.items.map(referenceLine) } : {}),
    mentionsScored: scored,
    referencesFound: refs,
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
  const refs: References = { items: [], notScored: {} };
  for (const folder of folders) {
    const { mentionsScored, referencesFound, ...report } = scoreCorpus(folder, ctx, opts.details === true);
    const t = tallyPairs(mentionsScored);
    cross = addPairTally(cross, t.cross);
    within = addPairTally(within, t.within);
    wrongJoins += t.wrongJoins;
    refs.items.push(...referencesFound.items);
    addCounts(refs.notScored, referencesFound.notScored);
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
      references: scoreReferences(refs.items, refs.notScored),
    },
  };
}

const refLine = (s: ReferenceScore) => `accuracy ${s.accuracy.toFixed(3)} (${s.right}/${s.items}), coverage ${s.coverage.toFixed(3)}, precision ${s.precision.toFixed(3)}`;

const pairLine = (p: PairScore) => `P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (${p.pairs} gold pairs, ${p.predictedPairs} ours, ${p.correct} both; recall over found ${p.recallFound.toFixed(3)})`;

const command: Subcommand = {
  summary: 'Same entity across articles, on MEANTIME cross-document entity annotation',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { meantime: { type: 'string' }, only: { type: 'string' }, json: { type: 'boolean' }, details: { type: 'boolean' } });
    requireOptions(values, { meantime: 'DIR' });
    const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
    const r = evaluateEntityCoref(values.meantime, { only, details: values.details === true });
    if (values.json) {
      printJson(r);
      return 0;
    }
    for (const c of [...r.corpora, { corpus: 'total', ...r.total, skipped: 0, census: undefined, referenceDetails: undefined }]) {
      console.log(`${c.corpus}: ${c.documents} documents, named mentions found ${c.found}/${c.mentions} (right type ${c.foundRightType})`);
      console.log(`  across documents  ${pairLine(c.crossDocument)}`);
      console.log(`  within documents  ${pairLine(c.withinDocument)}`);
      console.log(`  wrong joins ${c.wrongJoins}`);
      for (const [kind, lines] of Object.entries(c.census ?? {})) for (const l of lines) console.log(`  ${kind.padEnd(7)} ${l}`);
      const ref = c.references;
      console.log(`  pronouns          ${refLine(ref.pronouns)}`);
      for (const [group, s] of Object.entries(ref.byGroup)) console.log(`    ${group.padEnd(15)} ${refLine(s)}`);
      console.log(`  descriptions      ${refLine(ref.descriptions)}`);
      console.log(`  pronoun errors    cataphora ${ref.errors.cataphora.missed}/${ref.errors.cataphora.items}, nearest name wrong ${ref.errors.nearestNameWrong}, wrong kind ${ref.errors.wrongKind}, unresolved ${ref.errors.unresolved}`);
      for (const l of c.referenceDetails ?? []) console.log(`  ref     ${l}`);
    }
    return 0;
  },
};
export default command;
