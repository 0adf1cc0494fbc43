// `chronicle eval gold --gold FILE --corpus DIR [--json]`: events, figures, quotes and
// publication dates of a corpus against a hand-made gold file.
import { basename } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { printJson } from '../cli/output.js';
import { createProgress } from '../cli/progress.js';
import { readInputs, formatFailure } from '../pipeline/read/index.js';
import { analyse, defaultContext } from '../pipeline/index.js';
import { retypeAnalyses } from '../corpus/entities/type-analyses.js';
import { joinShortOrgsInAnalyses } from '../corpus/entities/short-org-analyses.js';
import { joinBodiesInAnalyses } from '../corpus/entities/body-country-analyses.js';
import { joinShortNamesInAnalyses } from '../corpus/entities/short-name-analyses.js';
import type { Analysis } from '../types.js';
import type { GoldFile } from './lib/gold-format.js';
import { loadAnchoredOrPlain, readListed, resolveAnchors, type AnchoredGoldFile } from './lib/gold-anchored.js';
import { ATTRIBUTES, locate, prf, sameDate, scoreDocument, type AttributeTally, type DocScore, type Tally } from './lib/gold-match.js';
import { buildNameBook, normaliseName } from './lib/gold-names.js';
import { scoreCrossDocument, type CrossDocumentScore } from './lib/cross-document.js';
import { loadPlaceRefs, scorePlaces, type PlaceAccuracy } from './lib/place-score.js';
import { SqliteStore } from '../store/sqlite/index.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const usage = `Usage: chronicle eval gold --gold FILE --corpus DIR [--places REFS] [--json | --summary] [--details]

Runs the pipeline over every file of DIR and scores events, figures, quotes, entities,
publication dates and cross-document resolution against the gold FILE (precision, recall,
F1, attribute accuracy). Matching is strict: exact event types, exact values, and names
only in the forms the gold lists (the name, its entity's "mentions", its same-entity
group). Indirect quotes are scored when the gold lists any (kind "indirect" or no kind);
otherwise the ones away from every gold quote are counted as unscoredIndirect.
--places REFS scores place accuracy: each gold LOC name that REFS maps to a gazetteer ref
(test/fixtures/places/*.refs.json) against the place its mentions were resolved to.
--details lists every miss and spurious item with its sentence.
--summary prints only the scored figures, as JSON: events, figures, quotes and published
P/R/F1 and counts, attributes, entities found/total/recall, same-entity P/R/F1 and counts,
different-entity pairs and the number of violations, same-event and claim-group counts,
place accuracy. No missed or spurious item, no name, no sentence: a held-out set can be
scored without anyone seeing its misses (it cannot be combined with --details).
An anchored gold ("anchoredTo": "timeml" or "ecbplus") gives evidence and quote text as
{"start","end"} offsets into the text the read stage makes of each file (for ECB+ XML: its
tokens, a blank line between sentences); its documents are keyed by their paths under DIR
("TimeBank/wsj_0505.tml", "topics/3/3_7ecbplus.xml") and only those files are read
(test/fixtures/heldout/README.md).`;

export interface GoldReport {
  documents: number;
  missingDocuments: string[];
  /** unmatchedUnrealised: events marked negated, hypothetical, denied or background that matched no gold event (not counted as false);
   *  unrealisedMatches: required gold events found only so marked (counted as missed). */
  events: ReturnType<typeof prf> & { unmatchedUnrealised: number; unrealisedMatches: number };
  figures: ReturnType<typeof prf>;
  /** scoredKinds: the quote kinds the gold annotates; unscoredIndirect: extracted indirect quotes left out because it annotates none. */
  quotes: ReturnType<typeof prf> & { scoredKinds: string[]; unscoredIndirect: number };
  published: ReturnType<typeof prf> & { valueAccuracy: number; notBeforeAccuracy: number };
  attributes: Record<string, { accuracy: number; correct: number; total: number }>;
  boilerplateFacts: number;
  /** Gold entities found with the right type: a mention whose text is the name or a listed form, or resolved to the name. */
  entities?: { found: number; total: number; recall: number; missed: string[]; mustNotExtractTagged: string[] };
  /** Resolution across documents (entities, events, claim groups), when the gold has a crossDocument section. */
  crossDocument?: CrossDocumentScore;
  /** Place accuracy over the gold LOC names a refs file maps to the gazetteer (--places). */
  places?: PlaceAccuracy;
  details?: Record<string, Pick<DocScore, 'misses' | 'spurious' | 'unlocated'>>;
}

