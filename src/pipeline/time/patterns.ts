// Expressions chrono does not read (or reads against the wrong reference):
// bare years, decades, holidays, and relative expressions, which are resolved
// later against the document's date or the story's previous date.
import type { Candidate, DateCandidate, EventOffsetCandidate, OffsetCandidate, Unit } from './candidate.js';
import { WordIndex } from './words.js';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, 'a couple of': 2,
};
const VAGUE = /^(?:a few|several|few|some|many|a number of)$/i;
const AMOUNT = String.raw`(a few|a couple of|a number of|several|few|some|many|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d{1,3})`;
const UNIT = String.raw`(day|week|month|year|decade)s?`;

function amountOf(word: string): number | null {
  if (VAGUE.test(word)) return null;
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w] ?? null;
}

const unitOf = (word: string): Unit => word.toLowerCase().replace(/s$/, '') as Unit;

// ---------- years and decades ----------

const YEAR = /(?<![\d,.$€£#№\/])\b((?:1[89]|20)\d\d)\b(?![\d%]|[,.]\d|\s*(?:percent|per cent)\b|[\/-]\d{1,2}(?!\d)|s\b|th\b)/g;
// Temporal words before a bare year ("in 2015", "fiscal 1987", "the end of 2016").
const YEAR_BEFORE = /(?:\b(?:in|since|by|until|till|from|through|throughout|during|before|after|between|circa|early|mid|late|year|years|fiscal|calendar|due|spring|summer|autumn|fall|winter|end|beginning|start|middle|half|quarter)[\s-]+|\b(?:of|for|the|its|their|his|her|this|that)\s+|\(\s*)$/i;
const YEAR_RANGE_BEFORE = /(?:^|[^\d])(?:1[89]|20)\d\d\s*(?:-|–|—|and|or|to|through)\s*$/i;
// After a year: punctuation, a possessive, or a lowercase word ("1986 profit", "in 2021 the Turks").
const YEAR_AFTER = /^(?:\s*(?:[,.;:!?)\]]|$)|['’]s\b|\s+[a-z]|\s*[-–—]\s*(?:1[89]|20)\d\d\b)/;
// "the 2000 people" is a count, not a year.
const COUNTED = /^\s+(?:people|persons|men|women|children|soldiers|troops|fighters|militants|residents|citizens|migrants|refugees|workers|employees|members|cases|deaths|victims|jobs|families|homes|houses|cars|vehicles|tons|tonnes|barrels|shares|dollars|dlrs|euros|rubles|roubles|pounds|stg|francs|marks|yen|km|kilometres|kilometers|miles|metres|meters|feet|hectares|acres|units|words|pages|times|rounds|points|calories|votes|seats|signatures|users|students|prisoners|detainees|bpd|mln|million|billion|gmt|utc|est|edt|hrs|hours|to \d)\b/i;
// Designators and quantity words: "Article 2015", "about 2000".
const NOT_A_YEAR_BEFORE = /(?:\b(?:no|nos|number|article|section|resolution|flight|route|page|model|room|unit|code|decree|order|law|item|paragraph|chapter|rule|bus|highway|platform|about|some|nearly|almost|around|approximately|roughly|least|only|just|total of|estimated|over|than)\.?|[$€£¥#])\s*$/i;

function yearCandidates(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 30);
    // "1980's" is a decade, the decade detector's business.
    if (/^['’]s\b/.test(after) && m[1].endsWith('0')) continue;
    if (NOT_A_YEAR_BEFORE.test(before) || COUNTED.test(after)) continue;
    if (!(YEAR_BEFORE.test(before) || YEAR_RANGE_BEFORE.test(before) || YEAR_AFTER.test(after))) continue;
    const q = /\b(?:early|mid|late)(?:[\s-]+)$/i.exec(before);
    out.push(date(q ? start - q[0].length : start, end, { y: Number(m[1]), m: null, d: null }));
  }
}

// Found from the digits (a qualifier before them is looked for only then: a leading optional group makes every position a start).
const DECADE = /\b((?:1[89]|20)\d0)['’]?s\b/g;
const DECADE_QUALIFIER = /\b(?:early|mid|late)[\s-]+$/i;

function decadeCandidates(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(DECADE)) {
    const y = Number(m[1]);
    const q = DECADE_QUALIFIER.exec(text.slice(Math.max(0, m.index - 8), m.index));
    out.push(date(m.index - (q ? q[0].length : 0), m.index + m[0].length, { y: null, m: null, d: null, decade: Math.floor(y / 10) }));
  }
}

// ---------- holidays with a fixed calendar date (Orthodox Christmas: 7 January) ----------

const HOLIDAY = /\b(?:new\s+year['’]?s\s+(eve|day)|(orthodox\s+)?christmas(?:\s+(eve|day))?)\b/gi;

function holidayCandidates(text: string, words: WordIndex, out: Candidate[]): void {
  if (words.has('christmas', 'new')) for (const hit of text.matchAll(HOLIDAY)) {
    const [m, d] = hit[1] ? (hit[1].toLowerCase() === 'eve' ? [12, 31] : [1, 1])
      : hit[2] ? [1, 7] : hit[3]?.toLowerCase() === 'eve' ? [12, 24] : [12, 25];
    let end = hit.index + hit[0].length;
    const year = /^,?\s+((?:1[89]|20)\d\d)\b/.exec(text.slice(end, end + 8));
    if (year) end += year[0].length;
    out.push(date(hit.index, end, { y: year ? Number(year[1]) : null, m, d }));
  }
}

// ---------- years said in words, as broadcast transcripts write them ----------

const TENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ONES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
// "nineteen ninety-six", "the year two thousand", "two thousand and one"
const SPOKEN_YEAR = /\b(?:the\s+year\s+)?(?:nineteen[\s-](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:\s+and\s+(one|two|three|four|five|six|seven|eight|nine))?)\b/gi;
// Said as a year only after a word that takes a time, or standing alone before punctuation.
const SPOKEN_YEAR_BEFORE = /\b(?:in|since|by|until|till|from|of|during|before|after|year|early|late|mid)\s+$/i;

function spokenYearCandidates(text: string, words: WordIndex, out: Candidate[]): void {
  if (!words.has('nineteen', 'thousand')) return;
  for (const m of text.matchAll(SPOKEN_YEAR)) {
    const named = /^the\s+year/i.test(m[0]);
    const end = m.index + m[0].length;
    if (!named && !SPOKEN_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) && !/^\s*[.,;:!?]/.test(text.slice(end, end + 2))) continue;
    const y = m[1] ? 1900 + TENS[m[1].toLowerCase()] + (m[2] ? ONES[m[2].toLowerCase()] : 0) : 2000 + (m[3] ? ONES[m[3].toLowerCase()] : 0);
    // "January nineteen ninety-seven"
    const month = named ? null : MONTH_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const start = month ? m.index - month[0].length : m.index;
    out.push(date(start, end, { y, m: month ? MONTHS.indexOf(month[1].toLowerCase()) + 1 : null, d: null }));
  }
}

// ---------- "last May": chrono reads a month after "last" only for some months ----------

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_BEFORE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+$/;
const MONTH_AFTER_MODIFIER = /\b(last|next|this|coming|past)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/gi;

function modifiedMonthCandidates(text: string, words: WordIndex, out: Candidate[]): void {
  if (!words.has('last', 'next', 'this', 'coming', 'past')) return;
  for (const m of text.matchAll(MONTH_AFTER_MODIFIER)) {
    // a month name is capitalised ("this may" is a verb)
    if (!/^[A-Z]/.test(m[2])) continue;
    const word = m[1].toLowerCase();
    const modifier = word === 'last' || word === 'past' ? 'last' : word === 'this' ? 'this' : 'next';
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, date: { y: null, m: MONTHS.indexOf(m[2].toLowerCase()) + 1, d: null }, modifier });
  }
}

// US Thanksgiving: its day follows from the year, once the year is known (./resolve.ts)
const THANKSGIVING = /\bThanksgiving(?:\s+Day)?\b/g;

function thanksgivingCandidates(text: string, words: WordIndex, out: Candidate[]): void {
  if (!words.has('thanksgiving')) return;
  for (const m of text.matchAll(THANKSGIVING)) out.push({ ...date(m.index, m.index + m[0].length, { y: null, m: 11, d: null }), holiday: 'thanksgiving' });
}

function date(start: number, end: number, d: DateCandidate['date']): DateCandidate {
  return { kind: 'date', start, end, date: d, modifier: null };
}

// ---------- relative expressions ----------

// Found from the unit and direction words; the amount before them is read only then.
const UNIT_THEN_DIRECTION = new RegExp(String.raw`\b${UNIT}\s+(later|earlier|afterwards?|ago|before|after|prior)\b`, 'gi');
const AMOUNT_BEFORE = new RegExp(String.raw`(?<![\d,.])\b${AMOUNT}\s+$`, 'i');
const DEICTIC = /\b(last|next|this|past|coming)\s+(week|month|year|decade)\b/gi;
const ANAPHORIC = /\b(?:the|that)\s+(?:very\s+)?(same|next|following|previous|preceding|prior)\s+(day|week|month|year|decade)\b|\b(?:later|earlier)\s+that\s+(day|week|month|year)\b/gi;
const DAY_WORDS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
const DAY_WORD = /\b(yesterday|today|tonight|tomorrow)\b/gi;
// What an "after"/"before" counts from: a noun phrase up to the clause end.
const EVENT_PHRASE = /^\s+([^\s,.;:!?()"“”][^,.;:!?()\n"“”]{2,90}?)(?=\s*[,.;:!?()\n"“”]|\s+(?:when|while|and then)\b|$)/;

// A pronoun starts an event clause only with its verb ("a year after he was arrested").
const NOT_AN_EVENT = /^(?:and|or|but|to|in|at|from|with|when|as|that|then)\b|^(?:it|he|she|they|we)\b(?!\s+(?:was|were|had|has|have|is|are|\w+ed)\b)/i;

function offsetCandidates(text: string, words: WordIndex, out: Candidate[]): void {
  if (words.has('later', 'earlier', 'afterward', 'afterwards', 'ago', 'before', 'after', 'prior')) for (const u of text.matchAll(UNIT_THEN_DIRECTION)) {
    const windowStart = Math.max(0, u.index - 16);
    const a = AMOUNT_BEFORE.exec(text.slice(windowStart, u.index));
    if (!a) continue;
    const start = windowStart + a.index;
    const end = u.index + u[0].length;
    const amount = amountOf(a[1]);
    const unit = unitOf(u[1]);
    const word = u[2].toLowerCase();
    if (word === 'ago') {
      out.push(offset(start, end, 'deictic', unit, amount === null ? null : -amount, false));
      continue;
    }
    const sign = /^(?:later|afterwards?|after)$/.test(word) ? 1 : -1;
    if (word === 'after' || word === 'before') {
      const phrase = EVENT_PHRASE.exec(text.slice(end, end + 120));
      if (phrase && !NOT_AN_EVENT.test(phrase[1])) {
        const pStart = end + phrase[0].indexOf(phrase[1]);
        const pEnd = pStart + phrase[1].length;
        const c: EventOffsetCandidate = {
          kind: 'event-offset', start, end: pEnd, unit, amount: amount === null ? null : sign * amount,
          relativeTo: phrase[1], phrase: { start: pStart, end: pEnd },
        };
        out.push(c);
        continue;
      }
    }
    out.push(offset(start, end, 'narrative', unit, amount === null ? null : sign * amount, false));
  }
  if (words.has('last', 'next', 'this', 'past', 'coming')) for (const m of text.matchAll(DEICTIC)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const word = m[1].toLowerCase();
    // "over the past year", "the last decade": durations, not dates; "the next year" is anaphoric.
    if (/\bthe\s+$/i.test(before) || word === 'past' || word === 'coming') continue;
    const amount = word === 'last' ? -1 : word === 'this' ? 0 : 1;
    out.push(offset(m.index, m.index + m[0].length, 'deictic', unitOf(m[2]), amount, true));
  }
  if (words.has('same', 'next', 'following', 'previous', 'preceding', 'prior', 'that')) for (const m of text.matchAll(ANAPHORIC)) {
    const word = (m[1] ?? 'same').toLowerCase();
    const unit = unitOf(m[2] ?? m[3]);
    const amount = word === 'same' ? 0 : /^(?:next|following)$/.test(word) ? 1 : -1;
    const start = m[3] ? m.index + m[0].toLowerCase().indexOf('that') : m.index;
    out.push(offset(start, m.index + m[0].length, 'narrative', unit, amount, true));
  }
  if (words.has('yesterday', 'today', 'tonight', 'tomorrow')) for (const m of text.matchAll(DAY_WORD)) {
    // "USA Today": part of a name.
    if (/^[A-Z]/.test(m[0]) && /\b[A-Z][\w&.'’-]*[ \t]+$/.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push(offset(m.index, m.index + m[0].length, 'deictic', 'day', DAY_WORDS[m[1].toLowerCase()], false));
  }
}

function offset(start: number, end: number, base: OffsetCandidate['base'], unit: Unit, amount: number | null, calendar: boolean): OffsetCandidate {
  return { kind: 'offset', start, end, base, unit, amount, calendar };
}

/** Every year, decade, holiday and relative expression in the text. */
export function patternCandidates(text: string, words: WordIndex = new WordIndex(text)): Candidate[] {
  const out: Candidate[] = [];
  yearCandidates(text, out);
  decadeCandidates(text, out);
  holidayCandidates(text, words, out);
  modifiedMonthCandidates(text, words, out);
  spokenYearCandidates(text, words, out);
  thanksgivingCandidates(text, words, out);
  offsetCandidates(text, words, out);
  return out;
}
