// Numbers that are not figures: inside names ("BBC Radio 4", "Apollo 11"), years, clock times,
// identifiers ("Article 5", "Flight 17"), addresses ("10 Downing Street"), phone numbers and list
// markers. Where unsure, a number is left out.
import type { DocumentContext } from '../../context/document.js';
import type { NumberExpr } from '../numbers.js';
import { isCapitalized } from '../../context/phrases.js';
import { wordOfToken } from '../../syntax/query.js';
import type { FigureLexicon } from '../../lexicons/figures.js';
import type { Quantity } from './quantity.js';

// Capitalised words that may stand right before a figure: sentence openers and qualifiers.
const OPENERS = new Set(['in', 'at', 'of', 'about', 'and', 'but', 'only', 'just', 'some', 'over', 'nearly', 'almost', 'around', 'by', 'to', 'with', 'for', 'all', 'another', 'those', 'these', 'its', 'their', 'his', 'her', 'up', 'down', 'since', 'from', 'after', 'before', 'between', 'among', 'than', 'another', 'fewer', 'more', 'less', 'roughly', 'approximately', 'under', 'above', 'below', 'least', 'estimated', 'once', 'then', 'now', 'so', 'yet', 'while', 'when', 'as', 'if', 'although', 'though', 'because', 'also']);
const CLOCK_AFTER = new Set(['am', 'pm', 'a.m.', 'p.m.', 'gmt', 'bst', 'utc', 'et', "o'clock", 'hrs']);
const PERSON_OR_UNIT_AFTER_YEAR = /^(?:people|persons|men|women|children|soldiers|troops|jobs|homes|votes|seats|members|workers|employees|students|pupils|cars|vehicles)$/;

/** A brand written in camel case: "iPhone", "eBay". */
const CAMEL_CASE = /^\p{Ll}+\p{Lu}/u;
/** Per document: how often each run of three or more digits stands right before each capitalised word ("737|max"); a model is rarely one or two ("1 Fresno chile" twice in a recipe is a count). */
const numberBeforeName = new WeakMap<DocumentContext, Map<string, number>>();

function namePairKey(ctx: DocumentContext, k: number): string | null {
  const { toks, low } = ctx;
  const next = toks[k + 1];
  if (!/^\d{3,}$/.test(low[k]) || !next || next.sentence !== toks[k].sentence || next.start - toks[k].end > 1 || !isCapitalized(next.text)) return null;
  return `${low[k]}|${low[k + 1]}`;
}

/**
 * Is the number at token k a model number: the same digits before the same capitalised word more than once
 * in the article, the name running on to a noun ("its 737 Max jet" … "400 737 Max jets", "787 Dreamliner
 * orders")? A count names a number of things once; a product's name recurs. ("30 Boeing jets" written once
 * stays a count.)
 */
