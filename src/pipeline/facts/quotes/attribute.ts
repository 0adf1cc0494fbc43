// Attribution relations of one document: the cue tagger finds cues sentence by sentence, then
// the role tagger reads a window around each cue and marks that cue's source and content.
import type { Span } from '../../../types.js';
import { cueFeatures, roleFeatures, roleWindow, tokenHashes, type TokenHashes } from './features.js';
import { acceptedCandidates, cueCandidates } from './candidates.js';
import { bioChunks } from './linear.js';
import type { AttributionModel } from './model.js';
import { QuoteState, type AttributionTokens } from './tokens.js';
import { sourceAsideEdge, sourceLeftEdge, withApposedHead, withoutDanglingRelative } from './source-edges.js';
import { accordingSource } from './according-source.js';
import { interruptedContent } from './interrupted.js';
import { withoutLeadBeforeSource } from './lead-piece.js';
import { postposedContent } from './postposed-content.js';
import { isDiscourseMarker } from './discourse-markers.js';
import { withoutStrayBrackets } from './content-brackets.js';
import { withoutNestedCues } from './nested-cues.js';
import { withParticipleSources } from './participle-source.js';
import { withoutTrailingMarks } from './content-marks.js';
import { headlineColon } from './headline-colon.js';
import { dashCredits } from './dash-credit.js';
import { transcriptTurns } from './transcript-labels.js';
import type { SpeakerLabelTest } from './label-speakers.js';

/** Token ranges [from, to) of one predicted attribution. */
export interface TokenRelation {
  cue: { from: number; to: number };
  source: { from: number; to: number } | null;
  /** Pieces of the content in order (one unless something, e.g. an inserted "he said", interrupts it). */
  content: Array<{ from: number; to: number }>;
}

export interface SpanRelation {
  cue: Span;
  source: Span | null;
  content: Span[];
}

/**
 * Cue token ranges of every sentence. margins, when given, receives per token how far the
 * tagger's B-cue score is above its O score (what the cue candidates read).
 */
export function tagCues(v: AttributionTokens, model: AttributionModel, h: TokenHashes = tokenHashes(v), margins?: Float32Array): Array<{ from: number; to: number }> {
  const cues: Array<{ from: number; to: number }> = [];
  const tags = new Uint8Array(512);
  for (let s = 0; s + 1 < v.sentStart.length; s++) {
    const from = v.sentStart[s];
    const to = v.sentStart[s + 1];
    const f = cueFeatures(v, h, from, to, model.cue.frozen);
    const out = to - from <= tags.length ? tags : new Uint8Array(to - from);
    model.cue.decode(f, to - from, out);
    if (margins) for (let k = 0; k < to - from; k++) margins[from + k] = model.cue.emitted(k, 1) - model.cue.emitted(k, 0);
    for (const c of bioChunks(out, to - from)) cues.push({ from: from + c.from, to: from + c.to });
  }
  return cues;
}

export function cueMaskOf(n: number, cues: Array<{ from: number; to: number }>): Uint8Array {
  const mask = new Uint8Array(n);
  for (const c of cues) mask.fill(1, c.from, c.to);
  return mask;
}

