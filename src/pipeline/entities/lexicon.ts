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
  re: RegExp;
  type: EntityType;
}

/** Compiled matcher: acronyms (all capitals) match as written, other names case-insensitively. */
export class LexiconMatcher {
  private patterns: Pattern[] = [];

  constructor(entries: LexiconEntry[]) {
    for (const e of entries) {
      for (const name of e.names) {
        const acronym = name === name.toUpperCase();
        const body = escape(name).replace(/\\?[-\s]+/g, '[-\\s]+');
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
        this.patterns.push({ re, type: e.type });
      }
    }
  }

  /** Every occurrence of a listed name that contains at least one capital letter. */
  find(text: string): Mention[] {
    const out: Mention[] = [];
    for (const p of this.patterns) {
      p.re.lastIndex = 0;
      for (const m of text.matchAll(p.re)) {
        if (!/\p{Lu}/u.test(m[0])) continue;
        out.push({ start: m.index, end: m.index + m[0].length, type: p.type, text: m[0] });
      }
    }
    return out;
  }
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