function recurringModelNumber(ctx: DocumentContext, k: number): boolean {
  let pairs = numberBeforeName.get(ctx);
  if (!pairs) {
    pairs = new Map();
    for (let t = 0; t + 1 < ctx.toks.length; t++) {
      const key = namePairKey(ctx, t);
      if (key) pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    numberBeforeName.set(ctx, pairs);
  }
  const key = namePairKey(ctx, k);
  return key !== null && (pairs.get(key) ?? 0) >= 2 && nameBeforeNoun(ctx, k + 1);
}

/**
 * Do the capitalised words from token k run on to a lower-case common noun ("Max jet", "Dreamliner orders")?
 * A name with no noun after it is itself what is counted, however often ("about 100 Americans").
 */
function nameBeforeNoun(ctx: DocumentContext, k: number): boolean {
  const { toks, syntax } = ctx;
  let j = k;
  while (j < Math.min(k + 3, toks.length) && toks[j].sentence === toks[k].sentence && isCapitalized(toks[j].text)) j++;
  if (!syntax || j >= toks.length || toks[j].sentence !== toks[k].sentence || !/^\p{Ll}/u.test(toks[j].text)) return false;
  const w = wordOfToken(syntax, j);
  return w >= 0 && syntax.words[w].upos === 'NOUN';
}

/** Words before a length of time that make it one ("went on for two years", "took three months"). */
const LASTING_BEFORE = new Set(['for', 'lasted', 'lasting', 'spent', 'took', 'take', 'takes']);

/**
 * "dragged on for two years before a settlement": the time stage reads "two years before a
 * settlement" as the point two years before it, but after "for" the words say how long something
 * lasted, a figure. Only a length of time set against an anchor ("before", "after" a clause).
 */
function lastsUntilAnchor(ctx: DocumentContext, n: NumberExpr): boolean {
  const value = ctx.times[ctx.timeAt[n.core]]?.value;
  return value?.relativeTo !== undefined && /^P/.test(value.timex ?? '') && LASTING_BEFORE.has(ctx.low[n.from - 1] ?? '');
}

/** Why a number is not a figure, or null when it may be one. */
export function notAFigure(ctx: DocumentContext, lex: FigureLexicon, n: NumberExpr, q: Quantity, sentFrom: number): string | null {
  const { low, toks } = ctx;
  const core = low[n.core];
  if (ctx.timeAt[n.core] >= 0 && !lastsUntilAnchor(ctx, n)) return 'date';
  if (ctx.mentionAt[n.core] >= 0 && q.kind !== 'money' && q.kind !== 'percent') return 'name';
  if (core.includes(':') || CLOCK_AFTER.has(low[n.end] ?? '')) return 'clock';
  const plainDigits = /^\d+$/.test(core);
  // a year without a unit: "in 2004", "2004 profits"
  if (plainDigits && core.length === 4 && n.value >= 1800 && n.value <= 2100 && q.kind === 'count' && !PERSON_OR_UNIT_AFTER_YEAR.test(low[n.end] ?? '')) return 'year';
  // phone numbers and codes: a leading zero, or digit groups in a row ("020 7946 0000")
  if (plainDigits && core.length >= 3 && core.startsWith('0')) return 'phone';
  if (plainDigits && /^\d+$/.test(low[n.end] ?? '') && (toks[n.end].start - toks[n.end - 1].end) <= 1) return 'phone';
  const before = low[n.from - 1];
  const prevTok = toks[n.from - 1];
  if (before && (lex.identifiers.has(before) || lex.identifiers.has(before.replace(/\.$/, '')) || before === '#' || before === '№')) return 'identifier';
  // a number right after a capitalised word is part of a name ("Radio 4", "Formula 1", "Nikkei 225"), as after a
  // brand written in camel case ("iPhone 11")
  if (prevTok && n.from === n.core && (n.from - 1 > sentFrom || ctx.mentionAt[n.from - 1] >= 0) && (isCapitalized(prevTok.text) || CAMEL_CASE.test(prevTok.text)) && !OPENERS.has(before) && q.kind !== 'money' && q.kind !== 'percent' && !/^[A-Z]{2,}\$$/.test(prevTok.text) && toks[n.from].start - prevTok.end <= 1) return 'name';
  // "10 Downing Street": a number before a capitalised name that ends in a street word
  if (q.kind === 'count' && n.end < low.length && isCapitalized(toks[n.end]?.text ?? '')) {
    for (let k = n.end; k < Math.min(n.end + 4, low.length); k++) {
      if (!isCapitalized(toks[k].text)) break;
      if (lex.streets.has(low[k].replace(/\.$/, ''))) return 'address';
    }
  }
  if (plainDigits && q.kind === 'count' && n.core === n.end - 1 && recurringModelNumber(ctx, n.core)) return 'model';
  // "1." or "2)" opening a line: a list marker
  if (n.core === sentFrom && n.from === n.core && (low[n.end] === '.' || low[n.end] === ')')) return 'list';
  return null;
}