/** Source and content of one cue. */
export function tagRoles(v: AttributionTokens, model: AttributionModel, h: TokenHashes, mask: Uint8Array, cue: { from: number; to: number }): TokenRelation {
  const win = roleWindow(v, cue.from);
  const f = roleFeatures(v, h, mask, cue.from, cue.to, win.from, win.to, model.role.frozen);
  const out = new Uint8Array(win.to - win.from);
  model.role.decode(f, out.length, out);
  let source: { from: number; to: number } | null = null;
  const content: Array<{ from: number; to: number }> = [];
  const sources: Array<{ from: number; to: number }> = [];
  const distance = (c: { from: number; to: number }) => (c.to <= cue.from ? cue.from - c.to : c.from - cue.to);
  for (const c of bioChunks(out, out.length)) {
    const range = { from: win.from + c.from, to: win.from + c.to };
    if (c.role === 0) {
      sources.push(range);
      // one source per cue: the chunk nearest to it
      if (!source || distance(range) < distance(source)) source = range;
    } else content.push(range);
  }
  source = withApposedHead(v, source, sources, cue, mask);
  const split = accordingSource(v, cue, source, toClosingMark(v, coherentContent(v, content, cue)));
  const pieces = withoutTrailingMarks(v, withoutStrayBrackets(v, split.content));
  const src = sourceAsideEdge(v, withoutDanglingRelative(v, sourceLeftEdge(v, split.source ?? inheritedSubject(v, cue, win), cue)), [cue, ...pieces]);
  const whole = postposedContent(v, cue, src, withoutLeadBeforeSource(v, cue, src, interruptedContent(v, cue, src, pieces)), mask);
  return { cue, source: src, content: whole };
}

/**
 * The content pieces the role tagger marked, made coherent around the piece nearest the cue:
 * a quotation goes on only in quoted pieces ("“A,” she said. “B.”"), so a stray unquoted piece
 * beside a quotation of the same sentence is narration, as is a quotation in another sentence
 * beside an unquoted content someone else's statement; an unquoted content the tagger broke within one sentence on one side of
 * the cue ("X urged his supporters [at a rally] to ask …") is one span.
 */
export function coherentContent(v: AttributionTokens, pieces: Array<{ from: number; to: number }>, cue: { from: number; to: number }): Array<{ from: number; to: number }> {
  if (pieces.length < 2) return pieces;
  const distance = (c: { from: number; to: number }) => (c.to <= cue.from ? cue.from - c.to : c.from - cue.to);
  let nearest = pieces[0];
  for (const p of pieces) if (distance(p) < distance(nearest)) nearest = p;
  const quoted = (p: { from: number; to: number }) => v.quote[p.from] === QuoteState.Open;
  const sentence = (k: number) => v.tokens[k].sentence;
  // a quotation in the nearest piece's sentence is the content even when an unquoted piece is
  // nearer ("… asking her, “Where do we go?”", "“We are ready,” he said as he entered the
  // talks"): the unquoted piece is a circumstance or an addressee (measured on PolNeAR dev
  // and train: no exact content lost)
  if (quoted(nearest) || pieces.some((p) => quoted(p) && sentence(p.from) === sentence(nearest.from))) return pieces.filter(quoted);
  const out: Array<{ from: number; to: number }> = [];
  for (const p of pieces) {
    // a quotation of another sentence has its own cue ("They insisted it was over. “…,” said X.")
    if (quoted(p) && sentence(p.from) !== sentence(nearest.from)) continue;
    const last = out[out.length - 1];
    const sameSentence = last && v.tokens[last.to - 1].sentence === v.tokens[p.from].sentence;
    const acrossCue = last && last.to <= cue.from && p.from >= cue.to;
    if (last && sameSentence && !acrossCue && !quoted(p)) last.to = p.to;
    else out.push({ ...p });
  }
  return out;
}
/**
 * A quoted content runs to its closing mark: the role tagger, reading a window of a few
 * sentences, stops a long quotation early. Extends the last piece through the rest of the
 * quotation it is inside (the quotation regions already end at the paragraph's end).
 */
export function toClosingMark(v: AttributionTokens, pieces: Array<{ from: number; to: number }>): Array<{ from: number; to: number }> {
  const last = pieces[pieces.length - 1];
  if (!last) return pieces;
  // an unquoted content that opens a quotation ("called him “a fraud …”") runs to its closing
  // mark too, when there is one (PolNeAR: 14 exact contents gained on train, 1 on dev, none lost)
  const opensOne = v.quote[last.from] === QuoteState.Outside && (v.quote[last.to - 1] === QuoteState.Inside || v.quote[last.to - 1] === QuoteState.Open);
  if (!opensOne && (v.quote[last.from] === QuoteState.Outside || v.quote[last.to - 1] !== QuoteState.Inside)) return pieces;
  let to = last.to;
  while (to < v.tokens.length && v.quote[to] === QuoteState.Inside) to++;
  if (to < v.tokens.length && v.quote[to] === QuoteState.Close) to++;
  else if (opensOne) return pieces;
  return [...pieces.slice(0, -1), { from: last.from, to }];
}

