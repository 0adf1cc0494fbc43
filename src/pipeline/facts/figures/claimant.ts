// Who puts a figure forward when no attribution frame or quote says: the subject of the nearest
// claim verb above the figure in the parse ("Mr X has promised to cut taxes by 6.5bn euros",
// "He highlighted plans for 100% debt relief"), a pronoun taken as the last person or organisation
// named before it.
import type { Attribution, Syntax } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { nounPhraseSpan, subjects, wordOfToken } from '../../syntax/query.js';
import type { FigureLexicon } from '../../lexicons/figures.js';
import { demonymOf } from './demonyms.js';

const PERSON_PRONOUNS = new Set(['he', 'she']);
const ORG_PRONOUNS = new Set(['it', 'they']);

/** The last mention of the type before a character offset. */
function lastMentionBefore(ctx: DocumentContext, offset: number, types: ReadonlyArray<string>): string | null {
  let found: string | null = null;
  for (const m of ctx.mentions) {
    if (m.start >= offset) break;
    if (types.includes(m.type)) found = m.text;
  }
  return found;
}

/** A pronoun speaker as the person ("he") or organisation ("it") last named before it; other names as they are. */
export function resolvePronoun(ctx: DocumentContext, name: string, at: number): string {
  const w = name.toLowerCase();
  if (PERSON_PRONOUNS.has(w)) return lastMentionBefore(ctx, at, ['PER']) ?? name;
  if (ORG_PRONOUNS.has(w)) return lastMentionBefore(ctx, at, ['ORG']) ?? name;
  return name;
}

export function claimantOf(ctx: DocumentContext, syn: Syntax, lex: FigureLexicon, core: number): Attribution | undefined {
  let w = wordOfToken(syn, core);
  if (w < 0) return undefined;
  const figureStart = syn.words[w].start;
  for (let steps = 0; steps < 8 && w >= 0; steps++) {
    const word = syn.words[w];
    if (word.upos === 'VERB' && lex.claimVerbs.has(word.lemma.toLowerCase())) {
      // a verb the parser hung on a name as a modifier ("Mr Sullivan named …" read as acl) has that name as its doer
      const subject = subjects(syn, w).find((s) => syn.words[s].start < figureStart) ??
        (word.deprel === 'acl' && word.head >= 0 && syn.words[word.head].upos === 'PROPN' && word.head < w ? word.head : undefined);
      if (subject === undefined) return undefined;
      const sw = syn.words[subject];
      if (sw.upos !== 'PROPN' && sw.upos !== 'PRON' && ctx.mentions.every((m) => m.end <= sw.start || m.start >= sw.end)) return undefined;
      // a name the tagger found is the speaker as written; else the subject's noun phrase
      const named = ctx.mentions.find((m) => m.start <= sw.start && sw.end <= m.end && (m.type === 'PER' || m.type === 'ORG'));
      const span = sw.upos === 'PRON' ? { start: sw.start, end: sw.end } : named ?? nounPhraseSpan(syn, subject);
      const text = ctx.text.slice(span.start, span.end);
      const source = resolvePronoun(ctx, text, span.start);
      if (source === text && sw.upos === 'PRON') return undefined;
      return { source, evidence: { start: word.start, end: word.end } };
    }
    w = word.head;
  }
  return undefined;
}

// Nouns for work whose maker, not the outlet that carries it, puts its figures forward ("a YouGov poll in the Daily Telegraph").
const COMMISSIONED_WORK = new Set(['poll', 'survey', 'study', 'report', 'census', 'analysis', 'research']);

/**
 * The maker of a poll or study when the attribution found the outlet carrying it: "A YouGov poll in the
 * Daily Telegraph suggested 75% …" is YouGov's figure. Read from the parse: the speaker hangs on a
 * poll-like noun as its modifier, and the noun's compound names come right before it.
 */
export function makerOfWork(text: string, syn: Syntax, speaker: { start: number; end: number }): string | null {
  const inside = (i: number) => syn.words[i].start >= speaker.start && syn.words[i].end <= speaker.end;
  const head = syn.words.findIndex((w, i) => inside(i) && (w.head < 0 || !inside(w.head)));
  if (head < 0 || !syn.words[head].deprel.startsWith('nmod')) return null;
  const work = syn.words[head].head;
  if (work < 0 || !COMMISSIONED_WORK.has(syn.words[work].lemma.toLowerCase())) return null;
  let first = work;
  while (first > 0 && syn.words[first - 1].head === work && syn.words[first - 1].deprel === 'compound' && syn.words[first - 1].upos === 'PROPN') first--;
  return first < work ? text.slice(syn.words[first].start, syn.words[work - 1].end) : null;
}

/** "Indonesia's government" is the Indonesian government, as news names it. */
export function nationalBody(name: string): string {
  const m = /^(?:the\s+)?(.+?)['’]s\s+(government|army|military|police|parliament|navy|cabinet)$/i.exec(name);
  const adjective = m ? demonymOf(m[1]) : null;
  return adjective && m ? `${adjective} ${m[2]}` : name;
}
