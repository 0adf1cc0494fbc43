// A person put out of a post: "the Sixers fired their coach on Monday", "the coach was fired", "relieved the coach
// of his duties". News tells a dismissal as a happening of its own, and the golds count it as one ("other"). Read from
// the parse: a verb of data/words/dismissal-verbs.txt whose object or passive subject is a person ("fired the rifle",
// "fired at the deputy", "fired the shots" dismiss no one), "relieve" only with an "of" phrase ("relieved to hear" is a
// feeling), proposed as an "other" clause mention read as event verbs are, when asserted. Constant work per sentence.
import type { DocumentContext } from '../../context/document.js';
import { tokensCovering } from '../../context/document.js';
import { dataWordList } from '../../lexicon-files.js';
import { rangeIs } from '../../senses/word-senses.js';
import { caseMarker, dependents, subtreeSpan } from '../../syntax/query.js';
import { parsedVerbMention, type EventMention } from './mentions.js';

const DISMISSING = new Set(dataWordList('words', 'dismissal-verbs.txt'));
/** Verbs that dismiss only with what the person is relieved of: "relieved him of his command". */
const NEEDS_OF = new Set(['relieve']);
/** Prepositions of shots aimed at someone, right after the verb. */
const AIMED = new Set(['on', 'at', 'upon']);
/** The theme of a dismissal: only another telling of one joins it. */
export const DISMISSAL_THEME = 'dismissal';

/** Is parse word v a verb of dismissing with a person as what it acts on? */
function dismissesPerson(ctx: DocumentContext, v: number): boolean {
  const syn = ctx.syntax!;
  const word = syn.words[v];
  const lemma = word.lemma.toLowerCase();
  if (word.upos !== 'VERB' || !DISMISSING.has(lemma)) return false;
  // "were being fired on by two boats", "fired at the deputy": shots aimed at someone (a time may follow "on": "fired on Monday")
  const t = word.token;
  if (AIMED.has(ctx.low[t + 1] ?? '') && !(ctx.low[t + 1] === 'on' && ctx.timeAt[t + 2] >= 0)) return false;
  // "ordered the director to fire him", "should fire the coach": an aim or a demand, nothing done yet
  if (dependents(syn, v, 'mark').some((k) => syn.words[k].text.toLowerCase() === 'to')) return false;
  if (word.text.toLowerCase() === lemma && !dependents(syn, v, 'nsubj', 'nsubj:pass', 'aux', 'aux:*').length) return false;
  // "the fifth coach fired this season": a participle after its noun says what befell that noun; an object counts
  // only beside a doer of the verb's own ("a loyalist of fired minister X" describes X, no one fires him here)
  const described = word.deprel === 'acl' && word.head >= 0 && word.head < v && !dependents(syn, v, 'obj').length ? [word.head] : [];
  const objects = dependents(syn, v, 'nsubj').length ? dependents(syn, v, 'obj') : [];
  const undergoers = [...objects, ...dependents(syn, v, 'nsubj:pass'), ...described];
  // "relieved Tom Lee of his duties": the parse may hang the "of" phrase on the person
  const ofPhrase = [...dependents(syn, v, 'obl'), ...undergoers.flatMap((o) => dependents(syn, o, 'nmod'))].some((o) => caseMarker(syn, o) === 'of');
  if (NEEDS_OF.has(lemma) && !ofPhrase) return false;
  return undergoers.length > 0 && undergoers.every((o) => {
    const { a, b } = tokensCovering(ctx.toks, subtreeSpan(syn, o));
    return rangeIs(ctx, a, b, 'person-head');
  });
}

/** Sentence s's dismissals (see above) where no mention already stands at the verb. */
export function dismissals(ctx: DocumentContext, s: number, found: readonly EventMention[]): EventMention[] {
  const syn = ctx.syntax;
  if (!syn || s + 1 >= syn.sentenceWordStart.length) return [];
  const taken = new Set(found.map((m) => m.trigger));
  const added: EventMention[] = [];
  for (let v = syn.sentenceWordStart[s]; v < syn.sentenceWordStart[s + 1]; v++) {
    const token = syn.words[v].token;
    if (taken.has(token) || !dismissesPerson(ctx, v)) continue;
    const m = parsedVerbMention(ctx, token, v, s, ctx.sentStart[s], ctx.sentStart[s + 1], { type: 'other', lemma: syn.words[v].lemma.toLowerCase(), form: 'ed' });
    if (!m || m.status !== 'asserted') continue;
    m.theme = DISMISSAL_THEME;
    added.push(m);
  }
  return added;
}
