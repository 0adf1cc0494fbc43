// The language of a clean text, cheaply: the script most of its letters are written in, and for Latin
// script the share of each language's commonest function words. Only English is analysed (the models,
// word lists and date parser are English); a text that is clearly in another language is stored and
// searchable but not analysed, and says so. A short, mixed or unclear Latin-script text is "und" and
// analysed as English: it is not evidence of another language. A Latin-script language without a list
// here (Polish, Turkish, Swedish …) is "und" too and goes through the English analysis, which finds
// little in it (few English function words is no test: English earnings tables have none either).
// A text mostly in another script is not analysed, even where the script leaves its language
// unknown ("und": Devanagari, Cyrillic without a letter that tells).
import { languageName } from '../../language-name.js';

/** Scripts that name their language on their own; Cyrillic and Arabic need a letter that tells. */
const SCRIPTS: Array<{ re: RegExp; language: (text: string) => string }> = [
  { re: /\p{Script=Cyrillic}/gu, language: (t) => (/[іїєґ]/iu.test(t) ? 'uk' : /[ыэ]/iu.test(t) ? 'ru' : 'und') },
  { re: /\p{Script=Greek}/gu, language: () => 'el' },
  { re: /\p{Script=Arabic}/gu, language: (t) => (/[پچژگںے]/u.test(t) ? 'und' : 'ar') },
  { re: /\p{Script=Hebrew}/gu, language: () => 'he' },
  { re: /\p{Script=Hangul}/gu, language: () => 'ko' },
  // Japanese writes its nouns and verb stems in kanji, which outnumber the kana in news prose: the
  // two are counted together, and kana (which Chinese does not use) in any clear share mean Japanese.
  { re: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, language: (t) => (kanaShare(t) >= MIN_KANA_SHARE ? 'ja' : 'zh') },
  { re: /\p{Script=Thai}/gu, language: () => 'th' },
  { re: /\p{Script=Georgian}/gu, language: () => 'ka' },
  { re: /\p{Script=Armenian}/gu, language: () => 'hy' },
  { re: /\p{Script=Devanagari}/gu, language: () => 'und' },
];

// Each language's commonest short function words (articles, prepositions, conjunctions, auxiliaries).
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'from', 'his', 'it', 'said', 'are', 'were', 'has', 'have', 'be', 'this', 'which', 'an', 'not', 'but', 'who', 'their'],
  fr: ['de', 'le', 'la', 'les', 'des', 'du', 'un', 'en', 'à', 'ne', 'se', 'et', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'sur', 'au', 'aux', 'par', 'pas', 'avec', 'ce', 'il', 'elle', 'sont', 'ont', 'été', 'cette', 'mais', 'selon'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'ein', 'eine', 'einen', 'sich', 'auf', 'für', 'im', 'zu', 'auch', 'es', 'wurde', 'sind', 'bei', 'nach', 'wie', 'aus', 'werden', 'hat'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'que', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'se', 'al', 'su', 'lo', 'como', 'más', 'fue'],
  it: ['il', 'la', 'di', 'che', 'e', 'è', 'un', 'una', 'per', 'del', 'della', 'non', 'con', 'sono', 'le', 'gli', 'nel', 'alla', 'si', 'ha', 'anche'],
  pt: ['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'e', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'no', 'na', 'foi'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'die', 'aan', 'er', 'ook', 'als', 'bij', 'door', 'werd'],
};
/** Each function word and the languages it belongs to. */
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
/** A common short function word of one of the languages above ("the", "said", "de", "und"), written lower-case. */
export function isFunctionWord(word: string): boolean {
  return LOOKUP.has(word);
}
/** The opening of a text says its language as well as the whole does, at a fraction of the cost. */
const SAMPLE = 6000;

/** Letters needed before the script decides; words needed before the function words do. */
const MIN_LETTERS = 40;
const MIN_WORDS = 12;
/** Another language needs this share of the words as its function words, and more than twice English's. */
const MIN_SHARE = 0.15;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/**
 * Kana among the Han and kana letters of a Japanese text: a third or more in news prose, never under a
 * tenth; a Chinese text has none but the odd borrowed の in a shop name.
 */
const MIN_KANA_SHARE = 0.1;
function kanaShare(text: string): number {
  const kana = count(text, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  return kana / Math.max(1, kana + count(text, /\p{Script=Han}/gu));
}

export interface LanguageOf {
  /** ISO 639-1 code where the evidence is clear, 'und' otherwise. */
  language: string;
  /** Why the English-only analysis does not run on this text; null when it does. */
  notAnalysed: string | null;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The letters of a text, and its characters of Latin script, as count() with /\p{L}/gu and
 * /\p{Script=Latin}/gu gives them, in one pass that builds no array of matches: an ASCII character
 * is both just when it is A–Z or a–z (digits and marks are of no script), another is asked of the
 * two patterns, one code point at a time.
 */
function lettersAndLatin(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const ascii = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
      letters += ascii;
      latin += ascii;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    const ch = String.fromCodePoint(point);
    if (LETTER.test(ch)) letters++;
    if (LATIN.test(ch)) latin++;
  }
  return { letters, latin };
}

export function languageOf(text: string): LanguageOf {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const { letters, latin } = lettersAndLatin(sample);
  if (letters < MIN_LETTERS) return { language: 'und', notAnalysed: null };
  // most letters in another script: not English whatever that script's language is
  if (latin < letters / 2) return notEnglish(byScript(sample, letters));
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return { language: 'und', notAnalysed: null };
  const hits = new Map<string, number>();
  for (const w of words) for (const lang of LOOKUP.get(w) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  const en = hits.get('en') ?? 0;
  const [other, n] = [...hits].filter(([l]) => l !== 'en').sort((a, b) => b[1] - a[1])[0] ?? ['und', 0];
  if (n >= MIN_SHARE * words.length && n > 2 * en) return notEnglish(other);
  return { language: en > 0 && en >= n ? 'en' : 'und', notAnalysed: null };
}

function byScript(sample: string, letters: number): string {
  let best: { n: number; language: string } | null = null;
  for (const s of SCRIPTS) {
    const n = count(sample, s.re);
    if (!best || n > best.n) best = { n, language: s.language(sample) };
  }
  return best && best.n >= letters / 2 ? best.language : 'und';
}

function notEnglish(language: string): LanguageOf {
  const named = language === 'und' ? 'not English' : `${languageName(language)}, not English`;
  return { language, notAnalysed: `${named}: text stored and searchable; entities, dates, events, figures and quotes not extracted (the analysis reads English only)` };
}