/**
 * The source of a participle, infinitive or second verb that has no subject of its own ("Trump
 * tweeted, saying …", "… took to Twitter to accuse …"), when the role tagger marked none: the
 * subject of the verb it hangs from, as the parse has it. Null when the cue has a subject (the
 * tagger chose not to mark it) or the parse gives none within the window.
 */
export function inheritedSubject(v: AttributionTokens, cue: { from: number; to: number }, win: { from: number; to: number }): { from: number; to: number } | null {
  const sx = v.syntax;
  if (!sx) return null;
  let verb = cue.to - 1;
  for (let i = cue.from; i < cue.to; i++) if (sx.head[i] < cue.from || sx.head[i] >= cue.to) { verb = i; break; }
  const subjectOf = (h: number) => {
    for (let i = win.from; i < win.to; i++) if (sx.head[i] === h && (sx.deprel[i] === 'nsubj' || sx.deprel[i] === 'nsubj:pass')) return i;
    return -1;
  };
  if (subjectOf(verb) >= 0 || !DEPENDENT_VERBS.has(sx.deprel[verb]) || sx.head[verb] < 0) return null;
  const s = subjectOf(sx.head[verb]);
  if (s < 0 || sx.left[s] < win.from || sx.right[s] >= win.to) return null;
  return { from: sx.left[s], to: sx.right[s] + 1 };
}

/** Relations of a verb that shares the subject of the verb it depends on. */
const DEPENDENT_VERBS = new Set(['advcl', 'xcomp', 'conj']);

/**
 * Every cue found, with its source and content (a content the role tagger missed is empty).
 * canSpeak, when the caller knows the document's names, vets a headline label's source.
 */
export function findAttributions(v: AttributionTokens, model: AttributionModel, canSpeak?: SpeakerLabelTest): TokenRelation[] {
  const h = tokenHashes(v);
  const margins = model.candidates && v.syntax ? new Float32Array(v.tokens.length) : undefined;
  let cues = tagCues(v, model, h, margins);
  let mask = cueMaskOf(v.tokens.length, cues);
  if (model.candidates && margins) {
    const taken = acceptedCandidates(model.candidates, cueCandidates(v, mask, margins));
    if (taken.length) {
      cues = [...cues, ...taken].sort((a, b) => a.from - b.from);
      mask = cueMaskOf(v.tokens.length, cues);
    }
  }
  const tagged: TokenRelation[] = [];
  for (const cue of cues) if (!isDiscourseMarker(v, cue)) tagged.push(tagRoles(v, model, h, mask, cue));
  const out = withParticipleSources(v, tagged);
  const headline = headlineColon(v, canSpeak);
  // shapes the cue tagger rarely met in training: a headline's "Name: claim", a quotation's dash
  // credit, a transcript's "NAME:" turns
  const untagged = (r: TokenRelation) => !cues.some((c) => c.from <= r.cue.from && r.cue.from < c.to);
  // the labels (not a transcript's turns, which are speech) never delete a nested attribution
  const labels = new Set<TokenRelation>([...(headline ? [headline] : []), ...dashCredits(v)].filter(untagged));
  for (const r of [...labels, ...transcriptTurns(v)]) if (untagged(r)) out.push(r);
  out.sort((a, b) => a.cue.from - b.cue.from);
  return withoutNestedCues(v, out, labels);
}

export function toSpans(v: AttributionTokens, r: TokenRelation): SpanRelation {
  const span = (x: { from: number; to: number }): Span => ({ start: v.tokens[x.from].start, end: v.tokens[x.to - 1].end });
  return { cue: span(r.cue), source: r.source ? span(r.source) : null, content: r.content.map(span) };
}