type Prf = ReturnType<typeof prf>;

/** What `--summary` prints: only figures, never a name, sentence or missed item. */
export interface GoldSummary {
  documents: number;
  missingDocuments: number;
  events: Prf & { unmatchedUnrealised: number; unrealisedMatches: number };
  figures: Prf;
  quotes: Prf & { unscoredIndirect: number };
  published: Prf & { valueAccuracy: number; notBeforeAccuracy: number };
  attributes: Record<string, { accuracy: number; correct: number; total: number }>;
  boilerplateFacts: number;
  entities?: { found: number; total: number; recall: number; mustNotExtractTagged: number };
  crossDocument?: {
    sameEntity: { precision: number; recall: number; f1: number; mentions: number; pairs: number; predictedPairs: number };
    differentEntities: { pairs: number; violations: number };
    sameEvent: { pairs: number; merged: number; mixed: number };
    claimGroups: { total: number; found: number; disputed: number };
  };
  places?: { right: number; total: number; accuracy: number; wrong: number; strayed: number; unmapped: number };
}

/** The report's figures only: each field picked by name (a field added to the report later stays
 *  out until it is added here), lists replaced by their lengths. */
export function summariseGoldReport(report: GoldReport): GoldSummary {
  const figures = ({ precision, recall, f1, tp, fp, fn }: Prf): Prf => ({ precision, recall, f1, tp, fp, fn });
  const { entities: en, crossDocument: cd, places: pl } = report;
  return {
    documents: report.documents,
    missingDocuments: report.missingDocuments.length,
    events: { ...figures(report.events), unmatchedUnrealised: report.events.unmatchedUnrealised, unrealisedMatches: report.events.unrealisedMatches },
    figures: figures(report.figures),
    quotes: { ...figures(report.quotes), unscoredIndirect: report.quotes.unscoredIndirect },
    published: { ...figures(report.published), valueAccuracy: report.published.valueAccuracy, notBeforeAccuracy: report.published.notBeforeAccuracy },
    attributes: Object.fromEntries(Object.entries(report.attributes).map(([k, { accuracy, correct, total }]) => [k, { accuracy, correct, total }])),
    boilerplateFacts: report.boilerplateFacts,
    ...(en ? { entities: { found: en.found, total: en.total, recall: en.recall, mustNotExtractTagged: en.mustNotExtractTagged.length } } : {}),
    ...(cd
      ? {
          crossDocument: {
            sameEntity: { precision: cd.sameEntity.precision, recall: cd.sameEntity.recall, f1: cd.sameEntity.f1, mentions: cd.sameEntity.mentions, pairs: cd.sameEntity.pairs, predictedPairs: cd.sameEntity.predictedPairs },
            differentEntities: { pairs: cd.differentEntities.pairs, violations: cd.differentEntities.violations.length },
            sameEvent: { pairs: cd.sameEvent.pairs, merged: cd.sameEvent.merged, mixed: cd.sameEvent.mixed.length },
            claimGroups: { total: cd.claimGroups.length, found: cd.claimGroups.filter((g) => g.found).length, disputed: cd.claimGroups.filter((g) => g.disputed).length },
          },
        }
      : {}),
    ...(pl ? { places: { right: pl.right, total: pl.total, accuracy: pl.accuracy, wrong: pl.wrong.length, strayed: pl.strayed.length, unmapped: pl.unmapped.length } } : {}),
  };
}

/** The gold lists indirect quotes: some quote is marked indirect or carries no kind. */
export function goldScoresIndirect(gold: GoldFile): boolean {
  return Object.values(gold.documents).some((d) => (d.quotes ?? []).some((q) => q.kind !== 'direct'));
}

