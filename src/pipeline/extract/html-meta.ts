// Metadata a web page states outside its body: Open Graph and other <meta> tags, JSON-LD,
// <time datetime>. Each value keeps the tag it came from as evidence.
import type { Evidence } from '../../types.js';
import { hasRoleWord, metaAuthorNames } from './byline.js';
import { parseMetaDate } from './explicit-dates.js';
import { elementReason } from './html-flags.js';
import { parseLenientJson } from './lenient-json.js';
import { cleanPublisher } from './publisher.js';
import type { Found } from './path-result.js';

export interface HtmlMeta {
  ogTitle: string | null;
  docTitle: string | null;
  siteName: Found<string> | null;
  /** A site name written as a handle or slug ("@acme", "acmenews"), used only when nothing better names the outlet. */
  siteHandle: Found<string> | null;
  authors: Found<string[]> | null;
  /** The meta tags' authors when JSON-LD gave the authors above (they may disagree). */
  otherAuthors: Found<string[]> | null;
  /** Authors the page marks in its body (microdata itemprop="author" of the article, rel="author" links), below a visible byline. */
  markedAuthors: Found<string[]> | null;
  published: Found<{ iso: string; precision: 'day' | 'month' | 'year' }> | null;
  url: string | null;
  jsonLdHeadline: string | null;
}

/** All lower case without spaces, or an @handle: a slug or account name, not the outlet's name as written. */
const HANDLE = /^@|^[\p{Ll}\d._-]+$/u;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function metaContent(doc: Document, selectors: string[]): { value: string; selector: string } | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('content')?.trim();
    if (v) return { value: v, selector: sel };
  }
  return null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ScholarlyArticle|TechArticle|Report|WebPage|LiveBlogPosting|BackgroundNewsArticle|Posting|SocialMediaPosting)$/;

