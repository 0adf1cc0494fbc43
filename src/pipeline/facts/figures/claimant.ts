// Who puts a figure forward when no attribution frame or quote says: the subject of the nearest
// claim verb above the figure in the parse ("Mr X has promised to cut taxes by 6.5bn euros",
// "He highlighted plans for 100% debt relief"), a pronoun taken as the last person or organisation
// named before it.
import type { Attribution, Syntax } from '../../../types.js';
import type { FactsContext } from '../context.js';
import { nounPhraseSpan, subjects, wordOfToken } from '../../syntax/query.js';
import type { FigureLexicon } from './lexicon.js';

const PERSON_PRONOUNS = new Set(['he', 'she']);
const ORG_PRONOUNS = new Set(['it', 'they']);

/** The last mention of the type before a character offset. */
function lastMentionBefore(ctx: FactsContext, offset: number, types: ReadonlyArray<string>): string | null {
  let found: string | null = null;
  for (const m of ctx.mentions) {
    if (m.start >= offset) break;
    if (types.includes(m.type)) found = m.text;
  }
  return found;
}

/** A pronoun speaker as the person ("he") or organisation ("it") last named before it; other names as they are. */
export function resolvePronoun(ctx: FactsContext, name: string, at: number): string {
  const w = name.toLowerCase();
  if (PERSON_PRONOUNS.has(w)) return lastMentionBefore(ctx, at, ['PER']) ?? name;
  if (ORG_PRONOUNS.has(w)) return lastMentionBefore(ctx, at, ['ORG']) ?? name;
  return name;
}

export function claimantOf(ctx: FactsContext, syn: Syntax, lex: FigureLexicon, core: number): Attribution | undefined {
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
