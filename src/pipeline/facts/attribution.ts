// Who says so: attribution frames ("X said", "according to X", "X estimated",
// "citing figures from X") per sentence, and the speaker behind a
// description or pronoun resolved to the nearest compatible named mention.
import type { Mention, Span } from '../../types.js';
import { lastStartingAtOrBefore, type DocumentContext } from '../context/document.js';
import { POST_QUOTE_ONLY_VERBS, SPEECH_VERBS } from '../lexicons/attribution.js';
import { ANONYMOUS_SOURCE_HEADS, ORG_DESCRIPTORS, PERSON_DESCRIPTORS, PERSON_PRONOUNS } from '../lexicons/nouns.js';
import { describedSubjectBefore } from '../reference/described-subject.js';
import {
  AUX_BE, AUX_HAVE, DETERMINERS, MODALS, NP_BREAK, isAdverb, isCapitalized, isPunct, looksVerbal, npForward, spacedPossessiveAt,
} from '../context/phrases.js';
import { dataWordList } from '../lexicon-files.js';
import { firstIndex } from '../first-index.js';
import { isPassive, relationMatches, subjects, wordOfToken } from '../syntax/query.js';
import { phraseTokens } from '../reference/phrase-tokens.js';
import { endThroughTitleRun } from './title-run.js';

export type SpeakerKind = 'person' | 'org' | 'anonymous' | 'other';

export interface Speaker {
  name: string;
  span: Span;
  kind: SpeakerKind;
  /** The lone pronoun the phrase was ("he"), when the speaker is its antecedent. */
  pronoun?: string;
}

export interface Frame {
  kind: 'according' | 'pre' | 'post' | 'citing';
  speaker: Speaker;
  /** The attribution words (verb or phrase), as evidence. */
  evidence: Span;
  /** Token of the verb / phrase head. */
  at: number;
  /** Tokens [scopeStart, scopeEnd) the frame covers. */
  scopeStart: number;
  scopeEnd: number;
  /** The complement starts with "that" or a clause (indirect speech), not a noun object. */
  clausal: boolean;
}

const ESTIMATE_VERBS = new Set(dataWordList('words', 'estimate-verbs.txt'));

/** Memory of who has been named or has spoken so far, for pronouns and descriptions. */
export class SpeakerMemory {
  readonly people: Array<{ at: number; name: string; span: Span }> = [];
  readonly orgs: Array<{ at: number; name: string; span: Span }> = [];
  readonly anonymous: Array<{ at: number; name: string; span: Span }> = [];
  /** The person mentions a pronoun may go back to (outside quotations, not in a prepositional phrase), in text order; built on first use. */
  private antecedents: Mention[] | undefined;
  /** Person mentions of two or more words by their last word, in text order: the full names a lone surname may stand for. */
  private fullNamesByLast: Map<string, Mention[]> | undefined;
  /** The person mentions, in text order; built on first use. */
  private personList: Mention[] | undefined;
  /** Tokens of "sources" not after "the", in text order (describeSources); built on first use. */
  private sourcesTokens: number[] | undefined;
  constructor(readonly ctx: DocumentContext) {}

  nearest(list: Array<{ at: number; name: string; span: Span }>, before: number): { name: string; span: Span } | undefined {
    let best: { at: number; name: string; span: Span } | undefined;
    for (const e of list) if (e.at < before && (!best || e.at >= best.at)) best = e;
    return best;
  }

  nearestPerson(beforeOffset: number): { name: string; span: Span } | undefined {
    const speaker = this.nearest([...this.people, ...this.anonymous], beforeOffset);
    const m = lastBefore(this.personAntecedents(), beforeOffset);
    const mention = m ? { at: m.start, name: this.fullName(m.text, m.start), span: { start: m.start, end: m.end } } : undefined;
    const speakerAt = [...this.people, ...this.anonymous].filter((p) => p.name === speaker?.name && p.at < beforeOffset).reduce((x, p) => Math.max(x, p.at), -1);
    if (speaker && (!mention || speakerAt >= mention.at)) return speaker;
    return mention;
  }

  private personAntecedents(): Mention[] {
    this.antecedents ??= this.ctx.mentions.filter((m) => m.type === 'PER' && this.ctx.quoteAt[tokenAt(this.ctx, m.start)] < 0 && !inObjectPosition(this.ctx, tokenAt(this.ctx, m.start)));
    return this.antecedents;
  }