export function scoreCorpus(gold: GoldFile, analyses: Map<string, Analysis>, withDetails = false): GoldReport {
  const names = buildNameBook(gold);
  const scoreIndirect = goldScoresIndirect(gold);
  const sum = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
  const ev = sum();
  const fig = sum();
  const qu = sum();
  const pub = sum();
  let pubValueOk = 0;
  let notBeforeOk = 0;
  let unscored = 0;
  let unrealised = 0;
  let unrealisedMatches = 0;
  let boilerplate = 0;
  const attrs: Record<string, AttributeTally> = Object.fromEntries(ATTRIBUTES.map((k) => [k, { correct: 0, total: 0 }]));
  const missing: string[] = [];
  const details: NonNullable<GoldReport['details']> = {};
  const add = (t: Tally, d: Tally) => {
    t.tp += d.tp;
    t.fp += d.fp;
    t.fn += d.fn;
  };
  for (const [name, g] of Object.entries(gold.documents)) {
    const a = analyses.get(name);
    if (!a) {
      missing.push(name);
      continue;
    }
    const s = scoreDocument(g, a, { names, scoreIndirect });
    add(ev, s.events);
    add(fig, s.figures);
    add(qu, s.quotes);
    unscored += s.unscoredQuotes;
    unrealised += s.unmatchedUnrealised;
    unrealisedMatches += s.unrealisedMatches;
    boilerplate += s.boilerplateFacts;
    for (const k of ATTRIBUTES) {
      attrs[k].correct += s.attributes[k].correct;
      attrs[k].total += s.attributes[k].total;
    }
    if (withDetails) details[name] = { misses: s.misses, spurious: s.spurious, unlocated: s.unlocated };
    // publication date: a stated value is a fact to find; "unknown" must stay unknown
    const gv = g.published?.value ?? null;
    const fv = a.doc.meta.published.value;
    if (gv && fv && sameDate(gv, fv)) pub.tp++;
    else {
      if (gv) pub.fn++;
      if (fv) pub.fp++;
    }
    if (sameDate(gv, fv)) pubValueOk++;
    if ((g.published?.notBefore ?? null) === (a.doc.meta.published.notBefore ?? null)) notBeforeOk++;
  }
  const n = Object.keys(gold.documents).length - missing.length;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    documents: n,
    missingDocuments: missing,
    events: { ...prf(ev), unmatchedUnrealised: unrealised, unrealisedMatches },
    figures: prf(fig),
    quotes: { ...prf(qu), scoredKinds: scoreIndirect ? ['direct', 'indirect'] : ['direct'], unscoredIndirect: unscored },
    published: { ...prf(pub), valueAccuracy: n ? r(pubValueOk / n) : 1, notBeforeAccuracy: n ? r(notBeforeOk / n) : 1 },
    attributes: Object.fromEntries(
      Object.entries(attrs).map(([k, v]) => [k, { accuracy: v.total ? r(v.correct / v.total) : 1, correct: v.correct, total: v.total }]),
    ),
    boilerplateFacts: boilerplate,
    ...(withDetails ? { details } : {}),
  };
}

/** Every file of a folder (or of a list of paths) analysed, keyed by file name. */
export async function analyseCorpus(dir: string | string[]): Promise<Map<string, Analysis>> {
  const ctx = defaultContext();
  const out = new Map<string, Analysis>();
  const progress = createProgress('analysing', null);
  for await (const r of readInputs(Array.isArray(dir) ? dir : [dir])) {
    if (!r.ok) {
      console.error(formatFailure(r.failure));
      continue;
    }
    out.set(basename(r.raw.source.location.split('#')[0]), analyse(r.raw, ctx));
    progress.tick();
  }
  progress.done();
  return typePile(out, ctx);
}

/** The pile typed, and its short forms joined, as an ingest of it would store it. */
function typePile(out: Map<string, Analysis>, ctx: ReturnType<typeof defaultContext>): Map<string, Analysis> {
  const typed = joinShortNamesInAnalyses(joinShortOrgsInAnalyses(joinBodiesInAnalyses(retypeAnalyses([...out.values()], ctx.aliases))));
  return new Map([...out.keys()].map((name, k) => [name, typed[k]]));
}

/**
 * An anchored gold (gold-anchored.ts) and the analyses of only the files it lists, keyed by their
 * paths under the corpus; its offsets resolved against the read stage's text of each.
 */
