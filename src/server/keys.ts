// Fallback keys for data stored without entity resolution (an entity is then its normalised text and
// type) and place keys. Resolved entity ids and claim groups come from src/corpus.

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