  nearestOrg(beforeOffset: number, head: string): { name: string; span: Span } | undefined {
    let mention: { at: number; name: string; span: Span } | undefined;
    for (const m of this.ctx.mentions) {
      if (m.type !== 'ORG' || m.start >= beforeOffset || !m.text.toLowerCase().includes(head)) continue;
      if (!mention || m.start > mention.at) mention = { at: m.start, name: m.text, span: { start: m.start, end: m.end } };
    }
    const speaker = head === 'agency' ? this.nearest(this.orgs, beforeOffset) : undefined;
    if (speaker && (!mention || this.orgs.find((p) => p.name === speaker.name)!.at >= mention.at)) return speaker;
    return mention;
  }

  /** "Ruiz" → "Pablo Ruiz" when the document named him in full before. */
  fullName(name: string, before: number): string {
    if (name.includes(' ')) return name;
    if (!this.fullNamesByLast) {
      this.fullNamesByLast = new Map();
      for (const m of this.ctx.mentions) {
        if (m.type !== 'PER' || !m.text.includes(' ')) continue;
        const last = m.text.slice(m.text.lastIndexOf(' ') + 1);
        const list = this.fullNamesByLast.get(last);
        if (list) list.push(m);
        else this.fullNamesByLast.set(last, [m]);
      }
    }
    // the last such mention before the point (mentions are in text order)
    const m = lastBefore(this.fullNamesByLast.get(name) ?? [], before, true);
    return m ? m.text : name;
  }

  /** The person mentions, in text order. */
  personMentions(): Mention[] {
    this.personList ??= this.ctx.mentions.filter((m) => m.type === 'PER');
    return this.personList;
  }

  /** Token indexes of "sources" not after "the", in text order. */
  sourcesWords(): number[] {
    if (!this.sourcesTokens) {
      const { low } = this.ctx;
      this.sourcesTokens = [];
      for (let i = 0; i < low.length; i++) if (low[i] === 'sources' && low[i - 1] !== 'the') this.sourcesTokens.push(i);
    }
    return this.sourcesTokens;
  }

  remember(s: Speaker, at: number): void {
    const entry = { at, name: s.name, span: s.span };
    if (s.kind === 'person') this.people.push(entry);
    else if (s.kind === 'org') this.orgs.push(entry);
    else if (s.kind === 'anonymous') this.anonymous.push(entry);
  }
}

/**
 * Of mentions in text order, one of those that start last before `before` (a binary search): the
 * first of them, or with `lastOfTies` the last, as a scan keeping the first or the latest would; undefined when none.
 */
function lastBefore(mentions: Mention[], before: number, lastOfTies = false): Mention | undefined {
  const lo = firstIndex(mentions.length, (i) => mentions[i].start >= before);
  if (lo === 0) return undefined;
  let k = lo - 1;
  if (!lastOfTies) while (k > 0 && mentions[k - 1].start === mentions[k].start) k--;
  return mentions[k];
}

const OBJECT_PREPS = new Set(['with', 'of', 'to', 'by', 'for', 'from', 'against', 'on', 'about', 'at']);

/** A name inside a prepositional phrase ("a meeting with Turkey's prosecutor X") is not what "he" refers to. */
function inObjectPosition(ctx: DocumentContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = ctx.low[k];
    if (OBJECT_PREPS.has(w)) return true;
    if (w === "'s" || w === '’s' || isCapitalized(ctx.toks[k].text) || PERSON_DESCRIPTORS.has(w)) continue;
    return false;
  }
  return false;
}

export function tokenAt(ctx: DocumentContext, offset: number): number {
  return lastStartingAtOrBefore(ctx.toks, offset);
}

