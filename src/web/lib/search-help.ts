// What a search page offers beyond its hits: a snippet's way into its sentence, and, when nothing
// matches, broader searches to try (a phrase as loose words, any word instead of all, word
// endings) and, for a date, the articles published then and the events of that time.
import { parseDateInput } from './date-input.js';
import { straightQuotes } from '../../store/fts-query.js';

/** A query as a heading or a title quotes it: “ferry strike”, but a query with quotation marks of its
 *  own as typed ("Islamic State" Raqqa), not quoted twice (“"Islamic State"”). */
export function quotedQuery(q: string): string {
  return /"/.test(straightQuotes(q)) ? q : `“${q}”`;
}

/** One name of a list searched as a phrase: its own quotation marks dropped, so that "Islamic State"
 *  typed in the list is searched (and linked) as "Islamic State", not ""Islamic State"", which the
 *  search reads as two loose words. */
export function namePhrase(name: string): string {
  return `"${straightQuotes(name).replace(/"/g, ' ').replace(/\s+/g, ' ').trim()}"`;
}

/** A search's snippet as plain text, without the "…" that mark where it was cut. */
export function snippetPassage(parts: Array<{ text: string }>): string {
  return parts.map((p) => p.text).join('').replace(/^\s*…\s*|\s*…\s*$/g, '').trim();
}

/** Where a snippet's words stand in the article's text (the snippet folds runs of spaces and line breaks into one space). */
export function findPassage(text: string, passage: string): { start: number; end: number } | null {
  const words = passage.split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const m = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'u').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** A broader search and why it is broader. */
export interface Broader {
  q: string;
  says: string;
}

/** Searches that match more than `q` does: its phrase as words, any of its words, its words' other endings. */
export function broaderSearches(q: string): Broader[] {
  const out: Broader[] = [];
  const add = (query: string, says: string) => {
    if (query && query !== q && !out.some((b) => b.q === query)) out.push({ q: query, says });
  };
  const straight = straightQuotes(q);
  if (/"/.test(straight)) add(straight.replace(/"/g, '').replace(/\s+/g, ' ').trim(), 'the words, not the exact phrase');
  const tokens = straight.replace(/"/g, '').split(/\s+/).filter(Boolean);
  const words = tokens.filter((w) => !/^-/.test(w) && w.toUpperCase() !== 'OR');
  if (words.length > 1) add(words.join(' OR '), 'any of the words');
  // a plain lower-case word ("closures") as its stem ("closur*"); names and excluded words stay as typed
  const stem = (w: string) => (words.includes(w) && /^\p{Ll}{5,}$/u.test(w) ? `${w.slice(0, Math.max(4, w.length - 2))}*` : w);
  if (words.some((w) => stem(w) !== w)) add(tokens.map(stem).join(' '), 'other endings of the words');
  return out;
}

/** The query read as a date ("June 2025", "14 June 2025", "2025-06-14"), as ISO of that precision; null for anything else. */
export function queryDate(q: string): string | null {
  const parsed = parseDateInput(straightQuotes(q).replace(/"/g, ''));
  return parsed && 'iso' in parsed ? parsed.iso : null;
}
