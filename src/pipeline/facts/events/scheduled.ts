// Acts announced as settled ("The party is to back the bill", "the ministry is to spend £5m"):
// in news English, "X is to do Y" reports a decision taken, not a wish. Read from the parse: a verb
// with "be" as its copula and "to" as its mark, whose subject is a person, an organisation or a
// pronoun standing for one. An event of type other, planned; a typed event inside it stays the event.
import type { FactsContext } from '../../context/document.js';
import { firstTokenAtOrAfter } from '../../context/document.js';
import { children, dependents, subtree } from '../../syntax/query.js';
import { rangeIs } from '../../senses/word-senses.js';
import { verbArguments, verbStatus, type StatusCues } from './parse.js';
import type { EventMention } from './mentions.js';

const ACTOR_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

/** Is the subject's head word someone who can decide: a named person or organisation, a word for one, or a pronoun? */
function canDecide(ctx: FactsContext, word: number): boolean {
  const t = firstTokenAtOrAfter(ctx.toks, ctx.syntax!.words[word].start);
  const m = ctx.mentions[ctx.mentionAt[t]];
  if (m) return m.type === 'PER' || m.type === 'ORG';
  return ACTOR_PRONOUNS.has(ctx.low[t]) || rangeIs(ctx, t, t + 1, 'party');
}

/** Mentions of settled acts in sentence s, at verbs no typed mention covers. */
export function scheduledActs(ctx: FactsContext, s: number, typed: readonly EventMention[], cues: StatusCues): EventMention[] {
  const syn = ctx.syntax;
  if (!syn || ctx.headingSent[s]) return [];
  const out: EventMention[] = [];
  for (let to = syn.sentenceWordStart[s]; to < syn.sentenceWordStart[s + 1]; to++) {
    // from each "to" marking a verb, back to a "be" of that verb
    if (syn.words[to].deprel !== 'mark' || syn.words[to].text.toLowerCase() !== 'to') continue;
    const w = syn.words[to].head;
    const word = syn.words[w];
    if (w <= to || word.upos !== 'VERB') continue;
    const be = children(syn, w).find((k) => (syn.words[k].deprel === 'cop' || syn.words[k].deprel === 'aux') && syn.words[k].lemma.toLowerCase() === 'be');
    if (be === undefined || be > to) continue;
    // "is to back", "are also to meet": nothing but adverbs in between
    let adjacent = true;
    for (let k = be + 1; k < w; k++) if (k !== to && syn.words[k].upos !== 'ADV') adjacent = false;
    if (!adjacent) continue;
    const subject = dependents(syn, w, 'nsubj', 'nsubj:pass')[0];
    if (subject === undefined || !canDecide(ctx, subject)) continue;
    const t = firstTokenAtOrAfter(ctx.toks, word.start);
    if (ctx.quoteAt[t] >= 0) continue;
    // "is to take part in a session": the session is the event
    const span = subtree(syn, w);
    const inside = (m: EventMention) => span.some((x) => firstTokenAtOrAfter(ctx.toks, syn.words[x].start) === m.trigger);
    if (typed.some(inside)) continue;
    const status = verbStatus(ctx, w, cues);
    if (status === 'negated' || status === 'denied') continue;
    const { actors, targets } = verbArguments(ctx, w, word.lemma.toLowerCase());
    out.push({
      type: 'other', trigger: t, triggerEnd: t + 1, sent: s, para: ctx.paraOfSent[s], kind: 'clause', strong: true, isNew: true, definite: false, lightVerb: false,
      actors, targets, counts: {}, countRanges: [], status: status === 'asserted' ? 'planned' : status, placeRanges: [], ownTime: -1, theme: 'settled',
    });
  }
  return out;
}