/** Noun phrase ending just before token k: the speaker of "X said". */
export function npBackward(ctx: DocumentContext, k: number, limit: number): number {
  const { low, mentionAt } = ctx;
  let j = k;
  let taken = 0;
  while (j - 1 >= limit && taken < 14) {
    const i = j - 1;
    const w = low[i];
    if (mentionAt[i] >= 0) {
      j = i;
      taken++;
      continue;
    }
    if (w === "'s" || w === '’s') {
      j = i;
      continue;
    }
    if (w === 'of' && taken > 0) {
      j = i;
      continue;
    }
    if ((w === 'in' || w === 'for' || w === 'from') && taken > 0 && isCapitalized(ctx.toks[i + 1].text)) {
      j = i;
      continue;
    }
    // "A hospital director in the city said": the place belongs to the description
    if ((w === 'in' || w === 'at' || w === 'from') && taken > 0 && (PERSON_DESCRIPTORS.has(low[i - 1]) || ANONYMOUS_SOURCE_HEADS.has(low[i - 1]))) {
      j = i;
      continue;
    }
    if (w === 'and' && taken > 0 && isCapitalized(ctx.toks[i + 1].text) && i > limit && isCapitalized(ctx.toks[i - 1].text)) {
      j = i;
      continue;
    }
    // "Medecins Sans Frontieres (MSF) said": the bracketed short name belongs to the phrase
    if (w === ')' && i - 2 >= limit && low[i - 2] === '(' && isCapitalized(ctx.toks[i - 1].text)) {
      j = i - 2;
      continue;
    }
    if (isPunct(w) && w !== '-') break;
    if (NP_BREAK.has(w) || AUX_BE.has(w) || AUX_HAVE.has(w) || MODALS.has(w)) break;
    if (ctx.timeAt[i] >= 0) break;
    if (looksVerbal(w) && !isCapitalized(ctx.toks[i].text) && !(taken > 0 && !w.endsWith('ed'))) break;
    if (SPEECH_VERBS.has(w) && !isCapitalized(ctx.toks[i].text)) break;
    if (isAdverb(w) && !isCapitalized(ctx.toks[i].text)) break;
    j = i;
    taken++;
    if (DETERMINERS.has(w) && ctx.low[i - 1] !== 'of' && !((ctx.low[i - 1] === 'in' || ctx.low[i - 1] === 'at' || ctx.low[i - 1] === 'from') && (PERSON_DESCRIPTORS.has(low[i - 2]) || ANONYMOUS_SOURCE_HEADS.has(low[i - 2])))) break;
  }
  return j;
}

/** "one of the insiders at the port authority": an unnamed source keeps where it sits. */
export function speakerPhraseEnd(ctx: DocumentContext, from: number, limit: number): number {
  let end = endThroughTitleRun(ctx, from, npForward(ctx, from, limit), limit);
  // "the company ' s advanced threat researcher X" (a possessive tokenised text writes apart): the
  // possessive is the determiner of the phrase after it, which goes on as a phrase of its own
  for (let k = from; k + 2 <= end; k++) if (spacedPossessiveAt(ctx, k)) end = Math.max(end, npForward(ctx, k + 2, limit));
  if (end > from && ANONYMOUS_SOURCE_HEADS.has(ctx.low[end - 1]) && ['in', 'at', 'within', 'from', 'close', 'among'].includes(ctx.low[end] ?? '')) {
    const next = ctx.low[end] === 'close' && ctx.low[end + 1] === 'to' ? end + 2 : end + 1;
    const e2 = npForward(ctx, next, limit);
    if (e2 > next) end = e2;
  }
  return end;
}

