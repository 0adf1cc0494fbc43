// A paged API route gives at most so many items at a time (events: 1,000): a download of "all of
// them" asks page after page until it holds the total, so it never silently stops at the first page.

/** One page of a paged list, as the API answers it. */
export interface ItemPage<T> {
  total: number;
  items: T[];
}

/** Every item of a paged list: pages fetched from offset 0 until the total is reached or a page comes back empty. */
export async function allPages<T>(fetchPage: (offset: number) => Promise<ItemPage<T>>): Promise<T[]> {
  const out: T[] = [];
  for (;;) {
    const page = await fetchPage(out.length);
    out.push(...page.items);
    if (page.items.length === 0 || out.length >= page.total) return out;
  }
}
