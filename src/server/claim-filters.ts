// Narrowing and ordering the claims listing the way a fact-checker compares sources: by the thing
// counted, by who gives a figure, by the article it is in; the widest disagreement or the most
// figures first. Each claim's searchable words (its counted thing, its figures' sources and
// articles) are read once per corpus change, not on every request.
import type { AppContext } from './router.js';
import type { ClaimRecord } from './corpus-view.js';
import { figureItems, figuresAt } from './knowledge.js';

export const CLAIM_SORTS = ['default', 'spread', 'figures', 'what'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export interface ClaimFilter { what?: string; said?: string; article?: string }

/** The words each filter is tested against, lower-cased: the counted thing, the sources, the articles (titles and ids). */
interface ClaimWords { what: string; said: string[]; articles: string[] }

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Whether a claim's words hold every filter given (each a case- and accent-blind substring). */
export function matchesClaimFilter(words: ClaimWords, filter: ClaimFilter): boolean {
  const has = (hay: string[], needle?: string) => !needle || hay.some((x) => x.includes(fold(needle)));
  return has([words.what], filter.what) && has(words.said, filter.said) && has(words.articles, filter.article);
}

/** How far apart a claim's values are: the largest over the smallest (1 when they agree; a zero or negative value counts by difference). */
export function valueSpread(values: readonly number[]): number {
  if (values.length < 2) return 1;
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  return lo > 0 ? hi / lo : 1 + hi - lo;
}

/** The claims in the order asked for; 'default' keeps the corpus's own. */
export function sortClaims(claims: ClaimRecord[], sort: ClaimSort): ClaimRecord[] {
  if (sort === 'default') return claims;
  const by: Record<Exclude<ClaimSort, 'default'>, (a: ClaimRecord, b: ClaimRecord) => number> = {
    spread: (a, b) => valueSpread(b.values) - valueSpread(a.values),
    figures: (a, b) => b.figures.length - a.figures.length,
    what: (a, b) => a.what.localeCompare(b.what),
  };
  return [...claims].sort((a, b) => by[sort](a, b) || a.what.localeCompare(b.what));
}

/** Each claim's words, by claim key, for the claims stated more than once (those the page lists). */
export function claimWords(app: AppContext): Promise<Map<string, ClaimWords>> {
  return app.cached('claim-words', async () => {
    const k = await app.corpus();
    const listed = k.claims.filter((c) => c.figures.length > 1);
    const items = await figureItems(app, k, await figuresAt(app.store, listed.flatMap((c) => c.figures)));
    const byRef = new Map(items.map((f) => [`${f.docId}:${f.start}`, f]));
    return new Map(listed.map((c) => {
      const figures = c.figures.map(([d, s]) => byRef.get(`${d}:${s}`)).filter((f) => !!f);
      return [c.key, { what: fold(c.what), said: figures.flatMap((f) => [f.source, f.sourceText].flatMap((s) => (s ? [fold(s)] : []))), articles: figures.flatMap((f) => [fold(f.docTitle), fold(f.docId)]) }];
    }));
  });
}