/** Resolve the speaker written as tokens [from, to) at this point of the document. */
export function resolveSpeaker(ctx: DocumentContext, mem: SpeakerMemory, from: number, to: number): Speaker | null {
  while (from < to && (ctx.low[from] === 'and' || isPunct(ctx.low[from]))) from++;
  // "the International Organization for Migration (IOM)": the name without its short form
  if (to - from > 3 && ctx.low[to - 1] === ')' && ctx.low[to - 3] === '(') to -= 3;
  while (to > from && isPunct(ctx.low[to - 1])) to--;
  if (to <= from || (to - from === 1 && DETERMINERS.has(ctx.low[from]))) return null;
  const span = { start: ctx.toks[from].start, end: ctx.toks[to - 1].end };
  const literal = ctx.text.slice(span.start, span.end);
  const words = ctx.low.slice(from, to);
  const described = words[0] === 'the' && to - from > 1 ? ctx.text.slice(ctx.toks[from + 1].start, span.end) : literal;
  // a named person in the phrase wins: "Police Chief Ana Lopez", "Colonel Pablo Ruiz"
  for (let i = from; i < to; i++) {
    const m = ctx.mentions[ctx.mentionAt[i]];
    if (m && m.type === 'PER') return { name: mem.fullName(m.text, m.start), span: { start: m.start, end: m.end }, kind: 'person' };
  }
  if (to - from === 1 && PERSON_PRONOUNS.has(words[0])) {
    // "A shopkeeper described …. “…,” he said": the one the sentence before introduced, not a name farther up
    const introduced = describedSubjectBefore(ctx, from);
    if (introduced) {
      const at = { start: ctx.toks[introduced.a].start, end: ctx.toks[introduced.b - 1].end };
      return { name: ctx.text.slice(at.start, at.end), span: at, kind: 'person', pronoun: words[0] };
    }
    const p = mem.nearestPerson(span.start);
    return p ? { name: p.name, span: p.span, kind: 'person', pronoun: words[0] } : { name: literal, span, kind: 'person' };
  }
  const ofAt = words.indexOf('of');
  const headIdx = (ofAt > 0 ? ofAt : words.length) - 1;
  const head = words[headIdx];
  const first = words[0];
  const hasMention = words.some((_, k) => ctx.mentionAt[from + k] >= 0);
  const sourceHead = words.findIndex((w) => ANONYMOUS_SOURCE_HEADS.has(w));
  if (ANONYMOUS_SOURCE_HEADS.has(head) || (first === 'one' && sourceHead > 0 && sourceHead <= 3)) {
    if (words.includes('another') || words.length > 4 || first === 'a' || first === 'an') return { name: literal, span, kind: 'anonymous' };
    const prev = mem.nearest(mem.anonymous, span.start);
    if (prev) return { name: prev.name, span: prev.span, kind: 'anonymous' };
    const described = describeSources(ctx, mem, span.start);
    const plural = words[words.length - 1].endsWith('s') && first !== 'one';
    if (described) return { name: plural ? described : `one of the ${described}`, span, kind: 'anonymous' };
    return { name: literal, span, kind: 'anonymous' };
  }
  if (PERSON_DESCRIPTORS.has(head) || PERSON_DESCRIPTORS.has(words[words.length - 1])) {
    const complement = ofAt > 0 ? complementMention(ctx, from + ofAt + 1, to) : null;
    if (complement) {
      const p = personNear(ctx, mem, complement, span.start);
      if (p) return { name: p, span, kind: 'person' };
    }
    const indefinite = first === 'a' || first === 'an' || !DETERMINERS.has(first);
    if (indefinite || ofAt > 0) {
      // "A senior official said …" then "General X added …": the description introduced X
      const named = indefinite ? namedSpeakerAhead(ctx, to) : null;
      if (named) return { name: named.name, span, kind: 'person' };
      return { name: described, span, kind: 'person' };
    }
    const p = mem.nearestPerson(span.start);
    return p ? { name: p.name, span: p.span, kind: 'person' } : { name: described, span, kind: 'person' };
  }
  if (!hasMention && ORG_DESCRIPTORS.has(head) && (first === 'the' || first === 'this') && words.length <= 3) {
    // "the agency" → the wire service last quoted; "the ministry" → the last organisation named "… Ministry"
    const o = mem.nearestOrg(span.start, head);
    if (o) return { name: o.name, span: o.span, kind: 'org' };
  }
  const name = first === 'the' ? literal.slice(ctx.toks[from + 1].start - ctx.toks[from].start) : literal;
  const onlyMention = ctx.mentionAt[from] >= 0 && ctx.mentionAt[from] === ctx.mentionAt[to - 1];
  const kind: SpeakerKind = onlyMention && ctx.mentions[ctx.mentionAt[from]].type === 'ORG' ? 'org' : ORG_DESCRIPTORS.has(head) ? 'org' : 'other';
  return { name, span, kind };
}

function complementMention(ctx: DocumentContext, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const m = ctx.mentions[ctx.mentionAt[i]];
    if (m && (m.type === 'ORG' || m.type === 'LOC')) return m.text;
  }
  return null;
}

/** The person named next to an organisation earlier ("Police Chief Ana Lopez" for "the head of the police"). */
function personNear(ctx: DocumentContext, mem: SpeakerMemory, org: string, before: number): string | null {
  // the latest person mention before the point with the organisation's name within 40 characters
  const people = mem.personMentions();
  for (let k = people.length - 1; k >= 0; k--) {
    const m = people[k];
    if (m.start >= before) continue;
    const window = ctx.text.slice(Math.max(0, m.start - 40), Math.min(ctx.text.length, m.end + 40));
    if (window.includes(org)) return mem.fullName(m.text, m.start);
  }
  return null;
}

