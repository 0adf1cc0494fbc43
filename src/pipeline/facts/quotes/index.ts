// Direct quotes (“…”, «…», "…", split around "he said") and clear indirect speech
// ("X said that …"), each with its speaker resolved through the attribution frames.
import type { Quote, Span } from '../../../types.js';
import type { FactsContext, QuoteRegion } from '../context.js';
import { type Frame, type Speaker, type SpeakerMemory, npBackward, resolveSpeaker, speakerPhraseEnd, tokSpan } from '../attribution.js';
import { POST_QUOTE_ONLY_VERBS, SPEECH_VERBS, TITLE_CUES } from '../lexicons/attribution.js';
import { AUX_HAVE, DETERMINERS, MODALS, PREPOSITIONS, isAdverb, isCapitalized, isPunct, npForward } from '../syntax.js';

const ATTRIB_PUNCT = new Set([',', '–', '—', '-', ':']);
const CLOSE_MARKS = new Set(['”', '"', '»', '“', '›']);

function wordCount(ctx: FactsContext, q: QuoteRegion): number {
  let n = 0;
  for (let i = q.tokStart; i < q.tokEnd; i++) if (!isPunct(ctx.low[i])) n++;
  return n;
}

/** Names, titles and scare quotes: short, or introduced as a title ("entitled “…”"). */
function isRealQuote(ctx: FactsContext, q: QuoteRegion): boolean {
  const n = wordCount(ctx, q);
  if (n < 4) return false;
  const before = ctx.text.slice(Math.max(0, q.open - 24), q.open).toLowerCase();
  for (const cue of TITLE_CUES) if (before.includes(cue)) return false;
  let capitals = 0;
  for (let i = q.tokStart; i < q.tokEnd; i++) if (!isPunct(ctx.low[i]) && isCapitalized(ctx.toks[i].text)) capitals++;
  const inner = ctx.text.slice(q.open + 1, q.close).trim();
  if (capitals === n && !/[.!?,]$/.test(inner)) return false;
  return true;
}

/** Speaker written right after the closing mark: "…,” said X" / "…,” X said" / "” – brought X". */
function speakerAfter(ctx: FactsContext, mem: SpeakerMemory, q: QuoteRegion): { speaker: Speaker; end: number } | null {
  let i = q.tokEnd;
  while (i < ctx.toks.length && (CLOSE_MARKS.has(ctx.low[i]) || ATTRIB_PUNCT.has(ctx.low[i]))) i++;
  const s = ctx.toks[q.tokEnd]?.sentence ?? 0;
  const limit = ctx.sentStart[Math.min(ctx.sentences.length, s + 1)];
  const w = ctx.low[i];
  if (w && (SPEECH_VERBS.has(w) || POST_QUOTE_ONLY_VERBS.has(w))) {
    const end = speakerPhraseEnd(ctx, i + 1, Math.max(limit, i + 1));
    const sp = resolveSpeaker(ctx, mem, i + 1, end);
    return sp ? { speaker: sp, end } : null;
  }
  // "…,” he said" / "…,” Ruiz added" / "…,” Europol's head of X, Anne Visser, said"
  for (let j = i; j < Math.min(limit, i + 20); j++) {
    if (SPEECH_VERBS.has(ctx.low[j]) && j > i && !DETERMINERS.has(ctx.low[j - 1]) && !(ctx.low[j] === 'state' || ctx.low[j] === 'point' || ctx.low[j] === 'post' || ctx.low[j] === 'count')) {
      // "the press service quoted judge X as saying": X speaks
      const quoted = quotedAsSaying(ctx, j, limit);
      if (quoted) {
        const sp = resolveSpeaker(ctx, mem, quoted[0], quoted[1]);
        if (sp) return { speaker: sp, end: quoted[1] + 2 };
      }
      let k = j;
      while (k > i && (isAdverb(ctx.low[k - 1]) || AUX_HAVE.has(ctx.low[k - 1]) || MODALS.has(ctx.low[k - 1]) || ctx.low[k - 1] === ',')) k--;
      const sp = resolveSpeaker(ctx, mem, i, k);
      return sp ? { speaker: sp, end: j + 1 } : null;
    }
    // an apposition's commas belong to the speaker phrase; any other mark ends it
    const appositive = ctx.low[j] === ',' && j > i && (ctx.mentionAt[j + 1] >= 0 || ctx.mentionAt[j - 1] >= 0);
    if (isPunct(ctx.low[j]) && ctx.low[j] !== "'s" && ctx.low[j] !== '’s' && !appositive) break;
  }
  return null;
}

