// How things are keyed until cross-document resolution exists: an entity is (normalised text, type),
// a claim is the normalised "what" of a figure. Swap these for resolved ids later; nothing else
// in the server or UI depends on how a key is built, only that it is a stable string.

/** Lowercase, accents and possessives stripped, punctuation collapsed: "the U.S.'s" → "u s". */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Entity key "TYPE:normalised name", e.g. "PER:john smith". */
export function entityKey(text: string, type: string): string {
  return `${type}:${normaliseName(text)}`;
}

export function parseEntityKey(key: string): { type: string; name: string } | null {
  const m = /^([A-Z]+):(.+)$/.exec(key);
  return m ? { type: m[1], name: m[2] } : null;
}

/** Place key: the gazetteer ref when there is one, else name and rounded coordinates. */
export function placeKey(place: { ref?: string; name: string; lat: number; lon: number }): string {
  return place.ref || `${normaliseName(place.name)}@${place.lat.toFixed(2)},${place.lon.toFixed(2)}`;
}

const CLAIM_STOPWORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'by', 'for', 'to', 'from', 'and', 'or', 'who', 'which', 'that',
  'were', 'was', 'been', 'have', 'has', 'had', 'are', 'is', 'be', 'some', 'more', 'than', 'about', 'around',
]);

/** Claim key: content words of the counted phrase, crudely singularised and sorted, so
 *  "people detained" and "the detained people" group together. */
export function claimKey(what: string): string {
  const words = normaliseName(what)
    .split(' ')
    .filter((w) => w && !CLAIM_STOPWORDS.has(w))
    .map(singular);
  return [...new Set(words)].sort().join(' ');
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}
