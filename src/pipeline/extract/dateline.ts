// A dateline opens a news story: "MOSCOW, October 21. …", "ANKARA, March 3 (Reuters) - …",
// "WASHINGTON (AP) — …", "Kyiv, 5 May 2022 – …", and the AP wire's ASCII dash: "NEWARK, N.J. _ …", "MOSCOW (AP)_ …".
import type { Dateline } from '../../types.js';
import { parseMetaDate, parseMonthDay } from './explicit-dates.js';

// A hyphen may stand inside a caps word ("WILKES-BARRE") but not also between words: a pattern that lets
// '-' be both backtracks polynomially on long hyphenated caps text.
const PLACE_CAPS = "[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}";
const PLACE_TITLE = "[A-Z][a-z.'’-]+(?:[ -][A-Z][a-z.'’-]+){0,2}";
// Month names as datelines write them: "October", "Oct.", "OCTOBER" (the pattern is case-sensitive so
// that a caps place really is caps).
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const MONTH_PATTERN = `(?:${MONTH_NAMES.flatMap((n) => [`${cap(n.slice(0, 3))}(?:${n.slice(3)})?`, `${n.slice(0, 3).toUpperCase()}(?:${n.slice(3).toUpperCase()})?`]).join('|')}|Sept|SEPT)\\.?`;
const DATE = `(?:${MONTH_PATTERN}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_PATTERN})(?:,?\\s+(?:19|20)\\d{2})?`;
// The country, region or state after the city: "GOMA, Democratic Republic of Congo —", "SPRINGFIELD, Ill. —", "LAGOS, NIGERIA —".
const REGION = "(?:[A-Z][\\p{L}.'’-]*(?:\\s+(?:of|the|and|[A-Z][\\p{L}.'’-]*)){0,4})";
// a space may stand inside the brackets in wire copy ("HAVANA (AP ) --")
const AGENCY = '\\( ?(?:[A-Z][A-Za-z&.]*(?:[ /][A-Z][A-Za-z&.]*){0,3}) ?\\)';

// Caps place with an optional region, date and agency, or a title-case place that must carry a date.
const DATELINE_RE = new RegExp(
  `^(?:(${PLACE_CAPS})(?:\\s*/[^,]{1,30})?(?:,\\s*${REGION}(?=\\s*(?:[-–—(,]|_(?:\\s|$))))?(?:,\\s*(${DATE}))?|(${PLACE_TITLE})(?:,\\s*${REGION})?,\\s*(${DATE}))\\.?\\s*(${AGENCY})?\\s*(?:[-–—:.]+|(?<=[\\s)])_+(?=\\s|$)|(?=[A-Z]))\\s*`,
  'u',
);

export interface FoundDateline extends Dateline {
  agency?: string;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

/** The dateline at the start of a paragraph, or null. `offset` is the paragraph's position in Doc.text. */
export function findDateline(paragraph: string, offset: number): FoundDateline | null {
  const head = paragraph.slice(0, 160);
  const m = DATELINE_RE.exec(head);
  if (!m) return null;
  const capsPlace = m[1];
  if (capsPlace && !m[2] && !m[5]) {
    // A bare caps word followed by a dash: still a dateline ("WASHINGTON —"), but not "BREAKING:"-style labels.
    if (!/[-–—_]\s*$/.test(m[0]) || /^(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|OPINION|ANALYSIS|EDITORIAL|NOTE|NOTES|CORRECTION|REFILE|UPDATE \d+|FACTBOX|EXPLAINER)$/.test(capsPlace)) return null;
  }
  const placeRaw = (capsPlace ?? m[3]).trim();
  if (placeRaw.length < 3) return null;
  const dateText = m[2] ?? m[4];
  const text = m[0].trim().replace(/\s*[-–—:_]+$/, '').trim();
  const dateline: FoundDateline = { place: titleCase(placeRaw), text, span: { start: offset, end: offset + text.length } };
  if (dateText) {
    const full = /\d{4}/.test(dateText) ? parseMetaDate(dateText) : null;
    const date = full?.precision === 'day' ? full.iso : parseMonthDay(dateText);
    if (date) dateline.date = date;
  }
  if (m[5]) dateline.agency = m[5].slice(1, -1).trim();
  return dateline;
}

const REGION_PART = "[A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){0,2}";
/** A title-case place and its region before a dash or colon, no date: "Dekalb, Ill. — ", "Springfield, NY – ", "Lyon, France: ". */
const PLACE_REGION_RE = new RegExp(`^(${PLACE_TITLE}),\\s*(${REGION_PART})(?:,\\s*(${REGION_PART}))?\\s*(?:[-–—]+|:)\\s+(?=\\p{Lu})`, 'u');
/** A caps place and its region standing alone on a line: "LYON, FRANCE" (tried on short lines only). */
const LONE_PLACE_REGION_RE = new RegExp(`^(${PLACE_CAPS}),\\s*(${PLACE_CAPS})$`, 'u');
/** A region written short: "Ill.", "Calif.", "NY". */
/** Longest line read as a caps place and region alone. */
const LONE_LINE_MAX = 60;

/**
 * A dateline without a date or agency in the two shapes the wire's caps form does not cover: a
 * title-case place and its region before a dash or colon, and a caps place and region alone on their
 * line. The caller decides whether the place lies in the region (`inRegion`, with the outer region when
 * two are given: "Washington, DC, United States"), so a sentence opening with a name and an aside
 * ("Smith, Jones — The …", "Houston, Jr. — The son …") is none.
 */
export function findPlaceRegionDateline(paragraph: string, offset: number, inRegion: (place: string, region: string, outer?: string) => boolean): FoundDateline | null {
  const line = paragraph.trim();
  const m = PLACE_REGION_RE.exec(line.slice(0, 160)) ?? (line.length <= LONE_LINE_MAX ? LONE_PLACE_REGION_RE.exec(line) : null);
  if (!m || !inRegion(m[1], m[2], m[3])) return null;
  const lead = paragraph.length - paragraph.trimStart().length;
  const text = m[0].trim().replace(/\s*[-–—:]+$/, '').trim();
  return { place: titleCase(m[1]), text, span: { start: offset + lead, end: offset + lead + text.length } };
}
