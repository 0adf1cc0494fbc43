// A fronted adverbial ("In Washington, Pentagon spokesman Pete Williams said …", "In the quarter ended
// July 31, the company had …") sometimes derails the greedy parser: the subject hangs off the adverbial
// (as its conjunct or apposition) and the main verb is left without one, or the root falls inside the
// adverbial (its noun or participle). Where
// the parse shows that, the adverbial and the main clause are parsed apart, the adverbial's head hung on
// the clause's root, and the whole sentence labelled again; the repair is kept only when the main verb
// then has its subject. The first comma need not close the adverbial ("In March the company cut 200 jobs,
// and …"): a prepositional opener that parses alone as a clause with its own subject, or a comma followed
// by a coordinator, means the words before the comma are a clause, and the parse is left as it is.
import { labelSentence } from './labeller.js';
import { encodeWords, type EncodedWords } from './lexical.js';
import type { SyntaxModel } from './model.js';
import { parseSentence } from './parser.js';
import { uposId } from './upos.js';

const ADP = uposId('ADP');
const SCONJ = uposId('SCONJ');
const VERB = uposId('VERB');
const AUX = uposId('AUX');
const PUNCT = uposId('PUNCT');
const CCONJ = uposId('CCONJ');
/** The comma closing the adverbial comes at most this many words in, with a clause of this many after it. */
const MAX_FRONTED_WORDS = 12;
const MIN_CLAUSE_WORDS = 3;
const SUBJECT = /^(?:nsubj|csubj|expl)/;

export interface Repaired {
  heads: Int32Array;
  deprels: string[];
}

/** The comma that closes an adverbial opening the sentence with a preposition or subordinator, or -1. */
function frontedComma(forms: readonly string[], tags: Uint8Array): number {
  if (tags[0] !== ADP && tags[0] !== SCONJ) return -1;
  const last = Math.min(MAX_FRONTED_WORDS, forms.length - 1 - MIN_CLAUSE_WORDS);
  for (let i = 1; i <= last; i++) if (forms[i] === ',') return i;
  return -1;
}

function hasSubject(heads: Int32Array, deprels: readonly string[], word: number): boolean {
  for (let d = 0; d < heads.length; d++) if (heads[d] === word && SUBJECT.test(deprels[d])) return true;
  return false;
}

/** Whether the parse lost the main clause: its root inside the opener, or a verb root without a subject. */
function derailed(heads: Int32Array, deprels: readonly string[], tags: Uint8Array, comma: number): boolean {
  const root = heads.indexOf(-1);
  if (root < comma) return true;
  return (tags[root] === VERB || tags[root] === AUX) && !hasSubject(heads, deprels, root);
}

/** Heads of words [from, to) parsed alone, shifted to sentence positions (the slice's root gets -1). */
function parseApart(model: SyntaxModel, forms: readonly string[], tags: Uint8Array, from: number, to: number): Int32Array {
  const enc = encodeWords(forms.slice(from, to), model.resources);
  const heads = parseSentence(model.parser, enc, tags.subarray(from, to));
  for (let i = 0; i < heads.length; i++) if (heads[i] >= 0) heads[i] += from;
  return heads;
}

/**
 * Whether the words before the comma, parsed alone (`opener`, from word 0), are a clause: a subject whose
 * head is a predicate (a verb, or a word with a copula). A subject hung on a bare noun is the parser
 * stumbling over a name ("At the Ask the President event on Friday,"), not a clause.
 */
function openerIsClause(model: SyntaxModel, forms: readonly string[], tags: Uint8Array, comma: number, opener: Int32Array): boolean {
  const enc = encodeWords(forms.slice(0, comma + 1), model.resources);
  const labels = labelSentence(model.labeller, model.labels, enc, tags.subarray(0, comma + 1), opener);
  const predicate = (h: number) => tags[h] === VERB || tags[h] === AUX || labels.some((r, d) => r === 'cop' && opener[d] === h);
  return labels.some((r, d) => SUBJECT.test(r) && opener[d] >= 0 && predicate(opener[d]));
}

/** The repaired parse of a sentence whose fronted adverbial derailed it, or null to keep the parse as it is. */
export function repairFronted(model: SyntaxModel, forms: readonly string[], enc: EncodedWords, tags: Uint8Array, heads: Int32Array, deprels: readonly string[]): Repaired | null {
  const comma = frontedComma(forms, tags);
  if (comma < 0 || tags[comma + 1] === CCONJ || !derailed(heads, deprels, tags, comma)) return null;
  const fronted = parseApart(model, forms, tags, 0, comma + 1);
  if (tags[0] === ADP && openerIsClause(model, forms, tags, comma, fronted)) return null;
  const clause = parseApart(model, forms, tags, comma + 1, forms.length);
  const root = comma + 1 + clause.indexOf(-1);
  // "…, he said.": a clause that ends in its verb is a reporting tag on what came before, not the main clause
  let last = forms.length - 1;
  while (last > root && tags[last] === PUNCT) last--;
  if (last === root) return null;
  const joined = new Int32Array(forms.length);
  joined.set(fronted, 0);
  joined.set(clause, comma + 1);
  for (let i = 0; i <= comma; i++) if (joined[i] < 0) joined[i] = root;
  const relabelled = labelSentence(model.labeller, model.labels, enc, tags, joined);
  return hasSubject(joined, relabelled, root) ? { heads: joined, deprels: relabelled } : null;
}