function isObject(v: Json | undefined): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeMatches(obj: { [k: string]: Json }): boolean {
  const t = obj['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

type JsonObject = { [k: string]: Json };

interface JsonLd {
  /** Article-typed objects at the top of a script or in its @graph, articles before web pages. */
  articles: JsonObject[];
  /** Every named object with an @id, so a reference ({"@id": …}) reads as the object it names. */
  byId: Map<string, JsonObject>;
}

/** Article-typed objects from every JSON-LD script (@graph flattened) and the identified objects anywhere in them. */
function readJsonLd(doc: Document): JsonLd {
  const found: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const data = parseLenientJson(script.textContent ?? '') as Json | undefined;
    if (data === undefined) continue;
    // Top-level items (the script, its arrays, its @graph) can be the article; nested ones (a related
    // article, the page an article is part of) only serve as the targets of references.
    const queue: { item: Json; top: boolean }[] = [{ item: data, top: true }];
    for (let i = 0; i < queue.length && i < 2000; i++) {
      const { item, top } = queue[i];
      if (Array.isArray(item)) queue.push(...item.map((x) => ({ item: x, top })));
      else if (isObject(item)) {
        if (top && typeMatches(item)) found.push(item);
        const id = item['@id'];
        if (typeof id === 'string' && typeof item.name === 'string' && !byId.has(id)) byId.set(id, item);
        for (const [k, v] of Object.entries(item)) if (typeof v === 'object' && v !== null) queue.push({ item: v, top: top && k === '@graph' });
      }
    }
  }
  const articles = found.sort((a, b) => Number(a['@type'] === 'WebPage') - Number(b['@type'] === 'WebPage'));
  return { articles, byId };
}

/** The object a reference points to, or the value itself. */
function deref(v: Json | undefined, byId: Map<string, JsonObject>): Json | undefined {
  if (!isObject(v) || typeof v.name === 'string' || typeof v['@id'] !== 'string') return v;
  return byId.get(v['@id']) ?? v;
}

function names(v: Json | undefined, byId: Map<string, JsonObject>): string[] {
  const x = deref(v, byId);
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap((y) => names(y, byId));
  if (isObject(x) && typeof x.name === 'string') return [x.name];
  return [];
}

const ORGANISATION_TYPE = /Organization$|^Corporation$/;

/** Names of the people an author field gives: an author typed as an organisation is the outlet, not a byline. */
function personNames(v: Json | undefined, byId: Map<string, JsonObject>): string[] {
  const x = deref(v, byId);
  if (Array.isArray(x)) return x.flatMap((y) => personNames(y, byId));
  if (isObject(x)) {
    const t = x['@type'];
    if ((Array.isArray(t) ? t : [t]).some((y) => typeof y === 'string' && ORGANISATION_TYPE.test(y))) return [];
  }
  return names(x, byId);
}

function cleanAuthors(raw: string[]): string[] {
  const out: string[] = [];
  for (const r of raw) {
    if (/^https?:/.test(r)) continue;
    const parsed = metaAuthorNames(r);
    if (parsed) out.push(...parsed);
  }
  return [...new Set(out)];
}

/** The schema.org type an itemtype URL names ("https://schema.org/BlogPosting" → "BlogPosting"). */
function itemType(el: Element | null | undefined): string {
  return (el?.getAttribute('itemtype') ?? '').trim().split(/[/#]/).pop() ?? '';
}

/** A person's name has two words at least: a single word in the markup is most often an account ("admin", "Vortex"). */
const twoWords = (name: string): boolean => /\s/.test(name);
/** Two words and no role or account word ("Site Admin", "Web Team"). */
const personLike = (name: string): boolean => twoWords(name) && !hasRoleWord(name);

/** What marks furniture a story's own date or author never sits in. */
const NOT_STORY = new Set(['comments', 'related', 'navigation', 'footer']);

/**
 * Inside a comment thread, a related-stories box, a menu or a footer (elementReason on each ancestor): a
 * comment's author or an aside's date is none of the article's. An element that holds the story's
 * headline is no furniture for it, whatever its class ("content-with-sidebar" around the whole page).
 */
function inFurniture(el: Element, story: StoryBlocks): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (story.headline && e.contains(story.headline)) return false;
    const reason = elementReason(e, e.tagName.toLowerCase());
    // an article's own footer (its date, its author) is the story's; the page's footer is not
    if (reason !== null && NOT_STORY.has(reason) && !(reason === 'footer' && e.parentElement?.closest('article'))) return true;
  }
  return false;
}

interface StoryBlocks {
  /** The story's headline element (its first <h1>), or null. */
  headline: Element | null;
  /** Where the story itself is, most specific first: the <article> around the headline, the headline's
   * block, the marked article body, <main>, then any other <article>. */
  blocks: Element[];
}

function storyBlocks(doc: Document): StoryBlocks {
  const headline = doc.querySelector('article h1') ?? doc.querySelector('h1');
  const found = [
    headline?.closest('article'),
    headline?.closest('header') ?? headline?.parentElement,
    doc.querySelector('[itemprop~="articleBody"]')?.closest('article') ?? doc.querySelector('[itemprop~="articleBody"]'),
    doc.querySelector('main'),
    ...doc.querySelectorAll('article'),
  ];
  const blocks: Element[] = [];
  // a site's masthead (role=banner, "masthead") is no story block, even around a logo set as <h1>
  for (const b of found) if (b && b !== doc.body && !blocks.includes(b) && elementReason(b, b.tagName.toLowerCase()) !== 'header') blocks.push(b);
  return { headline, blocks };
}

/** Elements matching a selector inside the story's blocks (in their order), then in the rest of the page, none in furniture. */
function storyElements(doc: Document, story: StoryBlocks, selector: string, pageWide: boolean): Element[] {
  const out: Element[] = [];
  for (const scope of pageWide ? [...story.blocks, doc] : story.blocks) {
    for (const el of scope.querySelectorAll(selector)) if (!out.includes(el) && !inFurniture(el, story)) out.push(el);
  }
  return out;
}

/**
 * Authors the page marks in its markup: microdata authors of an article-typed item (a Person's
 * itemprop="name", or the property's own text), else the names of its rel="author" links. A comment's
 * author never counts, and marks that disagree (a list of stories, each with its writer) give none.
 */
function markedAuthors(doc: Document, story: StoryBlocks): Found<string[]> | null {
  const scopes = new Map<Element, string[]>();
  for (const el of doc.querySelectorAll('[itemprop]')) {
    if (!(el.getAttribute('itemprop') ?? '').split(/\s+/).includes('author') || inFurniture(el, story)) continue;
    const scope = el.parentElement?.closest('[itemscope]');
    if (!scope || !ARTICLE_TYPES.test(itemType(scope)) || itemType(scope) === 'WebPage') continue;
    const nameEl = el.hasAttribute('itemscope') ? el.querySelector('[itemprop~="name"]') : el;
    const raw = (nameEl?.getAttribute('content') ?? nameEl?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const list = raw ? cleanAuthors([raw]).filter(personLike) : [];
    if (list.length > 0) scopes.set(scope, [...(scopes.get(scope) ?? []), ...list]);
  }
  if (scopes.size === 1) {
    const value = [...new Set([...scopes.values()][0])];
    return { value, evidence: { origin: 'meta', text: `itemprop=author ${value.join(', ')}` } };
  }
  if (scopes.size > 1) return null;
  // rel=author only in the story's own blocks: a footer's "Theme by …" or a sidebar's columnist is no byline
  const linked = storyElements(doc, story, 'a[rel~="author"]', false).map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim());
  const distinct = [...new Set(linked.filter(Boolean))];
  if (distinct.length !== 1) return null;
  const value = cleanAuthors(distinct).filter(personLike);
  return value.length > 0 ? { value, evidence: { origin: 'meta', text: `rel=author ${value.join(', ')}` } } : null;
}

const MONTH_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The date a story's address carries as path segments ("/2031/03/04/", "/2031/mar/04/", or a segment that
 * is the date alone, "/2031-03-04/"), or null; a date inside a slug ("/on-this-day/2031-03-04-ferry/") is none.
 */