/** "A senior diplomat warned …" followed by "Ambassador X added …": the description names X. */
function namedSpeakerAhead(ctx: DocumentContext, from: number): Speaker | null {
  const s = ctx.toks[from]?.sentence;
  if (s === undefined) return null;
  const end = ctx.sentStart[Math.min(ctx.sentences.length, s + 2)];
  for (let i = from; i < end; i++) {
    const m = ctx.mentions[ctx.mentionAt[i]];
    if (!m || m.type !== 'PER') continue;
    let k = i;
    while (k < end && ctx.mentionAt[k] === ctx.mentionAt[i]) k++;
    while (k < end && (isAdverb(ctx.low[k]) || AUX_HAVE.has(ctx.low[k]))) k++;
    if (SPEECH_VERBS.has(ctx.low[k]) && ctx.quoteAt[i] < 0) return { name: m.text, span: { start: m.start, end: m.end }, kind: 'person' };
  }
  return null;
}

/** An earlier "insiders at the … ministry" phrase that describes an unnamed source. */
function describeSources(ctx: DocumentContext, mem: SpeakerMemory, before: number): string | null {
  for (const i of mem.sourcesWords()) {
    if (ctx.toks[i].start >= before) break;
    const end = npForward(ctx, i + 1 < ctx.toks.length && ['in', 'within', 'at', 'from', 'close'].includes(ctx.low[i + 1]) ? i + 2 : i + 1, ctx.toks.length);
    if (end > i + 2) return ctx.text.slice(ctx.toks[i].start, ctx.toks[end - 1].end);
  }
  return null;
}

/** Attribution frames of sentence s, in order; speakers are remembered for later sentences. */
export function sentenceFrames(ctx: DocumentContext, mem: SpeakerMemory, s: number): Frame[] {
  const from = ctx.sentStart[s];
  const to = ctx.sentStart[s + 1];
  const { low } = ctx;
  const frames: Frame[] = [];
  for (let i = from; i < to; i++) {
    if (ctx.quoteAt[i] >= 0) continue;
    const w = low[i];
    if (w === 'according' && low[i + 1] === 'to') {
      const npEnd = npForward(ctx, i + 2, to);
      const sp = resolveSpeaker(ctx, mem, i + 2, npEnd);
      if (sp) {
        const front = i === from || (low[i - 1] === ',' && i - 1 === from);
        let scopeStart = from;
        if (!front) for (let j = i - 1; j > from; j--) if (['who', 'whom', 'which', '–', '—', ';'].includes(low[j]) || (low[j] === 'and' && low[j - 1] === ',')) { scopeStart = j; break; }
        frames.push({ kind: 'according', speaker: sp, evidence: tokSpan(ctx, i, npEnd), at: i, scopeStart, scopeEnd: to, clausal: true });
        mem.remember(sp, ctx.toks[i].start);
      }
      continue;
    }
    if ((w === 'citing' || w === 'quoting' || (w === 'referring' && low[i + 1] === 'to') || (w === 'based' && low[i + 1] === 'on')) && !isCapitalized(ctx.toks[i].text)) {
      let j = i + 1;
      if (low[j] === 'to' || low[j] === 'on') j++;
      // "citing figures from X": the provider is the source
      for (let k = j; k < Math.min(to, j + 6); k++) if (low[k] === 'by' || low[k] === 'from') { j = k + 1; break; }
      const npEnd = npForward(ctx, j, to);
      const sp = resolveSpeaker(ctx, mem, j, npEnd);
      if (sp) frames.push({ kind: 'citing', speaker: sp, evidence: tokSpan(ctx, i, npEnd), at: i, scopeStart: from, scopeEnd: to, clausal: false });
      continue;
    }
    if (!SPEECH_VERBS.has(w) && !(POST_QUOTE_ONLY_VERBS.has(w) && afterQuote(ctx, i))) continue;
    if (isCapitalized(ctx.toks[i].text) && i !== from) continue;
    if (AMBIGUOUS_S.has(w) && !plausibleSubjectBefore(ctx, i, from)) continue;
    // "an estimated 4.5 million": an adjective
    if (DETERMINERS.has(low[i - 1] ?? '') && i > from) continue;
    const f = speechFrame(ctx, mem, i, from, to);
    if (f) {
      frames.push(f);
      mem.remember(f.speaker, ctx.toks[i].start);
    }
  }
  return frames;
}

function afterQuote(ctx: DocumentContext, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = ctx.low[j];
    if (w === '”' || w === '"' || w === '»') return true;
    if (w !== ',' && w !== '–' && w !== '—' && w !== '-') return false;
  }
  return false;
}

