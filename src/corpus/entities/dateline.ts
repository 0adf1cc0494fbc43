// The dateline of a wire story ("ANKARA, March 3 (Agency) - …", "THE HAGUE, Jan 29 -"): the place
// the story was filed from. It is marked on its mention at analysis and stored with it, so that a
// later re-resolution (after a corpus pass or an alias curation) reads the same evidence: the
// country a body the article names without a country belongs to (descriptive-names.ts).
import type { Mention } from '../../types.js';
import { gazetteer } from '../../pipeline/gazetteer/gazetteer.js';
import { nameKey as placeKey } from '../../pipeline/gazetteer/normalize.js';

/** A dateline opens the story body, after a headline and byline: only the text's start is read. */
const DATELINE_WINDOW = 1500;
/** What may stand before the place on its line ("THE HAGUE"), and what follows it: a comma, a bracketed agency or a dash. */
const BEFORE = /(?:^|\n)[ \t]*(?:THE[ \t]+)?$/;
const AFTER = /^[ \t]*(?:,|\(|[-–—][ \t])/;

/** The mentions with the dateline's place marked, if the text opens with one. */
export function markDateline(text: string, mentions: Mention[]): Mention[] {
  const i = mentions.findIndex((m) => m.start < DATELINE_WINDOW && isDateline(text, m));
  return i < 0 ? mentions : mentions.map((m, k) => (k === i ? { ...m, dateline: true } : m));
}

function isDateline(text: string, m: Mention): boolean {
  // written in capitals, as datelines are: a capitalised place opening a sentence is not one
  if (!/\p{Lu}/u.test(m.text) || /\p{Ll}/u.test(m.text)) return false;
  return BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && AFTER.test(text.slice(m.end, m.end + 4));
}

/** The country of a place name: a country itself, else the most populous place of that name. */
export function countryOfPlace(name: string): string | null {
  const key = placeKey(name);
  if (!key) return null;
  const entries = gazetteer().byKey(key);
  const country = entries.find((e) => e.kind === 'C');
  if (country) return country.cc;
  let best: (typeof entries)[number] | undefined;
  for (const e of entries) if (e.cc && (!best || e.pop > best.pop)) best = e;
  return best?.cc ?? null;
}

/** The country of the article's dateline, or null when it has none. */
export function datelineCountry(mentions: Mention[]): string | null {
  const m = mentions.find((x) => x.dateline);
  return m ? countryOfPlace(m.text) : null;
}
