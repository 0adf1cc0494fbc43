// Builds a Doc by hand for the time tests, as the extract stage would leave it.
import type { Dateline, Doc, PublishedDate, TimeMention } from '../../../src/types.js';

export function makeDoc(text: string, opts: { published?: Partial<PublishedDate>; dateline?: Dateline | null } = {}): Doc {
  return {
    id: 'test',
    text,
    title: '',
    sources: [],
    removed: [],
    paragraphs: [],
    meta: {
      authors: [],
      publisher: null,
      dateline: opts.dateline ?? null,
      published: { value: null, precision: 'none', ...opts.published },
    },
  };
}

export const published = (value: string): { published: Partial<PublishedDate> } => ({
  published: { value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year' },
});

/** The mention whose text is (else contains) `needle`, or a failure naming what was found. */
export function mentionOf(mentions: TimeMention[], needle: string): TimeMention {
  const m = mentions.find((x) => x.text === needle) ?? mentions.find((x) => x.text.includes(needle));
  if (!m) throw new Error(`no mention containing ${JSON.stringify(needle)}; found ${JSON.stringify(mentions.map((x) => x.text))}`);
  return m;
}