function speechFrame(ctx: DocumentContext, mem: SpeakerMemory, v: number, from: number, to: number): Frame | null {
  const { low } = ctx;
  const verbSpan = tokSpan(ctx, v, v + 1);
  // inverted, after a quote or comma: "…,” said one of the insiders", "writes the newspaper"
  let k = v - 1;
  let aux = false;
  while (k >= from && (isAdverb(low[k]) || AUX_HAVE.has(low[k]) || MODALS.has(low[k]) || low[k] === 'also')) {
    aux = aux || AUX_HAVE.has(low[k]) || MODALS.has(low[k]);
    k--;
  }
  // "The governor of X, Alain Mbusa, had earlier put …": the apposed name is the subject
  if (low[k] === ',' && k - 1 > from && ctx.mentions[ctx.mentionAt[k - 1]]?.type === 'PER') {
    let a = k - 1;
    while (a - 1 >= from && ctx.mentionAt[a - 1] === ctx.mentionAt[k - 1]) a--;
    if (low[a - 1] === ',') {
      const sp = resolveSpeaker(ctx, mem, a, k);
      if (sp) return { kind: 'pre', speaker: sp, evidence: verbSpan, at: v, scopeStart: v + 1, scopeEnd: to, clausal: low[v + 1] === 'that' };
    }
  }
  const prev = low[k];
  const inverted = !aux && (k < from || prev === ',' || prev === '–' || prev === '—' || prev === '-' || prev === '”' || prev === '"' || prev === '»');
  if (inverted && v + 1 < to && (DETERMINERS.has(low[v + 1]) || low[v + 1] === 'one' || ctx.mentionAt[v + 1] >= 0 || isCapitalized(ctx.toks[v + 1].text))) {
    const npEnd = speakerPhraseEnd(ctx, v + 1, to);
    const sp = resolveSpeaker(ctx, mem, v + 1, npEnd);
    if (sp) return { kind: 'post', speaker: sp, evidence: verbSpan, at: v, scopeStart: from, scopeEnd: k + 1, clausal: true };
  }
  const subjStart = npBackward(ctx, k + 1, from);
  if (subjStart > k) return null;
  // "X downplayed the unrest saying that …": the noun phrase before a participle is the object of
  // the clause it hangs from, whose subject speaks
  const carrier = participleCarrier(ctx, v, subjStart);
  const sp = carrier ? resolveSpeaker(ctx, mem, carrier.a, carrier.b) : resolveSpeaker(ctx, mem, subjStart, k + 1);
  if (!sp) return null;
  const before = low[subjStart - 1];
  const post = subjStart > from && (before === ',' || before === '–' || before === '—' || before === '”' || before === '"') && endsClause(ctx, v + 1, to);
  if (post) return { kind: 'post', speaker: sp, evidence: verbSpan, at: v, scopeStart: from, scopeEnd: subjStart, clausal: true };
  // pre-position: "X said (that) …" – scope runs to ", and has …" or the end of the sentence
  let scopeEnd = to;
  for (let j = v + 1; j < to - 1; j++) {
    if (low[j] === 'and' && (AUX_HAVE.has(low[j + 1]) || AUX_BE.has(low[j + 1]) || low[j + 1] === 'also')) {
      scopeEnd = j;
      break;
    }
  }
  let c = v + 1;
  if (low[c] === 'reporters' || low[c] === 'journalists' || ctx.mentionAt[c] >= 0 || PERSON_PRONOUNS.has(low[c])) {
    const m = ctx.mentionAt[c];
    while (c < to && (ctx.mentionAt[c] === m && m >= 0)) c++;
    if (m < 0) c++;
  }
  while (c < to && (ctx.timeAt[c] >= 0 || low[c] === 'on' && ctx.timeAt[c + 1] >= 0 || low[c] === ',')) c++;
  const clausal = !ESTIMATE_VERBS.has(low[v]) && (low[c] === 'that' || (c < to && !isPunct(low[c]) && !DETERMINERS.has(low[c]) || DETERMINERS.has(low[c])) && low[c] !== 'to');
  return { kind: 'pre', speaker: sp, evidence: verbSpan, at: v, scopeStart: v + 1, scopeEnd, clausal: clausal && c < scopeEnd };
}

/** Relations by which a participle's clause shares the subject of the clause it hangs from. */
const SHARED_SUBJECT = ['advcl', 'advcl:*', 'xcomp', 'conj'];

