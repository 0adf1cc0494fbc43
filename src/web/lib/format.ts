// Display helpers shared by the views: labels, dates, numbers, links.
import type { TimeValue } from '../../types.js';
import { h } from './dom.js';
import { boundedValue, vagueAmount } from '../../vague-amount.js';
import { counted } from '../../plural.js';
import { formatFigure, formatNumber } from '../../figure-wording.js';

// one wording of numbers and figures for the pages and the command line (src/figure-wording.ts)
export { formatFigure, formatNumber };

export const TYPE_LABELS: Record<string, string> = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other' };
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "28 June 2016", "July 2016", "2016", "21 October (year unknown)". */
export function formatDate(value: Pick<TimeValue, 'iso' | 'precision'> | null | undefined): string {
  if (!value?.iso) return 'date unknown';
  const md = /^--(\d{2})(?:-(\d{2}))?$/.exec(value.iso);
  if (md) return `${md[2] ? `${Number(md[2])} ` : ''}${MONTHS[Number(md[1]) - 1]} (year unknown)`;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.iso);
  if (!m) return value.iso;
  if (m[3]) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  if (m[2]) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  return m[1];
}

/** The article's date an event without its own is placed at ("13 February 2025"), as precise as the article gives it. */
export function articleDay(interval: { start: string; precision: 'day' | 'month' | 'year' }): string {
  const { precision } = interval;
  return formatDate({ iso: interval.start.slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4), precision });
}

/** The same date with the month in three letters ("28 Jun 2016"), where a row has little room. */
export function formatDateShort(value: Pick<TimeValue, 'iso' | 'precision'> | null | undefined): string {
  return formatDate(value).replace(new RegExp(`\\b(${MONTHS.join('|')})\\b`), (m) => m.slice(0, 3));
}

/** How every view words an article without a publication date (one wording, here only). */
export const NO_PUBLICATION_DATE = 'publication date unknown';
/** What the number on a chip of names counts, said before the chips (the library's, the graph's list). */
export const ARTICLE_COUNT_NOTE = 'The number after a name counts the articles naming it.';

/** An article's publication date in words ("3 March 2025", "21 October (year unknown)"), or NO_PUBLICATION_DATE. */
export function formatPublished(iso: string | null | undefined): string {
  if (!iso) return NO_PUBLICATION_DATE;
  const precision = iso.length >= 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
  return formatDate({ iso, precision });
}

/** The same as a line of its own: "Published 3 March 2025", "Publication date unknown". */
export function publishedLine(iso: string | null | undefined): string {
  return iso ? `Published ${formatPublished(iso)}` : NO_PUBLICATION_DATE.charAt(0).toUpperCase() + NO_PUBLICATION_DATE.slice(1);
}

export function formatQuantity(value: number, qualifier: string, qualifierWords?: string): string {
  return boundedValue(qualifier, formatNumber(value), qualifierWords);
}

/** An event's count: a vague one in the source's words with the bound read from them as a hint
 *  ("about 40 injured · dozens (at least 12) killed", worded once for every view by vagueAmount);
 *  otherwise its bound as the source words it ("nearly 40", "more than 12"). */
export function formatCount(c: { value: number; qualifier: string; vagueWords?: string; qualifierWords?: string }): string {
  return c.vagueWords ? vagueAmount(c.vagueWords, c.qualifier, formatNumber(c.value)) : formatQuantity(c.value, c.qualifier, c.qualifierWords);
}

/** A count the reports give differently, said once for every view: "12 or 17 killed (reports
 *  differ)"; where a value has a bound, each value takes the word, so that "at least" cannot be read
 *  as said of both ("at least 12 killed or 17 killed (reports differ)"). `note` false: the caller
 *  says that the reports differ in its own words. */
export function disputedCountText(values: string[], what: string, note = true): string {
  const bare = values.every((v) => /^[\d,.?]+$/.test(v));
  const text = bare ? `${values.join(' or ')} ${what}` : values.map((v) => `${v} ${what}`).join(' or ');
  return note ? `${text} (reports differ)` : text;
}

/** "1,204 documents": `counted` with the number written for a reader. */
export function plural(n: number, word: string, pluralWord = word + 's'): string {
  return counted(n, word, pluralWord, formatNumber);
}

export const entityHref = (key: string) => `#/entity/${encodeURIComponent(key)}`;
export function docHref(id: string, span?: { start: number; end: number } | null, searchWords?: string, passage?: string, wordForms: string[] = []): string {
  const qs = new URLSearchParams();
  if (span) qs.set('hl', `${span.start}-${span.end}`);
  if (searchWords) qs.set('q', searchWords);
  // the other forms of its words the search found ("arrested" for "arrest"): the reader marks them too
  if (searchWords && wordForms.length) qs.set('forms', wordForms.join(' '));
  // a search snippet's words: the reader finds them and highlights their sentence
  if (passage) qs.set('passage', passage);
  return `#/doc/${encodeURIComponent(id)}${qs.size ? `?${qs}` : ''}`;
}
export const eventHref = (key: string) => `#/event/${encodeURIComponent(key)}`;

/** A coloured pill naming an entity type. */
export function typeBadge(type: string): HTMLElement {
  return h('span', { class: `badge badge-${type}` }, TYPE_LABELS[type] ?? type);
}

/** Short type marks, so a type is told by text as well as by colour: the first letters of the word
 *  the page uses for the type (TYPE_LABELS), two of them since Person and Place share their first. */