/** "quoted X as saying": the tokens of X. */
function quotedAsSaying(ctx: FactsContext, v: number, limit: number): [number, number] | null {
  if (ctx.low[v] !== 'quoted' && ctx.low[v] !== 'cited') return null;
  for (let k = v + 2; k < Math.min(limit, v + 12); k++) {
    if (ctx.low[k] === 'as' && (ctx.low[k + 1] === 'saying' || ctx.low[k + 1] === 'telling')) return [v + 1, k];
    if (isPunct(ctx.low[k])) return null;
  }
  return null;
}

/** Speaker written right before the opening mark: "Ortiz remarked: “…”". */
function speakerBefore(ctx: FactsContext, mem: SpeakerMemory, q: QuoteRegion): Speaker | null {
  let i = q.tokStart - 1;
  while (i >= 0 && (CLOSE_MARKS.has(ctx.low[i]) || ctx.low[i] === '«' || ctx.low[i] === '„')) i--;
  if (ctx.low[i] !== ':' && ctx.low[i] !== ',') return null;
  const v = i - 1;
  if (!SPEECH_VERBS.has(ctx.low[v])) return null;
  let k = v;
  while (k > 0 && (isAdverb(ctx.low[k - 1]) || AUX_HAVE.has(ctx.low[k - 1]))) k--;
  const s = ctx.toks[v].sentence;
  const start = npBackward(ctx, k, ctx.sentStart[s]);
  return start < k ? resolveSpeaker(ctx, mem, start, k) : null;
}

export interface QuoteInput {
  ctx: FactsContext;
  mem: SpeakerMemory;
  framesBySentence: Frame[][];
}