export async function analyseAnchored(anchored: AnchoredGoldFile, corpus: string): Promise<{ gold: GoldFile; analyses: Map<string, Analysis> }> {
  const raws = await readListed(anchored, corpus);
  const gold = resolveAnchors(anchored, new Map([...raws].map(([key, raw]) => [key, raw.content])));
  const ctx = defaultContext();
  const progress = createProgress('analysing', raws.size);
  const out = new Map<string, Analysis>();
  for (const [key, raw] of raws) {
    out.set(key, analyse(raw, ctx));
    progress.tick();
  }
  progress.done();
  return { gold, analyses: typePile(out, ctx) };
}

/**
 * Gold entities found in their document with the right type: a mention whose text is the name or
 * one of its listed forms, or whose resolved name is the gold name. mustNotExtract: no mention may
 * overlap the string.
 */
export function scoreEntities(gold: GoldFile, analyses: Map<string, Analysis>): NonNullable<GoldReport['entities']> {
  let found = 0;
  let total = 0;
  const missed: string[] = [];
  const tagged: string[] = [];
  for (const [name, g] of Object.entries(gold.documents)) {
    const a = analyses.get(name);
    if (!a) continue;
    for (const e of g.entities ?? []) {
      total++;
      const forms = new Set([e.name, ...(e.mentions ?? [])].map(normaliseName));
      const canonical = normaliseName(e.name);
      const hit = a.mentions.some((m) => m.type === e.type && (forms.has(normaliseName(m.text)) || (m.canonical !== undefined && normaliseName(m.canonical) === canonical)));
      if (hit) found++;
      else missed.push(`${e.name} (${e.type}, ${name})`);
    }
    for (const bad of g.mustNotExtract ?? []) {
      const span = locate(a.doc.text, bad);
      const over = span ? a.mentions.filter((m) => m.start < span.end && span.start < m.end) : [];
      if (over.length) tagged.push(`${bad} (${name}: ${over.map((m) => `${m.type} "${m.text}"`).join(', ')})`);
    }
  }
  return { found, total, recall: total ? Math.round((found / total) * 1000) / 1000 : 1, missed, mustNotExtractTagged: tagged };
}

