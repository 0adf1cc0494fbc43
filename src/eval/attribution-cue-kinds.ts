// The kind of a gold cue the model missed, read from the parse, for `eval attribution
// --details`: whether cue recall is lost on nouns, on verbs with an object or an infinitive
// rather than a clause, on participles, on title-case headlines (which the parser reads as one
// long name), and so on. A census, not a rule: it changes no attribution.
import type { AttributionTokens } from '../pipeline/facts/quotes/tokens.js';
import { QuoteState } from '../pipeline/facts/quotes/tokens.js';
import { titleCaseLine } from '../pipeline/entities/headline-case.js';

/** Subject pronouns: a cue whose source is one of these is read apart ("he believes that …"). */
const PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
const SUBJECT = new Set(['nsubj', 'nsubj:pass']);
const CLAUSE = new Set(['ccomp', 'parataxis']);
const VERBAL = new Set(['VERB', 'AUX']);
/** Relations of a subjectless participle that hangs from another clause ("…, saying …"). */
const HANGING = new Set(['advcl', 'xcomp', 'acl', 'conj']);

/** The kind of the cue over tokens [from, to) of v. */
export function cueKind(v: AttributionTokens, cue: { from: number; to: number }): string {
  const sx = v.syntax;
  if (!sx) return 'no parse';
  const words = v.low.slice(cue.from, cue.to);
  if (words.includes('according')) return 'according to';
  let head = cue.from;
  for (let i = cue.from; i < cue.to; i++) if (sx.head[i] < cue.from || sx.head[i] >= cue.to) { head = i; break; }
  const s = v.tokens[head].sentence;
  const first = v.sentStart[s];
  const last = v.sentStart[s + 1] - 1;
  if (titleCaseLine(v.text, v.tokens.slice(first, last + 1).map((t) => t.text), v.tokens[first].start, v.tokens[last].end)) return 'title-case line';
  if (v.quote[head] !== QuoteState.Outside) return 'inside a quotation';
  const upos = sx.upos[head];
  if (upos === 'NOUN' || upos === 'PROPN') return 'noun';
  if (upos === 'ADJ') return 'adjective';
  if (!VERBAL.has(upos)) return `other (${upos})`;
  const relations = new Set<string>();
  let subject = -1;
  for (let i = first; i <= last; i++) {
    if (sx.head[i] !== head) continue;
    relations.add(sx.deprel[i]);
    if (SUBJECT.has(sx.deprel[i]) && subject < 0) subject = i;
  }
  if (subject < 0 && v.low[head].endsWith('ing') && HANGING.has(sx.deprel[head])) return 'participle, no subject';
  if ([...relations].some((r) => CLAUSE.has(r))) {
    if (subject < 0) return 'verb with a clause, no subject';
    return PRONOUNS.has(v.low[subject]) ? 'verb with a clause, pronoun subject' : 'verb with a clause, other subject';
  }
  if (relations.has('xcomp')) return 'verb with an infinitive or predicate (xcomp)';
  if (relations.has('obj')) return 'verb with an object';
  return 'verb, other';
}
