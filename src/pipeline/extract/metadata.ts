// DocMeta from what the path found plus the clean text: dateline, published date with
// its fallbacks (page meta → container hint → timestamp line → dateline), the notBefore bound, attribution.
import type { DocMeta, Evidence, PublishedDate, RawDoc, Span } from '../../types.js';
import type { Assembled } from './assemble.js';
import { findDateline, findPlaceRegionDateline, type FoundDateline } from './dateline.js';
import { latestExplicitDate, parseMetaDate } from './explicit-dates.js';
import { headlineAttribution } from './headline.js';
import type { Found, PathResult } from './path-result.js';
import { gazetteer, type Entry, type Gazetteer } from '../gazetteer/gazetteer.js';
import { stateNamed, stateOf, townInState } from '../gazetteer/states.js';
import { nameKey as placeKey } from '../gazetteer/normalize.js';

export const DATELINE_PARAGRAPHS = 3;

function withSpan(found: Found<unknown>, assembled: Assembled): Evidence {
  const span: Span | null | undefined = found.piece !== undefined ? assembled.spans[found.piece] : undefined;
  return span ? { ...found.evidence, span } : found.evidence;
}

/**
 * The dateline opening one of a story's first paragraphs (the title's aside), or null. `plainText`: the
 * text came without markup, so a line taken for its title may be a dateline with nothing after it, not
 * even a dash ("OSLO, March 4", "MADRID (AP)", "NAIROBI, Kenya").
 */
export function findDocDateline(text: string, paragraphs: readonly Span[], titleSpan: Span | null, plainText = false): FoundDateline | null {
  let tried = 0;
  let looked = 0;
  for (const p of paragraphs) {
    const line = text.slice(p.start, p.end);
    // a first line taken for the title may be the dateline standing alone ("HAMILTON (AP) --")
    const isTitle = titleSpan !== null && p.start === titleSpan.start;
    const dashed = /[-–—_]\s*$/u.test(line);
    if (isTitle && !dashed && !plainText) continue;
    // Short lines (a kicker, a sub-heading) do not use up the window, up to a point.
    if ((p.end - p.start >= 60 && tried++ >= DATELINE_PARAGRAPHS) || looked++ >= 2 * DATELINE_PARAGRAPHS) break;
    const d = isTitle ? (dashed ? findDateline(line, p.start) : undashedDateline(line, p.start)) : (findDateline(line, p.start) ?? findPlaceRegionDateline(line, p.start, placeInRegion));
    if (d && (!isTitle || isLoneDateline(line, d))) return d;
  }
  return null;
}

/**
 * A title line that is a dateline and nothing more, without the dash that would follow it in the lede,
 * written as the wire writes one: a caps place with a date or an agency ("OSLO, March 4", "WASHINGTON
 * (AP)"), or with the region it lies in written short or in title case ("NAIROBI, Kenya", "NEWARK, N.J.").
 * A title-case place and a date ("Berlin, November 9, 1989") and a caps place and region ("PARIS, TEXAS")
 * are headlines as often as datelines, and a caps word alone is a kicker or a label ("MIGRATION").
 */
