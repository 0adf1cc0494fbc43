// One quote, several sources: articles that carry the same words (a comma more, a cut at either
// end) were listed as separate quotes, so an entity page said the same thing three times over, and
// more of them came back with each "Show more". Quotes are grouped here, as they are shown.
import { formatNumber } from './format.js';

/** Shorter than this many words, a quote inside another may be a common phrase, not a cut of it. */
const MIN_CONTAINED_WORDS = 4;

/** A quote's words only: lower case, no punctuation or quotation marks, single spaces. */
export function quoteWords(text: string): string {
  return text.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The same words, or the one's words a whole-word stretch of the other's. */
export function sameQuote(a: string, b: string): boolean {
  const [x, y] = [quoteWords(a), quoteWords(b)];
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.split(' ').length >= MIN_CONTAINED_WORDS && ` ${long} `.includes(` ${short} `);
}

/** A quote as one article gives it. */
export interface QuoteSource {
  key: string;
  docId: string;
  text: string;
}

/** Near-duplicate quotes as one: `quote` is the fullest wording; `sources` every copy, first seen first. */
export interface QuoteGroup<Q extends QuoteSource> {
  quote: Q;
  sources: Q[];
}

/** Groups quotes as they come (a page, then the next), so a later page's copy joins the group already shown. */
export class QuoteGrouper<Q extends QuoteSource> {
  readonly groups: Array<QuoteGroup<Q>> = [];
  private readonly seen = new Set<string>();

  /** The group the quote joined, with `isNew` when it starts one; null for a quote already added. */
  add(q: Q): { group: QuoteGroup<Q>; isNew: boolean } | null {
    if (this.seen.has(q.key)) return null;
    this.seen.add(q.key);
    const group = this.groups.find((g) => g.sources.some((s) => sameQuote(s.text, q.text)));
    if (!group) {
      const fresh = { quote: q, sources: [q] };
      this.groups.push(fresh);
      return { group: fresh, isNew: true };
    }
    group.sources.push(q);
    if (quoteWords(q.text).length > quoteWords(group.quote.text).length) group.quote = q;
    return { group, isNew: false };
  }
}

/** Quotes grouped in the order given. */
export function groupQuotes<Q extends QuoteSource>(quotes: Q[]): Array<QuoteGroup<Q>> {
  const grouper = new QuoteGrouper<Q>();
  for (const q of quotes) grouper.add(q);
  return grouper.groups;
}

/**
 * "What X said (N)": N counts the blocks shown, near-duplicates grouped as one (the server's count
 * takes in every wording, so "(3)" once stood over two quotes). While more are still to load, the
 * count of the rest is an upper bound: they may join quotes already shown.
 */
export function quoteHeading(name: string, shown: number, rawLeft: number): string {
  return rawLeft > 0 ? `What ${name} said (${formatNumber(shown)} shown of up to ${formatNumber(shown + rawLeft)})` : `What ${name} said (${formatNumber(shown)})`;
}
