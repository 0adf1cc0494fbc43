// Name keys: two spellings of one name get one key (diacritics, case, transliteration
// variants such as Sergey/Sergei or Dzhabarov/Jabarov, possessives, leading "the").

const STOPWORDS = new Set(['of', 'the', 'for', 'and', 'in', 'on', 'at', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'to', 'a', 'an']);

export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** nameTokens' answers (callers get a copy: some edit the list they are given). */
const nameTokenCache = new Map<string, readonly string[]>();
const NAME_TOKEN_CACHE_LIMIT = 50_000;

/** Lower-case word tokens of a name without diacritics, punctuation, possessives or a leading "the". */
export function nameTokens(name: string): string[] {
  let words = nameTokenCache.get(name);
  if (words === undefined) {
    words = computeNameTokens(name);
    if (nameTokenCache.size >= NAME_TOKEN_CACHE_LIMIT) nameTokenCache.clear();
    nameTokenCache.set(name, words);
  }
  return words.slice();
}

function computeNameTokens(name: string): string[] {
  const words = stripDiacritics(name)
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words[0] === 'the') words.shift();
  return words;
}

/** Collapses common romanisation differences of Cyrillic and Turkic names. */
export function transliterationKey(word: string): string {
  return word
    .replace(/dzh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ks/g, 'x')
    .replace(/yu/g, 'iu')
    .replace(/ya/g, 'ia')
    .replace(/(?:iy|ii|yi|ij|ei|ey|y|i)$/, 'y')
    .replace(/(.)\1+/g, '$1');
}

/** nameKey's answers: the same names recur in every article, and resolution asks for each several times. */
const nameKeys = new Map<string, string>();
const NAME_KEY_CACHE_LIMIT = 50_000;

/** The key two mentions of one name share. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = nameTokens(name).map(transliterationKey).join(' ');
    if (nameKeys.size >= NAME_KEY_CACHE_LIMIT) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

/** Order-free key, for place and facility names written in either order ("Ataturk Airport" / "airport. Ataturk"). */
export function tokenSetKey(name: string): string {
  return nameTokens(name).map(transliterationKey).sort().join(' ');
}

/** Initials of a multi-word name, skipping function words: "Shanghai Cooperation Organization" → "sco". */
export function acronymOf(name: string): string | null {
  const words = nameTokens(withAmpersands(name)).filter((w) => !STOPWORDS.has(w));
  if (words.length < 2) return null;
  return words.map((w) => w[0]).join('');
}

/**
 * The acronym of a name that holds an acronym of its own, spelling out its letters: "US Geological
 * Survey" is "USGS" (acronymOf reads it "UGS"); null when the name has no such word.
 */
export function acronymWithInnerAcronyms(name: string): string | null {
  const words = withAmpersands(name).split(/\s+/u).filter((w) => w && !STOPWORDS.has(w.toLowerCase()));
  if (words.length < 2 || !words.some((w) => looksLikeAcronym(w))) return null;
  return words.map((w) => (looksLikeAcronym(w) ? acronymLetters(w) : w[0])).join('').toLowerCase();
}

/** An all-capitals short token that reads as an acronym ("SCO", "U.N.", "ISIL"). */
export function looksLikeAcronym(text: string): boolean {
  return /^[\p{Lu}]{2,6}$/u.test(acronymLetters(text));
}

/** The letters of an acronym: without its dots and an ampersand between initials ("U.N.", "S&P", "AT&T"). */
export function acronymLetters(text: string): string {
  return withAmpersands(text).replace(/\./g, '').replace(/(?<=\p{Lu})&(?=\p{Lu})/gu, '');
}

/**
 * The TimeML corpora lost the "&" and ";" of "&amp;", writing "Standard amp Poor's" and "SampP": the
 * word "amp" between capitalised words, or between two capitals, is that ampersand.
 */
export function withAmpersands(text: string): string {
  // asked of every name, almost none of which holds the word: both patterns need it
  if (!text.includes('amp')) return text;
  return text.replace(/(?<=\p{Lu}\p{L}*\.?) amp (?=\p{Lu})/gu, ' & ').replace(/(?<=\b\p{Lu}{1,3})amp(?=\p{Lu}{1,3}\b)/gu, '&');
}

/** The endings of a written name that start after a space: "James Van Der Beek" → "Van Der Beek", "Der Beek", "Beek". */
export function tailsAfterSpaces(name: string): string[] {
  const out: string[] = [];
  for (const m of name.matchAll(/\s+(?=\S)/gu)) out.push(name.slice(m.index + m[0].length));
  return out;
}

/** Words after a company's short name that do not change which company it is ("Ford Motor Co"). */
const DESIGNATOR = /^(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|group|holdings|ag|sa|nv|llc|spa)$/;

/** Whether a word is a company designator ("Co", "Inc", "Ltd"): it ends a company's name, never starts one. */
export function isCompanyDesignator(word: string): boolean {
  return DESIGNATOR.test(word.toLowerCase());
}

/** "Jr.", "Sr." and "II"–"IV" tell a father from his son; they are no surname. */
const GENERATION = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
export const isGeneration = (token: string): boolean => GENERATION.has(token.replace(/\.$/, '').toLowerCase());

/** The last name token before a generation suffix ("Walter Briggs Jr." → "Briggs"). */
export function surnameOf(tokens: string[]): string {
  return tokens.length > 1 && isGeneration(tokens.at(-1)!) ? tokens.at(-2)! : tokens.at(-1)!;
}