export function urlPathDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})\/(\d{2}|[a-z]{3})\/(\d{2})(?=\/|$)/i.exec(path) ?? /\/((?:19|20)\d{2})-(\d{2})-(\d{2})(?=\/|$)/.exec(path);
  if (!m) return null;
  const month = /\d/.test(m[2]) ? +m[2] : MONTH_SHORT.indexOf(m[2].toLowerCase()) + 1;
  const day = +m[3];
  const date = new Date(Date.UTC(+m[1], month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${m[3]}`;
}

/** A timestamp stated in UTC with "Z" ("…T01:53:14Z"): its hour. "+00:00" is the publisher's own offset and a time with no zone is local, so neither counts. */
const UTC_INSTANT = /T(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?\s*Z$/i;

/**
 * The publisher's own day for a publication time stated in UTC: where the story's address dates it a
 * day apart, the address's date, which the publisher's system wrote in its local time, when the hour
 * allows it: the day before only for a UTC hour before 12 (a western publisher's evening: filed on the
 * evening of the 19th in California, stamped 01:53 on the 20th), the day after only for an hour of 10
 * or later (an eastern publisher's morning). Any other date stays as stated.
 */
function localDate(published: NonNullable<HtmlMeta['published']>, url: string): NonNullable<HtmlMeta['published']> {
  const stated = published.evidence.text.split(' ').pop() ?? '';
  const utc = UTC_INSTANT.exec(stated);
  if (published.value.precision !== 'day' || !utc) return published;
  const fromUrl = urlPathDate(url);
  if (!fromUrl) return published;
  const hour = +utc[1];
  const shift = (Date.parse(fromUrl) - Date.parse(published.value.iso)) / 86_400_000;
  if (!((shift === -1 && hour < 12) || (shift === 1 && hour >= 10))) return published;
  return { value: { iso: fromUrl, precision: 'day' }, evidence: { ...published.evidence, text: `${published.evidence.text}; url ${url}` } };
}

export function readHtmlMeta(doc: Document): HtmlMeta {
  const story = storyBlocks(doc);
  const { articles: ld, byId } = readJsonLd(doc);
  const ogTitle = metaContent(doc, ['meta[property="og:title"]', 'meta[name="og:title"]', 'meta[name="twitter:title"]'])?.value ?? null;
  const docTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;

  let siteName: Found<string> | null = null;
  const site = metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]']);
  const siteValue = site ? cleanPublisher(site.value) : null;
  const siteHandle = siteValue !== null && HANDLE.test(siteValue);
  if (site && siteValue && !siteHandle) siteName = { value: siteValue, evidence: { origin: 'meta', text: `${site.selector} ${site.value}` } };
  let ldHandle: Found<string> | null = null;
  if (!siteName) {
    for (const a of ld) {
      const raw = names(a.publisher, byId)[0];
      const pub = raw ? cleanPublisher(raw) : null;
      if (!raw || !pub) continue;
      // JSON-LD written from the same CMS field as the meta tag carries the same slug ("nj")
      if (HANDLE.test(pub)) {
        ldHandle ??= { value: pub, evidence: { origin: 'json-ld', text: `publisher ${raw}` } };
        continue;
      }
      siteName = { value: pub, evidence: { origin: 'json-ld', text: `publisher ${raw}` } };
      break;
    }
  }

  // A handle kept only as the last resort: the page's words may name the outlet properly.
  const siteHandleName = siteName
    ? null
    : siteHandle && site && siteValue
      ? { value: siteValue, evidence: { origin: 'meta' as const, text: `${site.selector} ${site.value}` } }
      : ldHandle;

  let authors: Found<string[]> | null = null;
  for (const a of ld) {
    const list = cleanAuthors(personNames(a.author, byId));
    if (list.length > 0) {
      authors = { value: list, evidence: { origin: 'json-ld', text: `author ${list.join(', ')}` } };
      break;
    }
  }
  // The meta tags are read even when JSON-LD names authors: where the two disagree, the visible byline decides.
  const metas = [...doc.querySelectorAll('meta[name="author"], meta[property="article:author"], meta[name="byl"], meta[name="sailthru.author"], meta[name="parsely-author"]')];
  const metaList = cleanAuthors(metas.map((m) => m.getAttribute('content') ?? '').filter(Boolean));
  const metaAuthors: Found<string[]> | null = metaList.length > 0 ? { value: metaList, evidence: { origin: 'meta', text: `author ${metaList.join(', ')}` } } : null;
  const otherAuthors = authors ? metaAuthors : null;
  authors ??= metaAuthors;

  let published: HtmlMeta['published'] = null;
  const dateMeta = metaContent(doc, [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="publish-date"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
    'meta[name="sailthru.date"]',
    'meta[name="parsely-pub-date"]',
    'meta[property="og:published_time"]',
  ]);
  const fromMeta = dateMeta ? parseMetaDate(dateMeta.value) : null;
  if (fromMeta && dateMeta) published = { value: fromMeta, evidence: { origin: 'meta', text: `${dateMeta.selector} ${dateMeta.value}` } };
  if (!published) {
    for (const a of ld) {
      const v = a.datePublished ?? a.dateCreated;
      const parsed = typeof v === 'string' ? parseMetaDate(v) : null;
      if (parsed && typeof v === 'string') {
        published = { value: parsed, evidence: { origin: 'json-ld', text: `datePublished ${v}` } };
        break;
      }
    }
  }
  if (!published) {
    // In order of trust, not of the page (a selector list gives the first match in the page: a masthead's
    // "today" or a comment's time would come before the article's own), in the story's own blocks first (an
    // aside's NewsArticle item has its own datePublished); comments, related boxes, menus and the page's
    // footer never count, and a time whose datetime does not parse gives way to the next.
    const selectors = ['time[itemprop~="datePublished"][datetime]', 'time[pubdate][datetime]', 'time[datetime]'];
    const times = [...selectors.flatMap((sel) => storyElements(doc, story, sel, false)), ...selectors.flatMap((sel) => storyElements(doc, story, sel, true))];
    for (const time of times) {
      const v = time.getAttribute('datetime');
      const parsed = v ? parseMetaDate(v) : null;
      if (parsed && v) {
        published = { value: parsed, evidence: { origin: 'time-element', text: v } as Evidence };
        break;
      }
    }
  }

  const url =
    metaContent(doc, ['meta[property="og:url"]'])?.value ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  if (published && url) published = localDate(published, url);
  const headline = ld.map((a) => a.headline).find((h): h is string => typeof h === 'string') ?? null;
  return { ogTitle, docTitle, siteName, siteHandle: siteHandleName, authors, otherAuthors, markedAuthors: authors ? null : markedAuthors(doc, story), published, url, jsonLdHeadline: headline };
}

const SEPARATOR = /\s+(?:[|–—·•»:]|-|::)\s+/;

/** A page title without the site name ("Headline | Site" → "Headline"). */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title.trim();
  const site = siteName?.toLowerCase().replace(/\s+/g, '');
  const isSite = (p: string) => {
    const q = p.toLowerCase().replace(/\s+/g, '');
    return (site !== undefined && (q.includes(site) || site.includes(q))) || p.split(/\s+/).length <= 3;
  };
  let [first, last] = [0, parts.length - 1];
  while (last > first && isSite(parts[last])) last--;
  while (last > first && site !== undefined && isSite(parts[first]) && parts[first].toLowerCase().replace(/\s+/g, '').includes(site)) first++;
  // The kept parts as the title writes them, with their own separators ("A – B", not "A | B").
  const separators = [...title.matchAll(new RegExp(SEPARATOR.source, 'g'))];
  const start = first === 0 ? 0 : separators[first - 1].index + separators[first - 1][0].length;
  const end = last === parts.length - 1 ? title.length : separators[last].index;
  return title.slice(start, end).trim();
}

/** The site name a page title carries beside the headline ("Headline | ACME" → "ACME"), or null. */
export function titleSiteName(title: string, headline: string): string | null {
  const parts = title.split(SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return null;
  const key = headline.toLowerCase();
  const last = parts[parts.length - 1];
  const first = parts[0];
  const candidate = parts.slice(0, -1).join(' ').toLowerCase() === key || key.startsWith(first.toLowerCase()) ? last : parts.slice(1).join(' ').toLowerCase() === key ? first : null;
  if (!candidate || candidate.split(/\s+/).length > 5 || candidate.toLowerCase() === key) return null;
  return cleanPublisher(candidate);
}

/**
 * A site handle or slug as the page writes it elsewhere: the leading words of the title's site part
 * whose letters are the handle's ("@harbourcourier" and "… | HarbourCourier West" → "HarbourCourier"),
 * with a capital letter, so the written form is a name and not the slug again; else null.
 */
export function handleAsWritten(handle: string, docTitle: string | null, headline: string | null): string | null {
  const site = docTitle && headline ? titleSiteName(docTitle, headline) : null;
  if (!site) return null;
  const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const key = letters(handle);
  if (key.length < 2) return null;
  const words = site.split(/\s+/);
  for (let k = 1; k <= words.length; k++) {
    const prefix = words.slice(0, k).join(' ');
    if (letters(prefix) === key) return /\p{Lu}/u.test(prefix) ? prefix : null;
    if (letters(prefix).length > key.length) break;
  }
  return null;
}
