// The curated lexicon (models/ner-lexicon.tsv): well-known organisations and places. It feeds
// gazetteer features at training time and, at run time, a post-pass that adds listed names the
// model missed — chiefly in translated text that lower-cases parts of names.
import type { EntityType, Mention } from '../../types.js';
import { TYPES } from './tags.js';

export interface LexiconEntry {
  type: EntityType;
  /** Canonical name first, then aliases. */
  names: string[];
}

export function parseLexicon(text: string): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [type, name, aliases = ''] = line.split('\t');
    if (!TYPES.includes(type as EntityType) || !name) throw new Error(`bad lexicon line: ${line}`);
    out.push({ type: type as EntityType, names: [name.trim(), ...aliases.split('|').map((a) => a.trim()).filter(Boolean)] });
  }
  return out;
}

interface Pattern {
  /** Sticky: tried only where a candidate word starts. */
  re: RegExp;
  type: EntityType;
}

/** A run of letters and digits: names match only at such a word's start (the patterns' look-behind). */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Compiled matcher: acronyms (all capitals) match as written, other names case-insensitively.
 * One pass over the text's words finds where a listed name can start (its first word, case
 * folded, is a key into the names), and only those names' patterns are tried there.
 */
export class LexiconMatcher {
  private patterns: Pattern[] = [];
  /** Case-folded first word of a name → indices of the patterns starting with it, in list order. */
  private byFirstWord = new Map<string, number[]>();
  /** Patterns of names that do not start with a letter or digit: searched over the whole text. */
  private unkeyed: number[] = [];
  /** Lengths of the first words: most words of a text are skipped on their length alone. */
  private firstWordLengths = new Set<number>();

  constructor(entries: LexiconEntry[]) {
    for (const e of entries) {
      for (const name of e.names) {
        const acronym = name === name.toUpperCase();
        const body = escape(name).replace(/\\?[-\s]+/g, '[-\\s]+');
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, acronym ? 'yu' : 'yiu');
        const index = this.patterns.push({ re, type: e.type }) - 1;
        const first = /^[\p{L}\p{N}]+/u.exec(name);
        if (!first) this.unkeyed.push(index);
        else {
          const key = foldCase(first[0]);
          this.firstWordLengths.add(first[0].length);
          const list = this.byFirstWord.get(key);
          if (list) list.push(index);
          else this.byFirstWord.set(key, [index]);
        }
      }
    }
  }

  /** Every occurrence of a listed name that contains at least one capital letter. */
  find(text: string): Mention[] {
    const found: Array<{ pattern: number; mention: Mention }> = [];
    // as a global search per pattern would: one pattern's matches do not overlap
    const endOf = new Map<number, number>();
    const tryAt = (pattern: number, at: number) => {
      if (at < (endOf.get(pattern) ?? 0)) return;
      const p = this.patterns[pattern];
      p.re.lastIndex = at;
      const m = p.re.exec(text);
      if (!m) return;
      endOf.set(pattern, at + m[0].length);
      if (/\p{Lu}/u.test(m[0])) found.push({ pattern, mention: { start: at, end: at + m[0].length, type: p.type, text: m[0] } });
    };
    const word = new RegExp(WORD);
    for (let w = word.exec(text); w; w = word.exec(text)) {
      if (!this.firstWordLengths.has(w[0].length)) continue;
      const patterns = this.byFirstWord.get(foldCase(w[0]));
      if (patterns) for (const pattern of patterns) tryAt(pattern, w.index);
    }
    for (const pattern of this.unkeyed) for (let at = 0; at < text.length; at++) tryAt(pattern, at);
    // in list order, then text order: the order the merge breaks ties by
    found.sort((a, b) => a.pattern - b.pattern || a.mention.start - b.mention.start);
    return found.map((f) => f.mention);
  }
}

/**
 * A case-insensitive key: any two words the patterns' case-insensitive match treats as equal get
 * the same key (upper-casing in between folds variants such as long s and final sigma).
 */
function foldCase(word: string): string {
  return word.toLowerCase().toUpperCase().toLowerCase();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Adds lexicon mentions the model did not find. A lexicon match replaces model mentions that lie
 * inside it or cross it (the listed name is the better span); model mentions that strictly contain
 * the match are kept (e.g. "FSB" inside a longer tagged name).
 */
export function mergeLexicon(model: Mention[], lexicon: Mention[]): Mention[] {
  // longest lexicon matches first, dropping overlaps among themselves
  const lex = [...lexicon].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Mention[] = [];
  for (const m of lex) if (!chosen.some((c) => overlaps(c, m))) chosen.push(m);
  const result = [...model];
  for (const m of chosen) {
    // a longer model mention around the match is kept; an equal one takes the listed type
    if (result.some((r) => r.start <= m.start && r.end >= m.end && r.end - r.start > m.end - m.start)) continue;
    for (let i = result.length - 1; i >= 0; i--) if (overlaps(result[i], m)) result.splice(i, 1);
    result.push(m);
  }
  return result.sort((a, b) => a.start - b.start);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
