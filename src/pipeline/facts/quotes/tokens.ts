// The token view the attribution model reads: segment tokens with their paragraph, where
// quotation marks open and close, and (when the parse is there) each token's tag, relation and
// head. Built the same way from a PolNeAR article (training) and from an analysed document.
import type { Segmentation, Span, Syntax, Token } from '../../../types.js';
import { quoteRegions } from '../../context/quote-marks.js';
import { carve } from '../../typed-block.js';

/** Quote state of a token: outside, inside, the opening mark, the closing mark. */
export const enum QuoteState { Outside = 0, Inside = 1, Open = 2, Close = 3 }

export interface AttributionTokens {
  text: string;
  tokens: Token[];
  low: string[];
  /** sentStart[s] = first token of sentence s (length sentences + 1). */
  sentStart: number[];
  /** Token → paragraph index. */
  para: Int32Array;
  quote: Uint8Array;
  /** From the parse, when there is one: per token UPOS, relation, lemma and head token (−1 root). */
  syntax: TokenSyntax | null;
}

export interface TokenSyntax {
  upos: string[];
  deprel: string[];
  lemma: string[];
  head: Int32Array;
  /** The clause relations of each token's dependents (ccomp, nsubj …: what a speech verb has) as bits (see childrenName). */
  childBits: Uint16Array;
  /** First and last token of each token's subtree (a constituent's edges: where a content starts and ends). */
  left: Int32Array;
  right: Int32Array;
}

const CLAUSE_RELATIONS = ['ccomp', 'parataxis', 'nsubj', 'nsubj:pass', 'xcomp', 'obj', 'iobj', 'advcl', 'csubj'].sort();
/** One bit per clause relation, in sorted order, so a token's set of them is a small number. */
const CLAUSE_BIT = new Map(CLAUSE_RELATIONS.map((r, k) => [r, 1 << k]));
const childrenNames = new Map<number, string>();

/** How many sets of clause relations there are (bit sets 0 … CLAUSE_RELATION_SETS − 1). */
export const CLAUSE_RELATION_SETS = 1 << CLAUSE_RELATIONS.length;

/** "ccomp nsubj": the clause relations of a bit set, sorted (one string per set, made once). */
export function childrenName(bits: number): string {
  let name = childrenNames.get(bits);
  if (name === undefined) {
    name = CLAUSE_RELATIONS.filter((_, k) => bits & (1 << k)).join(' ');
    childrenNames.set(bits, name);
  }
  return name;
}


export function attributionTokens(text: string, seg: Segmentation, paragraphs: Span[], syntax?: Syntax | null): AttributionTokens {
  const tokens = seg.tokens;
  const n = tokens.length;
  const low = tokens.map((t) => t.text.toLowerCase());
  const parsed = !!syntax && syntax.words.length > 0;
  const m = parsed ? n : 0;
  const { para, quote, head, left, right, kids, seen } = carve({
    para: ['int32', n], quote: ['uint8', n], head: ['int32', m], left: ['int32', m], right: ['int32', m], kids: ['uint16', m], seen: ['uint8', m],
  });
  let p = 0;
  for (let i = 0; i < n; i++) {
    while (p + 1 < paragraphs.length && paragraphs[p + 1].start <= tokens[i].start) p++;
    para[i] = p;
  }
  quoteStates(text, tokens, paragraphs, quote);
  return { text, tokens, low, sentStart: seg.sentenceTokenStart, para, quote, syntax: parsed ? tokenSyntax(syntax, n, { head, left, right, kids, seen }) : null };
}

/** Inside or outside quotation marks, token by token, from the quotation regions of the text, written into `out` (zeroed). */
function quoteStates(text: string, tokens: Token[], paragraphs: Span[], out: Uint8Array): void {
  const n = tokens.length;
  let k = 0;
  for (const r of quoteRegions(text, paragraphs)) {
    while (k < n && tokens[k].end <= r.open) k++;
    if (k < n && tokens[k].start <= r.open) out[k++] = QuoteState.Open;
    while (k < n && tokens[k].start < r.close) out[k++] = QuoteState.Inside;
    if (!r.unclosed && k < n && tokens[k].start <= r.close) out[k++] = QuoteState.Close;
  }
}

/** The typed arrays tokenSyntax fills, n long each and zeroed. */
interface TokenSyntaxArrays {
  head: Int32Array;
  left: Int32Array;
  right: Int32Array;
  kids: Uint16Array;
  /** Scratch: tokens whose first word was met. */
  seen: Uint8Array;
}

/** Per-token view of the parse: the first word of each token stands for it; its head is the head word's token. */
function tokenSyntax(syntax: Syntax, n: number, { head, left, right, kids, seen }: TokenSyntaxArrays): TokenSyntax {
  const upos = new Array<string>(n).fill('X');
  const deprel = new Array<string>(n).fill('dep');
  const lemma = new Array<string>(n).fill('');
  head.fill(-1);
  for (const w of syntax.words) {
    if (w.token < 0 || w.token >= n || seen[w.token]) continue;
    seen[w.token] = 1;
    upos[w.token] = w.upos;
    deprel[w.token] = w.deprel;
    lemma[w.token] = lowerCase(w.lemma);
    head[w.token] = w.head >= 0 ? syntax.words[w.head].token : -1;
  }
  for (let i = 0; i < n; i++) if (head[i] === i) head[i] = -1;
  for (let i = 0; i < n; i++) {
    const bit = CLAUSE_BIT.get(deprel[i]);
    if (head[i] >= 0 && bit !== undefined) kids[head[i]] |= bit;
  }
  for (let i = 0; i < n; i++) left[i] = right[i] = i;
  for (let i = 0; i < n; i++) {
    // widen every ancestor's extent (bounded walk: a malformed head chain cannot loop forever)
    for (let h = head[i], steps = 0; h >= 0 && steps < 64; h = head[h], steps++) {
      if (i < left[h]) left[h] = i;
      if (i > right[h]) right[h] = i;
    }
  }
  return { upos, deprel, lemma, head, childBits: kids, left, right };
}

/** s in lower case; most lemmas already are, and are returned as they are without a copy. */
function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return s.toLowerCase();
  }
  return s;
}
