// The punctuation at a source's right edge, as PolNeAR marks sources: a source with an aside
// set off by commas or dashes ("Ann Lee, a lawyer for the union, said") ends with the mark that
// closes the aside; a source without one never ends with such a mark. Counted on PolNeAR
// train (gold sources): with a comma inside, 920 take the comma that follows and 105 do not;
// without one, 5 end with a comma and 800 stop before it; with a dash inside 32 to 1, without
// 0 to 33. The role tagger leaves the closing mark out about one time in ten.
import { QuoteState, type AttributionTokens } from './tokens.js';

type Range = { from: number; to: number };

/** Commas and dashes, the marks that open and close an aside. */
const ASIDE_MARKS = new Set([',', '—', '–', '--']);

/**
 * The source with its closing aside mark taken in (when the same mark occurs inside it, the
 * mark follows it in the same sentence and belongs to no other role), or a lone trailing mark
 * dropped (when no such mark occurs inside it).
 */
export function sourceAsideEdge(v: AttributionTokens, source: Range | null, others: readonly Range[]): Range | null {
  if (!source || source.to - source.from < 2) return source;
  const last = source.to - 1;
  let inside = false;
  for (let i = source.from; i < last; i++) if (ASIDE_MARKS.has(v.low[i])) inside = true;
  if (!inside) return ASIDE_MARKS.has(v.low[last]) ? { from: source.from, to: last } : source;
  const next = source.to;
  if (next >= v.tokens.length || v.tokens[next].sentence !== v.tokens[last].sentence) return source;
  if (!ASIDE_MARKS.has(v.low[next]) || v.quote[next] !== QuoteState.Outside) return source;
  // the same mark opened the aside ("X, a lawyer," / "X — a lawyer —")
  let opened = false;
  for (let i = source.from; i < last; i++) if (v.low[i] === v.low[next]) opened = true;
  if (!opened || others.some((r) => r.from <= next && next < r.to)) return source;
  return { from: source.from, to: next + 1 };
}

/** The relation of a word that subordinates its clause to another ("while", "as", "because"). */
const CLAUSE_LINKS = new Set(['mark']);

/**
 * The source without a first word that subordinates the speaker's clause to the one before
 * ("…, while Ann Lee, a lawyer, said"): the parse hangs such a word on the cue, so it is not
 * part of who spoke.
 */
export function sourceLeftEdge(v: AttributionTokens, source: Range | null, cue: Range): Range | null {
  const sx = v.syntax;
  if (!sx || !source || source.to - source.from < 2) return source;
  const first = source.from;
  const head = sx.head[first];
  if (!CLAUSE_LINKS.has(sx.deprel[first]) || head < cue.from || head >= cue.to) return source;
  return { from: first + 1, to: source.to };
}

const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which']);

/**
 * The source without a relative clause the role tagger broke off at its first word or two
 * (", who" or ", who is"): the clause says nothing yet, and PolNeAR's sources end before it
 * unless they hold it whole.
 */
export function withoutDanglingRelative(v: AttributionTokens, source: Range | null): Range | null {
  if (!source) return source;
  for (let i = source.from + 1; i + 1 < source.to; i++) {
    if (v.low[i] === ',' && RELATIVE_WORDS.has(v.low[i + 1]) && source.to - (i + 2) <= 1) return { from: source.from, to: i };
  }
  return source;
}

/**
 * The source with the name its aside describes, where the role tagger marked the two apart ("[Ann
 * Lee], dean of the [Faculty of Law], said"): a source chunk before the nearest one, in the same
 * sentence, ending in a capitalised word, whose next token opens an aside (a comma or dash, then a
 * lower-case word: a role, not a second name or a place's state) that the same mark closes right
 * after the nearest chunk, the cue next. Measured on PolNeAR dev: without the last two conditions
 * the rule joined five leads and lists ("her 2003 book, Living History, Clinton noted"), none right.
 */
export function withApposedHead(v: AttributionTokens, source: Range | null, chunks: readonly Range[], cue: Range, cueMask: Uint8Array): Range | null {
  if (!source || source.to > cue.from) return source;
  const sentence = v.tokens[source.from].sentence;
  let head: Range | null = null;
  for (const c of chunks) {
    if (c.to >= source.from || v.tokens[c.from].sentence !== sentence || !ASIDE_MARKS.has(v.low[c.to])) continue;
    if (!head || c.from > head.from) head = c;
  }
  if (!head) return source;
  const mark = v.low[head.to];
  if (!/^\p{Lu}/u.test(v.tokens[head.to - 1].text) || !/^\p{Ll}/u.test(v.tokens[head.to + 1]?.text ?? '')) return source;
  // the aside closes with the same mark right after the nearest chunk (in it or next), the cue after it
  const closing = v.low[source.to - 1] === mark ? source.to - 1 : v.low[source.to] === mark ? source.to : -1;
  if (closing < 0 || cue.from !== closing + 1) return source;
  for (let i = head.to; i < source.from; i++) if (cueMask[i] || v.quote[i] !== QuoteState.Outside) return source;
  return { from: head.from, to: Math.max(source.to, closing + 1) };
}
