// Speaker census of the pipeline's direct quotes against PolNeAR's attributions, for `eval
// attribution --quote-speakers`: each direct quote is paired with the gold attribution whose
// content overlaps it most, and its speaker is right when the speaker's mention, or any mention of
// the speaker's entity in the article, overlaps the gold source. Gold sources that are pronouns or
// descriptions are counted apart: without coreference in the gold, whether Chronicle's entity is
// the pronoun's cannot be told, so only whether Chronicle read the same source is reported.
import type { Analysis, Quote, Span } from '../types.js';
import type { AttributionRelation } from '../train/lib/polnear.js';
import { alignTexts, derivedSpan } from './lib/text-align.js';

export type SourceKind = 'name' | 'pronoun' | 'description';

export interface SpeakerCase {
  doc: string;
  /** right / wrong / no speaker (named gold source); same source / other source / no speaker (pronoun, description). */
  verdict: string;
  kind: SourceKind;
  quote: string;
  gold: string;
  speaker: string | null;
  /** The source as Chronicle read it ("he", "a spokesman"). */
  speakerText: string | null;
  /** Where the gold source lies, from the quote: its sentence, the sentence before, another paragraph … */
  goldWhere: string;
  speakerWhere: string | null;
  /** The quote's sentence (cut at 240 characters), to read the case by. */
  sentence: string;
}

export interface SpeakerCensus {
  articles: number;
  directQuotes: number;
  /** Direct quotes no gold content overlaps, and those whose gold attribution names no source. */
  noGoldContent: number;
  goldWithoutSource: number;
  /** Named gold sources: accuracy = right / all (a quote without a speaker counts as wrong). */
  named: { right: number; wrong: number; noSpeaker: number; total: number; accuracy: number };
  pronoun: Record<string, number>;
  description: Record<string, number>;
  /** Wrong and speakerless named cases by where the gold source lies. */
  missesByWhere: Record<string, number>;
  cases: SpeakerCase[];
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'who', 'one']);
/** Capitalised words that open a description rather than name someone. */
const OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'other', 'his', 'her', 'their', 'its', 'our', 'my', 'both', 'several', 'one', 'two', 'three', 'most', 'few', 'all', 'another', 'each', 'every', 'no', 'such']);

/** A gold source's kind from its words: a lone pronoun, a description (no capitalised word past an opener), or a name. */
export function sourceKind(text: string): SourceKind {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 1 && PRONOUNS.has(words[0].toLowerCase().replace(/[^a-z]/g, ''))) return 'pronoun';
  const named = words.some((w, k) => /^\p{Lu}/u.test(w) && !(k === 0 && OPENERS.has(w.toLowerCase())));
  return named ? 'name' : 'description';
}

/** Share of the best overlap a nested attribution's content needs to be preferred for being shorter. */
const NEARLY = 0.8;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Where a span lies from a quote: within its sentence or quote, sentences and paragraphs before, or after. */
function where(text: string, sentences: Span[], q: Quote, s: Span): string {
  if (s.start >= q.start && s.end <= q.end) return 'inside the quote';
  const sentenceOf = (pos: number) => sentences.findIndex((x) => pos >= x.start && pos < x.end);
  const para = (pos: number) => (text.slice(0, pos).match(/\n\s*/g) ?? []).length;
  const qs = sentenceOf(q.start);
  const qe = sentenceOf(Math.max(q.start, q.end - 1));
  const ss = sentenceOf(s.start);
  if (ss >= qs && ss <= qe) return 'quote sentence';
  if (ss > qe) return para(s.start) === para(q.end - 1) ? 'after, same paragraph' : 'after, later paragraph';
  const pq = para(q.start);
  const ps = para(s.start);
  if (ps === pq) return ss === qs - 1 ? 'sentence before' : 'earlier in paragraph';
  return ps === pq - 1 ? 'paragraph before' : 'further back';
}

