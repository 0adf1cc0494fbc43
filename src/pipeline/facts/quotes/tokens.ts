// The token view the attribution model reads: segment tokens with their paragraph, where
// quotation marks open and close, and (when the parse is there) each token's tag, relation and
// head. Built the same way from a PolNeAR article (training) and from an analysed document.
import type { Segmentation, Span, Syntax, Token } from '../../../types.js';

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
}

const OPENERS = new Set(['“', '«', '„', '‘‘', '``']);
const CLOSERS = new Set(['”', '»', "''", '’’']);

export function attributionTokens(text: string, seg: Segmentation, paragraphs: Span[], syntax?: Syntax | null): AttributionTokens {
  const tokens = seg.tokens;
  const n = tokens.length;
  const low = tokens.map((t) => t.text.toLowerCase());
  const para = new Int32Array(n);
  let p = 0;
  for (let i = 0; i < n; i++) {
    while (p + 1 < paragraphs.length && paragraphs[p + 1].start <= tokens[i].start) p++;
    para[i] = p;
  }
  return { text, tokens, low, sentStart: seg.sentenceTokenStart, para, quote: quoteStates(tokens, para), syntax: tokenSyntax(syntax, n) };
}

/**
 * Inside or outside quotation marks, token by token. Curly marks say which way they go; a
 * straight mark closes an open quote and opens otherwise. A paragraph that ends inside a quote
 * stays open only when the next paragraph opens a quote again (the BBC and AP convention for
 * quotes that run over paragraphs).
 */
function quoteStates(tokens: Token[], para: Int32Array): Uint8Array {
  const n = tokens.length;
  const out = new Uint8Array(n);
  let open = false;
  for (let i = 0; i < n; i++) {
    if (i > 0 && para[i] !== para[i - 1]) open = false;
    const t = tokens[i].text;
    if (OPENERS.has(t) || (t === '"' && !open)) {
      out[i] = QuoteState.Open;
      open = true;
    } else if (CLOSERS.has(t) || (t === '"' && open)) {
      out[i] = QuoteState.Close;
      open = false;
    } else out[i] = open ? QuoteState.Inside : QuoteState.Outside;
  }
  return out;
}

/** Per-token view of the parse: the first word of each token stands for it; its head is the head word's token. */
function tokenSyntax(syntax: Syntax | null | undefined, n: number): TokenSyntax | null {
  if (!syntax || syntax.words.length === 0) return null;
  const upos = new Array<string>(n).fill('X');
  const deprel = new Array<string>(n).fill('dep');
  const lemma = new Array<string>(n).fill('');
  const head = new Int32Array(n).fill(-1);
  const seen = new Uint8Array(n);
  for (const w of syntax.words) {
    if (w.token < 0 || w.token >= n || seen[w.token]) continue;
    seen[w.token] = 1;
    upos[w.token] = w.upos;
    deprel[w.token] = w.deprel;
    lemma[w.token] = w.lemma.toLowerCase();
    head[w.token] = w.head >= 0 ? syntax.words[w.head].token : -1;
  }
  for (let i = 0; i < n; i++) if (head[i] === i) head[i] = -1;
  return { upos, deprel, lemma, head };
}

/** Paragraphs of a plain text: runs of non-empty lines. */
export function lineParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
