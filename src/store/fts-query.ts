// What a user types, parsed once into a small query (groups of alternatives, each a word or a
// phrase), then written out for FTS5 or for PostgreSQL's to_tsquery. Nothing the user types
// reaches either engine's syntax raw: stray ORs, operators and punctuation are dropped, so any
// input gives a valid query (possibly empty, which matches nothing). Two operators are kept:
// a trailing * makes a word a prefix (smuggl* matches smuggling, smugglers), and a leading -
// excludes a word or "a phrase" (-attack).

/** A word or a "quoted phrase": its words, lower-cased; a prefix word ends in "*". */
export type QueryTerm = string[];

/** Every clause must match; a clause matches when any of its alternatives does. */
export interface ParsedQuery {
  clauses: QueryTerm[][];
  /** Words and phrases that must not occur. They subtract only: without clauses nothing matches. */
  excluded?: QueryTerm[];
}

const isPrefix = (t: QueryTerm) => t[t.length - 1].endsWith('*');
const bare = (t: QueryTerm) => t.map((w) => w.replace(/\*$/, ''));

/** More terms than this are ignored: a long OR chain over common words costs every document. */
export const MAX_QUERY_TERMS = 16;
/**
 * A query matching more documents than this ranks only its this many most recently added matches
 * (both engines): ranking costs per match, and a common word matches most of a large corpus.
 */
export const RANKED_MATCHES = 5000;
/** Longest phrase kept (words). */
const MAX_PHRASE_WORDS = 8;

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(s: string): string[] {
  return (s.match(WORD) ?? []).map((w) => w.toLowerCase()).slice(0, MAX_PHRASE_WORDS);
}

/** Typographic double quotation marks (a word processor's, a phone keyboard's, a pasted headline's). */
const CURLY_QUOTES = /[\u201C\u201D\u201E\u201F]/g;

/** The query with its typographic double quotation marks made straight: “Islamic State” is a phrase as "Islamic State" is. */
export function straightQuotes(input: string): string {
  return input.replace(CURLY_QUOTES, '"');
}

/**
 * The query parsed. `formsOf`, given a word typed alone (not in a phrase, not a prefix) as typed
 * and whether it opens the query (a phone's keyboard capitalises that word),
 * gives other words that count as it (its inflections, src/search-words.ts): they become its
 * alternatives, and are excluded with it.
 */
export function parseSearchQuery(typed: string, formsOf?: (word: string, opensQuery: boolean) => string[]): ParsedQuery {
  const input = straightQuotes(typed);
  const clauses: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  let terms = 0;
  let opensQuery = true;
  let orPending = false;
  const re = /(-?)"([^"]*)"?|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) && terms < MAX_QUERY_TERMS) {
    const raw = m[3];
    if (raw === 'OR') {
      // OR joins the clause before with the term after; a leading, trailing or repeated OR is nothing.
      orPending = clauses.length > 0;
      continue;
    }
    const words = wordsOf(m[2] ?? raw);
    if (words.length === 0) continue; // punctuation only: keeps a pending OR
    const prefix = !!raw && /[\p{L}\p{N}]\*$/u.test(raw);
    const typedWord = raw && !prefix && words.length === 1 ? raw.match(WORD)?.[0] : undefined;
    const forms = typedWord && formsOf ? formsOf(typedWord, opensQuery).map((f) => [f]) : [];
    opensQuery = false;
    if (m[1] === '-' || (raw?.startsWith('-') && raw.length > 1)) {
      excluded.push(words, ...forms);
      continue;
    }
    // A quoted phrase, or a token like "al-Shabaab" that the engines split into words, is one phrase.
    const term = prefix ? [...words.slice(0, -1), `${words[words.length - 1]}*`] : words;
    if (orPending) clauses[clauses.length - 1].push(term, ...forms);
    else clauses.push([term, ...forms]);
    orPending = false;
    terms++;
  }
  return excluded.length ? { clauses, excluded } : { clauses };
}

/** Every distinct word of the query (for highlighting). */
export function queryWords(q: ParsedQuery): string[] {
  return [...new Set(q.clauses.flat(2))];
}

/** The query's words and phrases as typed, one term each (for a snippet that marks a word
 *  searched only inside a phrase where the phrase stands whole, and a word also typed alone everywhere). */
export function queryTerms(q: ParsedQuery): QueryTerm[] {
  return q.clauses.flat();
}

export function toFtsQuery(input: string | ParsedQuery): string {
  const q = typeof input === 'string' ? parseSearchQuery(input) : input;
  const term = (t: QueryTerm) => (isPrefix(t) ? `"${bare(t).join(' ')}"*` : `"${t.join(' ')}"`);
  // Explicit AND: FTS5 does not read two groups side by side as an implicit AND.
  const positive = q.clauses.map((alts) => (alts.length === 1 ? term(alts[0]) : `(${alts.map(term).join(' OR ')})`)).join(' AND ');
  return positive && q.excluded?.length ? `(${positive}) NOT (${q.excluded.map(term).join(' OR ')})` : positive;
}

/** The same query for PostgreSQL's to_tsquery('simple', …): words ANDed, phrases with <->, OR as |. */
export function toTsQuery(input: string | ParsedQuery): string {
  const q = typeof input === 'string' ? parseSearchQuery(input) : input;
  const lexeme = (w: string) => (w.endsWith('*') ? `'${w.slice(0, -1)}':*` : `'${w}'`);
  const term = (t: QueryTerm) => (t.length === 1 ? lexeme(t[0]) : `(${t.map(lexeme).join(' <-> ')})`);
  const positive = q.clauses.map((alts) => (alts.length === 1 ? term(alts[0]) : `(${alts.map(term).join(' | ')})`)).join(' & ');
  return positive && q.excluded?.length ? `(${positive}) & ${q.excluded.map((t) => `!${term(t)}`).join(' & ')}` : positive;
}
