// Name keys for the gazetteer: one spelling per place regardless of case, diacritics,
// apostrophes in transliterations (Nal’chik/Nalchik) or "St."/"Saint".

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL: Record<string, string> = {
  ı: 'i', ł: 'l', đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ħ: 'h', ŀ: 'l',
};

/** nameKey's answers: a thread asks for the same names in every article and several times in one. */
const keys = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

/** Exact key: lower case ASCII words separated by single spaces. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = computeNameKey(name);
    if (keys.size >= KEY_CACHE_LIMIT) keys.clear();
    keys.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  let s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  s = s.replace(/[ıłđðøæœßþħŀ]/g, (c) => SPECIAL[c] ?? c);
  // Apostrophes and soft signs inside transliterations vanish; other punctuation separates words.
  s = s.replace(/[’'ʼʹ`´‘]/g, '');
  s = s.replace(/[^a-z0-9]+/g, ' ').trim();
  s = s.replace(/^(st|ste) (?=\S)/, (m) => (m.startsWith('ste') ? 'sainte ' : 'saint '));
  s = s.replace(/ (st|ste) (?=\S)/g, (m) => (m.includes('ste') ? ' sainte ' : ' saint '));
  return s;
}

/**
 * Looser key for transliteration variants (Groznyy/Grozny, Ekaterinburg/Yekaterinburg,
 * Kabardino-Balkariya/Kabardino-Balkaria). Only consulted when the exact key finds nothing.
 */
export function looseKey(key: string): string {
  return key
    .replace(/\b(ye|ie)/g, 'e')
    .replace(/([kg])h/g, '$1')
    .replace(/(iy|yy|ii|ij|iya|ija)\b/g, (m) => (m.length === 3 ? 'ia' : 'y'))
    .replace(/iya/g, 'ia')
    .replace(/j/g, 'y')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/ /g, '');
}
