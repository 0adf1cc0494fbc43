// The per-document pipeline, in order:
//   read → extract → segment → syntax → entities → places → time → facts
// Each stage is a pure function of the document (plus the shared context); nothing here does I/O
// beyond loading the entity and syntax models once.
import type { Analysis, RawDoc } from '../types.js';
import { emptyAnalysis } from '../analysis.js';
import { extract } from './extract/index.js';
import { segment } from './segment/index.js';
import { loadSyntaxModel, parseDocument, type SyntaxModel } from './syntax/index.js';
import { loadNerModel, recognise, type NerModel } from './entities/index.js';
import { typePublisherNames } from './entities/outlet-names.js';
import { splitHyphenatedNames } from './entities/hyphen-parts.js';
import { resolvePlaces } from './places/index.js';
import { gazetteer } from './gazetteer/gazetteer.js';
import { withPlaceNames } from './places/entity-names.js';
import { loadAttributionModel } from './facts/quotes/model.js';
import { normaliseTimes } from './time/index.js';
import { extractFacts } from './facts/index.js';
import { resolveDocumentEntities } from './entities/resolve.js';
import { typeEvidence } from './entities/type-votes.js';
import { createAliasTable, shippedAliasGroups, type AliasTable } from './entities/aliases.js';
import { markDateline } from './entities/dateline.js';
import { markCredits } from './entities/credits.js';
import { markNicknames } from './entities/nicknames.js';
import { addTeamNicknameRepeats } from './entities/team-nickname-repeats.js';
import { datelineTown } from './entities/dateline-town.js';
import { lapTimer, type StageClock } from './stage-clock.js';

import { STAGES, type StageName } from './stages.js';
export { STAGES, type StageName } from './stages.js';

export interface PipelineContext {
  /** The entity model, loaded on first use (stages before the tagger never pay for it). */
  nerModel: () => NerModel;
  /** The tagger and parser, loaded on first use. */
  syntaxModel: () => SyntaxModel;
  /** Stop after this stage (benchmarks measure stages separately); later annotations stay empty. */
  until?: StageName;
  /** Known aliases (curated file plus the user's own), for entity resolution. */
  aliases: AliasTable;
  /** Adds each stage's time here (benchmarks); absent, nothing is timed. */
  clock?: StageClock;
}

let shippedModel: NerModel | undefined;
let shippedSyntax: SyntaxModel | undefined;

/** The shipped entity and syntax models, loaded once per process; optionally stopping after a stage. */
export function defaultContext(until?: StageName): PipelineContext {
  return {
    nerModel: () => (shippedModel ??= loadNerModel()),
    syntaxModel: () => (shippedSyntax ??= loadSyntaxModel()),
    until,
    aliases: createAliasTable(shippedAliasGroups()),
  };
}

export function analyse(raw: RawDoc, ctx: PipelineContext = defaultContext()): Analysis {
  const last = STAGES.indexOf(ctx.until ?? 'facts');
  const runs = (stage: StageName) => STAGES.indexOf(stage) <= last;
  let lap = lapTimer(ctx.clock);
  const doc = extract(raw);
  lap('extract');
  const result = emptyAnalysis(doc);
  if (!runs('segment')) return result;
  result.segmentation = segment(doc.text);
  lap('segment');
  // the models, lexicons and date parser read English: other languages are stored and searchable only
  if (!runs('syntax') || doc.meta.notAnalysed) return result;
  // models (and, when timing, the gazetteer) load before the clock runs: their one-off cost is
  // no stage's cost per document
  const syntaxModel = ctx.syntaxModel();
  if (runs('entities')) ctx.nerModel();
  if (ctx.clock && runs('places')) gazetteer();
  if (ctx.clock && runs('facts')) loadAttributionModel();
  lap = lapTimer(ctx.clock);
  result.syntax = parseDocument(doc.text, result.segmentation, syntaxModel, doc.meta.dateline?.span ?? null);
  lap('syntax');
  if (!runs('entities')) return result;
  // a name that is the page's own publisher is that outlet, an organisation
  // names joined by a hyphen ("Clinton-Gore") are each a mention here, not the tagger's one MISC word
  const recognised = typePublisherNames(splitHyphenatedNames(doc.text, recognise(doc.text, result.segmentation, ctx.nerModel(), result.syntax)), doc.meta.publisher);
  // only the article's own vote is kept here; the corpus counts them all after ingest (corpusTypes)
  const marked = markNicknames(doc.text, markCredits(doc.text, markDateline(doc.text, datelineTown(doc.text, doc.meta.dateline, typeEvidence(recognised, { syntax: result.syntax })))));
  // a team's bare nickname the tagger missed after the article names the team in full
  const mentions = addTeamNicknameRepeats(doc.text, marked, result.syntax);
  lap('entities');
  const resolved = resolveDocumentEntities(mentions, ctx.aliases, { docId: doc.id, text: doc.text });
  result.mentions = mentions.map((m, i) => ({ ...m, entityId: resolved[i].entityId, canonical: resolved[i].canonical, type: resolved[i].type }));
  lap('resolve');
  if (runs('places')) {
    result.places = resolvePlaces(doc.text, result.mentions, { dateline: doc.meta.dateline?.place });
    result.mentions = withPlaceNames(doc.text, result.mentions, result.places);
    lap('places');
  }
  if (runs('time')) {
    result.times = normaliseTimes(doc, result.syntax);
    lap('time');
  }
  if (runs('facts')) Object.assign(result, extractFacts(result, ctx.clock));
  return result;
}