/**
 * "X downplayed the unrest saying that …", "X told reporters saying …": a participle of speaking at
 * token v, no mark between it and the verb its clause hangs from (per the parse), that verb written
 * before the noun phrase at subjStart (so that phrase is its object, whatever subject the parse gave
 * the participle): the tokens of that verb's subject, written before it. Else null.
 */
function participleCarrier(ctx: DocumentContext, v: number, subjStart: number): { a: number; b: number } | null {
  const syn = ctx.syntax;
  if (!syn || !ctx.low[v].endsWith('ing') || AUX_BE.has(ctx.low[v - 1] ?? '')) return null;
  const w = wordOfToken(syn, v);
  if (w < 0 || syn.words[w].upos !== 'VERB' || !SHARED_SUBJECT.some((r) => relationMatches(syn.words[w].deprel, r))) return null;
  const head = syn.words[w].head;
  if (head < 0 || syn.words[head].upos !== 'VERB' || isPassive(syn, head)) return null;
  const h = syn.words[head].token;
  if (h >= subjStart || ctx.toks[h].sentence !== ctx.toks[v].sentence) return null;
  for (let t = h + 1; t < v; t++) if (isPunct(ctx.low[t]) || ctx.quoteAt[t] >= 0) return null;
  const subj = subjects(syn, head).find((x) => syn.words[x].token < h);
  if (subj === undefined) return null;
  const r = phraseTokens(ctx, subj);
  return r && r.b <= h ? r : null;
}

/** Nothing after the verb but its object and circumstances ("told journalists after the hearing", "said in a statement"). */
function endsClause(ctx: DocumentContext, i: number, to: number): boolean {
  for (let j = i; j < to; j++) {
    const w = ctx.low[j];
    if (w === '.' || w === ',' || w === ';' || w === '!' || w === '?') return true;
    if (ctx.timeAt[j] >= 0 || ctx.mentionAt[j] >= 0) continue;
    if (w === 'that' || w === 'who' || w === 'which' || AUX_BE.has(w) || AUX_HAVE.has(w) || MODALS.has(w) || ctx.quoteAt[j] >= 0) return false;
    if (looksVerbal(w) && ctx.low[j - 1] !== 'a' && ctx.low[j - 1] !== 'the' && w !== 'hearing' && w !== 'briefing' && w !== 'meeting' && w !== 'during') return false;
    if (j - i > 12) return false;
  }
  return true;
}

/** Plural nouns spelled like a speech verb ("member states", "media reports"): a verb only after a subject. */
const AMBIGUOUS_S = new Set(['states', 'reports', 'claims', 'notes', 'estimates', 'counts', 'posts', 'quotes', 'points', 'comments', 'remarks', 'tweets', 'warns', 'writes', 'adds', 'says', 'tells', 'stresses', 'cites']);

function plausibleSubjectBefore(ctx: DocumentContext, v: number, from: number): boolean {
  let k = v - 1;
  while (k >= from && (isAdverb(ctx.low[k]) || ctx.low[k] === 'also')) k--;
  if (k < from) return false;
  const w = ctx.low[k];
  if (ctx.mentionAt[k] >= 0 || PERSON_PRONOUNS.has(w) || w === 'it' || w === 'they' || w === 'who' || w === 'which') return true;
  if (PERSON_DESCRIPTORS.has(w) || ORG_DESCRIPTORS.has(w) || ANONYMOUS_SOURCE_HEADS.has(w)) return true;
  return w === ',' || w === '”' || w === '"' || w === '»' || w === '–' || w === '—';
}

/** The frame that attributes token i: an explicit data source, then the innermost frame around it. */
export function frameFor(frames: Frame[], i: number): Frame | undefined {
  const citing = frames.find((f) => f.kind === 'citing');
  if (citing) return citing;
  let best: Frame | undefined;
  for (const f of frames) {
    if (i < f.scopeStart || i >= f.scopeEnd) continue;
    if (!best) best = f;
    else if (f.kind === 'pre' && (best.kind !== 'pre' || f.at > best.at) && f.at < i) best = f;
    else if (best.kind === 'post' && f.kind === 'according') best = f;
  }
  return best;
}

export function tokSpan(ctx: DocumentContext, from: number, to: number): Span {
  return { start: ctx.toks[from].start, end: ctx.toks[Math.max(from, to - 1)].end };
}