function undashedDateline(line: string, offset: number): FoundDateline | null {
  const d = findDateline(`${line.trimEnd()} —`, offset);
  if (!d || /\p{Ll}/u.test(d.text.split(/\s*[,(]/u)[0])) return null;
  if (d.date || d.agency) return d;
  const [place, region, ...more] = d.text.split(/\s*,\s*/u);
  const wireRegion = region !== undefined && /[\p{Ll}.]/u.test(region);
  return wireRegion && more.length <= 1 && placeInRegion(place, region, more[0]) ? d : null;
}

/**
 * The region a dateline names after its place: a state or province written short or in full ("Ill.",
 * "NY", "Texas"), else a country or a first-level region, not a town that shares a surname's spelling.
 */
function regionNamed(g: Gazetteer, written: string): Entry | undefined {
  const state = stateOf(g, written) ?? stateNamed(g, written);
  if (state) return state;
  const entries = g.byKey(placeKey(written));
  return entries.find((e) => e.kind === 'C') ?? g.byCode(written).find((e) => e.kind === 'C') ?? entries.find((e) => e.kind === 'R');
}

/**
 * Whether a dateline's place lies in its region ("Paris, Texas", "BAAR, SWITZERLAND"), and the region in
 * the outer one when there are two ("Washington, DC, United States"): two countries or states side by
 * side ("Georgia, Florida"), a name and an honorific ("Houston, Jr.", "Lincoln, MP") are no dateline.
 */
function placeInRegion(place: string, region: string, outer?: string): boolean {
  const g = gazetteer();
  const r = regionNamed(g, region);
  if (!r) return false;
  if (outer !== undefined) {
    const o = regionNamed(g, outer);
    if (!o || o.kind !== 'C' || o.cc !== r.cc) return false;
  }
  if (r.kind === 'C') return g.byKey(placeKey(place)).some((e) => e.kind !== 'C' && e.cc === r.cc);
  // a town in the state, not a neighbouring state within reach of its centre ("Georgia, Florida")
  const town = townInState(g, place, r);
  return town !== undefined && town.kind !== 'R';
}

/** Most words a place of a dateline standing alone in the title slot has ("NEW YORK", "SAN JOSE, Calif."). */
const LONE_PLACE_WORDS = 3;

/**
 * Whether a title line is all dateline, with a place the gazetteer knows: the title slot is where
 * caps kickers and wire headlines ending in a dash live ("BREAKING NEWS --", "US-CHINA TALKS RESUME --").
 */
function isLoneDateline(line: string, d: FoundDateline): boolean {
  if (line.trim().replace(/\s*[-–—:_]+$/u, '').trim() !== d.text) return false;
  const words = d.place.split(/[\s-]+/u);
  return words.length <= LONE_PLACE_WORDS && gazetteer().byKey(placeKey(d.place)).length > 0;
}

/** Whether the dateline is the whole title line, so the line is no title. */
export function datelineIsTitle(dateline: DocMeta['dateline'], titleSpan: Span | null): boolean {
  return dateline?.span !== undefined && titleSpan !== null && dateline.span.start === titleSpan.start;
}

export function buildMeta(raw: RawDoc, path: PathResult, assembled: Assembled): DocMeta {
  const titleSpan = (path.title?.piece !== undefined ? assembled.spans[path.title.piece] : null) ?? null;
  // a line the user named as the title is that, whatever its shape: no dateline, nor its date the publication's
  const named = raw.hints.title?.trim();
  const lines = named ? assembled.paragraphs.filter((p) => assembled.text.slice(p.start, p.end).trim() !== named) : assembled.paragraphs;
  const dateline = findDocDateline(assembled.text, lines, titleSpan, raw.format === 'text');

  let authors: string[] = [];
  if (raw.hints.authors && raw.hints.authors.length > 0) authors = raw.hints.authors;
  else if (path.authors) authors = path.authors.value;

  let publisher: string | null = path.publisher?.value ?? null;
  if (!publisher && dateline?.agency) publisher = dateline.agency;

  const published = publishedDate(raw, path, assembled, dateline);

  const meta: DocMeta = {
    authors: [...new Set(authors)],
    publisher,
    dateline: dateline ? { place: dateline.place, text: dateline.text, ...(dateline.date ? { date: dateline.date } : {}), ...(dateline.span ? { span: dateline.span } : {}) } : null,
    published,
  };
  const url = raw.hints.url ?? path.url ?? raw.source.url;
  if (url) meta.url = url;
  for (const h of path.headlines) {
    const who = headlineAttribution(h);
    if (who) {
      meta.attributedTo = who;
      break;
    }
  }
  return meta;
}

/** Evidence for authors/publisher, exposed for callers who want to show where they came from. */
export function metaEvidence(path: PathResult, assembled: Assembled): { authors?: Evidence; publisher?: Evidence; title?: Evidence } {
  return {
    ...(path.authors ? { authors: withSpan(path.authors, assembled) } : {}),
    ...(path.publisher ? { publisher: withSpan(path.publisher, assembled) } : {}),
    ...(path.title ? { title: withSpan(path.title, assembled) } : {}),
  };
}

function publishedDate(raw: RawDoc, path: PathResult, assembled: Assembled, dateline: FoundDateline | null): PublishedDate {
  let result: PublishedDate | null = null;
  // Page metadata, then what the container says, then a timestamp line under the headline.
  const fromPath: PublishedDate | null = path.published
    ? { value: path.published.value.iso, precision: path.published.value.precision, evidence: path.published.evidence }
    : null;
  if (fromPath && fromPath.evidence?.origin !== 'text') result = fromPath;
  else if (raw.hints.published) {
    const parsed = parseMetaDate(raw.hints.published);
    if (parsed) result = { value: parsed.iso, precision: parsed.precision, evidence: { origin: 'container', text: raw.hints.published } };
  }
  result ??= fromPath;
  if (!result && dateline?.date) {
    const evidence: Evidence = { origin: 'text', text: dateline.text, ...(dateline.span ? { span: dateline.span } : {}) };
    result = dateline.date.startsWith('--')
      ? { value: dateline.date, precision: 'month-day', evidence }
      : { value: dateline.date, precision: 'day', evidence };
  }
  result ??= { value: null, precision: 'none' };
  if (result.value === null || result.precision === 'month-day') {
    const latest = latestExplicitDate(assembled.text);
    if (latest) result.notBefore = latest.iso;
  }
  return result;
}