export function extractDirectQuotes({ ctx, mem, framesBySentence }: QuoteInput): Quote[] {
  const out: Array<Quote & { viaAfter: boolean; para: number }> = [];
  for (const q of ctx.quotes) {
    if (!isRealQuote(ctx, q) || q.tokStart >= ctx.toks.length) continue;
    const s = ctx.toks[q.tokStart].sentence;
    const para = ctx.paraOfSent[s];
    const after = speakerAfter(ctx, mem, q);
    let speaker: Speaker | null = after?.speaker ?? speakerBefore(ctx, mem, q);
    // a short quoted phrase with nobody saying it is a name or a term ("the Union of …", "green zones")
    if (!speaker && wordCount(ctx, q) < 8 && !/[.!?]\s*$/.test(ctx.text.slice(q.open + 1, q.close))) continue;
    if (!speaker) {
      const f = (framesBySentence[s] ?? []).find((fr) => fr.kind === 'pre' && fr.at < q.tokStart && q.tokStart < fr.scopeEnd);
      if (f) speaker = f.speaker;
    }
    if (!speaker) {
      // the previous sentence of the paragraph reports someone ("X proudly reported …. “…”")
      for (let p = s - 1; p >= 0 && ctx.paraOfSent[p] === para && !speaker; p--) {
        const f = (framesBySentence[p] ?? []).find((fr) => fr.kind === 'pre' || fr.kind === 'post');
        if (f) speaker = f.speaker;
      }
    }
    const prev = out[out.length - 1];
    if (!speaker && prev && prev.para === para) speaker = prev.speaker ? { name: prev.speaker, span: prev.speakerSpan!, kind: 'other' } : null;
    const inner: Span = { start: q.open + 1, end: q.close };
    // a quote split by its attribution ("“A,” said X. “B”, – said X") is one quote
    if (prev && prev.viaAfter && prev.para === para && speaker && prev.speaker === speaker.name && ctx.text.slice(prev.end, q.open).length < 80) {
      prev.end = inner.end;
      prev.text = `${prev.text} ${ctx.text.slice(inner.start, inner.end)}`;
      continue;
    }
    if (speaker) mem.remember(speaker, q.open);
    const sentence = ctx.sentences[s];
    out.push({
      start: inner.start, end: inner.end, text: ctx.text.slice(inner.start, inner.end), kind: 'direct',
      speaker: speaker?.name ?? null, ...(speaker ? { speakerSpan: speaker.span } : {}),
      sentence: { start: sentence.start, end: sentence.end }, viaAfter: !!after, para,
    });
  }
  // a pull quote repeats words said earlier: the same speaker
  for (const q of out) {
    if (q.speaker) continue;
    const words = q.text.replace(/[.,!?”"]+$/, '').trim();
    const said = out.find((o) => o !== q && o.speaker && o.start < q.start && words.length > 10 && o.text.toLowerCase().includes(words.toLowerCase()));
    if (said) {
      q.speaker = said.speaker;
      if (said.speakerSpan) q.speakerSpan = said.speakerSpan;
    }
  }
  return out.map(({ viaAfter: _v, para: _p, ...q }) => q);
}

const INDIRECT_VERBS = new Set(['say', 'says', 'said', 'told', 'tell', 'tells', 'added', 'adds', 'noted', 'notes', 'stressed', 'claimed', 'claims', 'stated', 'states', 'announced', 'warned', 'explained', 'confirmed', 'recalled', 'insisted', 'believes', 'argued', 'reported', 'reports', 'emphasized', 'emphasised', 'admitted', 'according', 'writes', 'wrote', 'remarked']);

/** "X said (that) CLAUSE", "CLAUSE, X said", "according to X, CLAUSE". */
export function extractIndirectQuotes({ ctx, framesBySentence }: QuoteInput, direct: Quote[]): Quote[] {
  const out: Quote[] = [];
  const insideDirect = (a: number, b: number) => direct.some((d) => a < d.end + 2 && b > d.start - 2);
  framesBySentence.forEach((frames, s) => {
    if (ctx.repeatSent[s]) return;
    for (const f of frames) {
      const verb = ctx.low[f.at];
      if (!INDIRECT_VERBS.has(verb) || !f.clausal) continue;
      let a = f.scopeStart;
      let b = f.scopeEnd;
      if (f.kind === 'pre') {
        while (a < b && (ctx.low[a] === 'that' || ctx.low[a] === ',' || ctx.low[a] === 'reporters' || ctx.timeAt[a] >= 0 || ctx.low[a] === 'on')) a++;
      } else if (f.kind === 'according') {
        a = ctx.toks.findIndex((t, k) => k > f.at && t.start >= f.evidence.end);
        if (ctx.low[a] === ',') a++;
        if (a < 0 || a >= b) continue;
      }
      while (b > a && isPunct(ctx.low[b - 1])) b--;
      // the words of a dateline are not what was said
      const body = ctx.bodyStart[s] ?? a;
      if (a < body && body < b) a = body;
      // "said in a statement read on radio": circumstances, not a statement
      if (f.kind === 'pre' && PREPOSITIONS.has(ctx.low[a])) continue;
      // stop at an opening quote mark: the quote itself is direct
      for (let k = a; k < b; k++) if (ctx.quoteAt[k] >= 0) { b = k; while (b > a && isPunct(ctx.low[b - 1])) b--; break; }
      if (b - a < 4) continue;
      const span = tokSpan(ctx, a, b);
      if (insideDirect(span.start, span.end)) continue;
      if (DETERMINERS.has(ctx.low[a]) && b - a < 6 && f.kind === 'pre' && !f.clausal) continue;
      const sentence = ctx.sentences[s];
      out.push({
        ...span, text: ctx.text.slice(span.start, span.end), kind: 'indirect', speaker: f.speaker.name,
        speakerSpan: f.speaker.span, sentence: { start: sentence.start, end: sentence.end },
      });
    }
  });
  return out;
}