/** Saves the analyses into a throwaway database and scores cross-document resolution there. */
async function scoreResolution(gold: GoldFile, analyses: Map<string, Analysis>): Promise<CrossDocumentScore> {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-gold-'));
  const store = new SqliteStore(join(dir, 'gold.db'));
  try {
    await store.saveBatch([...analyses.values()].map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
    const docIds = new Map([...analyses].map(([name, a]) => [name, a.doc.id]));
    const goldDocs = new Map(Object.entries(gold.documents).map(([name, g]) => [name, { events: g.events ?? [], figures: g.figures ?? [] }]));
    const goldEntities = new Map(
      Object.entries(gold.documents).flatMap(([name, g]) => {
        const a = analyses.get(name);
        return a ? [[name, { entities: g.entities ?? [], text: a.doc.text }] as const] : [];
      }),
    );
    return await scoreCrossDocument(store, gold.crossDocument!, goldDocs, docIds, goldEntities);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const command: Subcommand = {
  summary: 'Events, figures, quotes, names and publication dates against a hand-annotated gold file',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, {
      gold: { type: 'string' },
      corpus: { type: 'string' },
      json: { type: 'boolean' },
      details: { type: 'boolean' },
      summary: { type: 'boolean' },
      places: { type: 'string' },
    });
    requireOptions(values, { gold: 'FILE', corpus: 'DIR' });
    if (values.summary && values.details) throw new UsageError('--summary prints no misses: leave out --details');
    const file = loadAnchoredOrPlain(values.gold);
    const { gold, analyses } =
      'anchored' in file ? await analyseAnchored(file.anchored, values.corpus) : { gold: file.plain, analyses: await analyseCorpus(values.corpus) };
    const report: GoldReport = { ...scoreCorpus(gold, analyses, values.details === true), entities: scoreEntities(gold, analyses) };
    if (gold.crossDocument) report.crossDocument = await scoreResolution(gold, analyses);
    if (values.places) report.places = scorePlaces(gold, analyses, loadPlaceRefs(values.places));
    if (values.summary) {
      printJson(summariseGoldReport(report));
      return 0;
    }
    if (values.json) {
      printJson(report);
      return 0;
    }
    const line = (name: string, p: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }) =>
      console.log(`${name.padEnd(10)} P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`);
    console.log(`documents  ${report.documents}${report.missingDocuments.length ? `  (missing: ${report.missingDocuments.join(', ')})` : ''}`);
    line('events', report.events);
    if (report.events.unmatchedUnrealised) console.log(`           (${report.events.unmatchedUnrealised} events marked negated, hypothetical, denied or background matched no gold event: not counted as false)`);
    if (report.events.unrealisedMatches) console.log(`           (${report.events.unrealisedMatches} gold events found only marked negated, hypothetical, denied or background: counted as missed)`);
    line('figures', report.figures);
    line('quotes', report.quotes);
    if (report.quotes.unscoredIndirect) console.log(`           (${report.quotes.unscoredIndirect} extracted indirect quotes not scored: the gold lists direct quotes only)`);
    line('published', report.published);
    for (const [k, v] of Object.entries(report.attributes)) console.log(`${k.padEnd(18)} ${v.accuracy.toFixed(3)}  (${v.correct}/${v.total})`);
    console.log(`boilerplate facts  ${report.boilerplateFacts}`);
    if (report.entities) console.log(`entities   found ${report.entities.found}/${report.entities.total} (${report.entities.recall.toFixed(3)}); must-not-extract tagged ${report.entities.mustNotExtractTagged.length}`);
    if (report.places) {
      const p = report.places;
      console.log(`places     ${p.right}/${p.total} (${p.accuracy.toFixed(3)}); no-referent names placed ${p.strayed.length}; unmapped ${p.unmapped.length}`);
      for (const w of [...p.wrong, ...p.strayed]) console.log(`      ${w}`);
    }
    if (report.crossDocument) {
      const c = report.crossDocument;
      console.log(`same-entity pairs   P ${c.sameEntity.precision.toFixed(3)}  R ${c.sameEntity.recall.toFixed(3)}  F1 ${c.sameEntity.f1.toFixed(3)}  (${c.sameEntity.mentions} gold-listed mentions, ${c.sameEntity.pairs} gold pairs, ${c.sameEntity.predictedPairs} predicted)`);
      console.log(`different-entity violations ${c.differentEntities.violations.length}/${c.differentEntities.pairs}`);
      console.log(`same-event pairs merged ${c.sameEvent.merged}/${c.sameEvent.pairs}; groups merged with another ${c.sameEvent.mixed.length}`);
      for (const g of c.claimGroups) console.log(`claim group ${g.id}: ${g.found ? 'found' : 'not found'}${g.disputed ? ', disputed' : ''}`);
    }
    if (report.details) {
      for (const [doc, d] of Object.entries(report.details)) {
        for (const m of d.misses) console.log(`${doc}  miss      ${m.what}\n      ${m.sentence}`);
        for (const m of d.spurious) console.log(`${doc}  spurious  ${m.what}\n      ${m.sentence}`);
        for (const m of d.unlocated) console.log(`${doc}  unlocated ${m}`);
      }
      for (const m of report.entities?.missed ?? []) console.log(`entity missed  ${m}`);
      for (const m of report.entities?.mustNotExtractTagged ?? []) console.log(`entity must-not-extract tagged  ${m}`);
      for (const [x, y] of report.crossDocument?.sameEntity.missed ?? []) console.log(`same entity, not merged: ${x} ~ ${y}`);
      for (const [x, y] of report.crossDocument?.sameEntity.wronglyMerged ?? []) console.log(`merged, not the same entity: ${x} ~ ${y}`);
      for (const [x, y] of report.crossDocument?.differentEntities.violations ?? []) console.log(`different entities, joined: ${x} ~ ${y}`);
      for (const w of report.crossDocument?.sameEvent.why ?? []) {
        console.log(`same event, not merged whole or mixed: ${w.group}`);
        for (const r of w.reports) console.log(`      ${r.gold} → ${r.event ?? 'no event of its type at its evidence'}${r.merged ? ` in ${r.merged}` : ''}`);
        for (const r of w.reasons) console.log(`      merged ${r.between.join(' ~ ')}: date ${r.date}, place ${r.place}, participants ${r.participants.length}${r.story ? `, story ${r.story.length}` : ''}`);
      }
    }
    return 0;
  },
};

export default command;
