// "a deadly hit-and-run", "a hit and run motorist", "a hit - and - run collision": however it is spaced, a hit-and-run
// is a road crash, one happening with the crash a later sentence names ("the crash is under investigation").
import { firstTokenAtOrAfter, type DocumentContext } from '../../context/document.js';
import { dependents, wordOfToken } from '../../syntax/query.js';
import type { EventMention } from './mentions.js';
import type { NounEntry } from '../../lexicons/events.js';
import { hitAndRunEnd } from '../../senses/road-crash.js';

const CRASH: NounEntry = { type: 'other', lemma: 'crash', plural: false };

/** The crash a hit-and-run opening at token i names, read as the noun "crash" (data/event-nouns.tsv). */
export function hitAndRunNoun(ctx: DocumentContext, i: number): NounEntry | undefined {
  return hitAndRunEnd(ctx, i) > 0 ? CRASH : undefined;
}

/** Verbs of a vehicle striking someone, told beside the death they caused ("was hit and killed", "struck and killed"). */
const STRIKING_LEMMAS: ReadonlySet<string> = new Set(['hit', 'strike', 'mow', 'run']);

/**
 * "was hit and killed by a taxi", "struck and killed by a van driver": where a killing was read as a death (a
 * driver or a car its doer: data/event-senses.json), the verb of striking the parse joins to it tells the crash
 * itself, a happening of its own, unless a crash is already named in the sentence.
 */
export function crashBesideDeaths(ctx: DocumentContext, s: number, typed: readonly EventMention[]): EventMention[] {
  const syn = ctx.syntax;
  if (!syn || typed.some((m) => m.type === 'other' && m.theme === CRASH.lemma)) return [];
  const out: EventMention[] = [];
  for (const m of typed) {
    if (m.type !== 'death' || m.kind !== 'clause' || !ctx.low[m.trigger].startsWith('kill')) continue;
    const w = wordOfToken(syn, m.trigger);
    if (w < 0) continue;
    const partners = [...(syn.words[w].deprel === 'conj' && syn.words[w].head >= 0 ? [syn.words[w].head] : []), ...dependents(syn, w, 'conj')];
    const striking = partners.find((p) => p < w && syn.words[p].upos === 'VERB' && STRIKING_LEMMAS.has(syn.words[p].lemma.toLowerCase()));
    if (striking === undefined) continue;
    const trigger = firstTokenAtOrAfter(ctx.toks, syn.words[striking].start);
    out.push({ ...m, type: 'other', theme: CRASH.lemma, trigger, triggerEnd: trigger + 1, counts: {}, countRanges: [] });
    break;
  }
  return out;
}