export const TYPE_MARKS: Record<string, string> = { PER: 'Pe', ORG: 'Or', LOC: 'Pl', MISC: 'Ot' };

/** The type mark shown at the start of a chip, with the type's name for screen readers. */
export function typeMark(type: string): HTMLElement[] {
  return [
    h('span', { class: 'type-mark', 'aria-hidden': 'true' }, TYPE_MARKS[type] ?? '?'),
    h('span', { class: 'visually-hidden' }, `${TYPE_LABELS[type] ?? type}: `),
  ];
}

/** A link to an entity, coloured by its type and marked with it (`marked` false: under a heading that names the type, which says it already). */
export function entityChip(e: { key: string; name: string; type: string }, extra?: string | number, marked = true): HTMLElement {
  return h('a', { class: `chip chip-${e.type}`, href: entityHref(e.key), title: TYPE_LABELS[e.type] ?? e.type }, marked ? typeMark(e.type) : null, e.name, extra !== undefined ? h('span', { class: 'chip-count' }, String(extra)) : null);
}

/** "attack" → "Attack", "military_operation" → "Military operation". */
export function eventTypeLabel(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1).replace(/_/g, ' ');
}

/** The colour families of event types, as the badges' stylesheet colours them (styles.css `.et-*`),
 *  with the words a legend gives each; a type in none is "other". */
export const EVENT_FAMILIES = [
  { family: 'violence', label: 'Violence', types: ['attack', 'killing', 'military_operation', 'death'] },
  { family: 'law', label: 'Arrests, courts and sanctions', types: ['arrest', 'detention', 'raid', 'release', 'deportation', 'extradition', 'prosecution', 'charge', 'conviction', 'sentencing', 'ruling', 'investigation', 'sanction'] },
  { family: 'politics', label: 'Politics, agreements and protest', types: ['designation', 'agreement', 'meeting', 'election', 'vote', 'protest', 'strike', 'resignation', 'appointment'] },
] as const;

/** An event type's colour family ("violence", "law", "politics", else "other"). */
export function eventFamily(type: string): string {
  return EVENT_FAMILIES.find((f) => (f.types as readonly string[]).includes(type))?.family ?? 'other';
}

/** The event page's label for an event's targets, in the event's own terms: "Against" only where
 *  the event is done against someone ("Against: work" read oddly for an inspection that resumed
 *  work), "Arrested" for an arrest's targets, "With" for the other side of an agreement. */
const TARGET_LABELS: Record<string, string> = {
  attack: 'Against', raid: 'Against', military_operation: 'Against', sanction: 'Against', protest: 'Against', strike: 'Against',
  killing: 'Killed', arrest: 'Arrested', detention: 'Detained', release: 'Released', deportation: 'Deported', extradition: 'Extradited',
  prosecution: 'Prosecuted', charge: 'Charged', conviction: 'Convicted', sentencing: 'Sentenced', designation: 'Designated',
  appointment: 'Appointed', agreement: 'With', meeting: 'With',
};
export function targetLabel(type: string): string {
  return TARGET_LABELS[type] ?? 'Concerning';
}

/** CSS custom property value, for canvas/SVG code that needs real colours. */
export function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** "1.67° S, 29.23° E": coordinates with their hemispheres, not signed decimals ("-1.67, 29.23"). */
export function formatCoordinates(lat: number, lon: number): string {
  // rounded first: -0.001 is shown as 0.00, which lies in no southern or western hemisphere
  const part = (v: number, pos: string, neg: string) => {
    const r = Number(v.toFixed(2));
    return `${Math.abs(r).toFixed(2)}° ${r < 0 ? neg : pos}`;
  };
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

/** "2 articles", or "2 articles, 1 text" where some are near-duplicate copies of another (`copies`
 *  from the server): two sites carrying one wire story read as two sources confirming each other.
 *  The one wording of an event's sources: event page, timeline, event cards and the reader. */
export function articlesAndTexts(documentCount: number, copies = 0): string {
  return copies ? `${plural(documentCount, 'article')}, ${plural(documentCount - copies, 'text')}` : plural(documentCount, 'article');
}

/** ", 2 copies from other sites" for the articles table, "plus 1 copy from another site" for the
 *  header: the near-duplicate copies listed among an entity's (or a pair's) articles but counted once. */
export function copiesNote(copies: number | undefined, lead: string): string {
  if (!copies) return '';
  const what = `${plural(copies, 'copy', 'copies')} from ${copies === 1 ? 'another site' : 'other sites'}`;
  return lead === 'including ' ? `, including ${what}` : `${lead}${what}`;
}

/** A place's kind in a reader's words: the map's list said "Europe other" and "Goma city". */
const PLACE_KINDS: Record<string, string> = { country: 'country', region: 'region', city: 'town or city', site: 'site', other: 'sea, continent or area' };
export function placeKindLabel(kind: string): string {
  return PLACE_KINDS[kind] ?? kind;
}

/** A place's kind in words to write after its name, or '' where the name already ends with that word
 *  ("Moscow region" is not followed by "region" again). */
export function kindAfterName(name: string, kind: string): string {
  const words = placeKindLabel(kind);
  const last = (words.split(' ').pop() ?? words).toLowerCase();
  const named = name.trim().toLowerCase();
  return named === last || named.endsWith(` ${last}`) ? '' : words;
}