const cut = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 1)}…` : t).replace(/\s+/g, ' ');

export class QuoteSpeakerCensus {
  private articles = 0;
  private readonly cases: SpeakerCase[] = [];
  private direct = 0;
  private noContent = 0;
  private noSource = 0;

  /** One article: its source text and gold relations (PolNeAR offsets), and the pipeline's analysis of it. */
  add(doc: string, sourceText: string, gold: AttributionRelation[], a: Analysis): void {
    this.articles++;
    const text = a.doc.text;
    const align = alignTexts(sourceText, text);
    const map = (s: Span) => derivedSpan(align, s.start, s.end);
    const rels = gold.map((r) => ({
      source: r.source ? r.source.pieces.map(map).filter((x): x is Span => !!x) : null,
      contents: r.contents.flatMap((c) => c.pieces.map(map).filter((x): x is Span => !!x)),
    }));
    for (const q of a.quotes) {
      if (q.kind !== 'direct') continue;
      this.direct++;
      // the gold attribution holding the quote: among those sharing nearly as many of its characters
      // as the best, the shortest content (the inner of nested attributions, "CNN reported X said “…”")
      const shares = rels.map((r) => ({
        r,
        shared: r.contents.reduce((n, c) => n + Math.max(0, Math.min(c.end, q.end) - Math.max(c.start, q.start)), 0),
        length: r.contents.reduce((n, c) => n + c.end - c.start, 0),
      }));
      const most = Math.max(0, ...shares.map((x) => x.shared));
      const best = most > 0 ? shares.filter((x) => x.shared >= NEARLY * most).sort((x, y) => x.length - y.length)[0].r : null;
      if (!best) {
        this.noContent++;
        continue;
      }
      if (!best.source?.length) {
        this.noSource++;
        continue;
      }
      const goldSpan: Span = { start: best.source[0].start, end: best.source[best.source.length - 1].end };
      const goldText = text.slice(goldSpan.start, goldSpan.end);
      const kind = sourceKind(goldText);
      // the source as written counts too: a name the tagger missed ("Ban recalled") is still that name;
      // then the speaker's entity, or its name where the speaker has no entity id
      const entityMentions = a.mentions.filter((m) => (q.speakerEntityId ? m.entityId === q.speakerEntityId : m.canonical === q.speaker));
      const speakerSpans = [q.speakerSpan, q.sourceSpan, ...entityMentions].filter((x): x is Span => !!x);
      let verdict: string;
      if (!q.speaker) verdict = 'no speaker';
      else if (kind === 'name') verdict = speakerSpans.some((s) => best!.source!.some((g) => overlaps(s, g))) ? 'right' : 'wrong';
      else verdict = [q.sourceSpan, q.speakerSpan].some((s) => s && best!.source!.some((g) => overlaps(s, g))) ? 'same source' : 'other source';
      const sentences = a.segmentation.sentences;
      const shown = q.sourceSpan ?? q.speakerSpan;
      this.cases.push({
        doc,
        verdict,
        kind,
        quote: cut(q.text, 90),
        gold: goldText,
        speaker: q.speaker,
        speakerText: q.speakerText ?? null,
        goldWhere: where(text, sentences, q, goldSpan),
        speakerWhere: shown ? where(text, sentences, q, shown) : null,
        sentence: cut(text.slice(q.sentence.start, q.sentence.end), 240),
      });
    }
  }

  census(withCases: boolean): SpeakerCensus {
    const named = this.cases.filter((c) => c.kind === 'name');
    const count = (xs: SpeakerCase[], v: string) => xs.filter((c) => c.verdict === v).length;
    const tally = (kind: SourceKind) => {
      const out: Record<string, number> = {};
      for (const c of this.cases) if (c.kind === kind) out[c.verdict] = (out[c.verdict] ?? 0) + 1;
      return out;
    };
    const byWhere: Record<string, number> = {};
    for (const c of named) if (c.verdict !== 'right') byWhere[c.goldWhere] = (byWhere[c.goldWhere] ?? 0) + 1;
    const right = count(named, 'right');
    return {
      articles: this.articles,
      directQuotes: this.direct,
      noGoldContent: this.noContent,
      goldWithoutSource: this.noSource,
      named: { right, wrong: count(named, 'wrong'), noSpeaker: count(named, 'no speaker'), total: named.length, accuracy: named.length ? Math.round((right / named.length) * 1000) / 1000 : 1 },
      pronoun: tally('pronoun'),
      description: tally('description'),
      missesByWhere: Object.fromEntries(Object.entries(byWhere).sort((x, y) => y[1] - x[1])),
      cases: withCases ? this.cases.filter((c) => c.verdict !== 'right' && c.verdict !== 'same source') : [],
    };
  }
}
