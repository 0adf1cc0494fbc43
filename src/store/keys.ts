// Keys the store's summaries are grouped by: entity keys (a resolved entity id, or normalised text
// and type for data stored without resolution) and place keys. The server uses the same functions.

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

/** Place key: the gazetteer ref when there is one, else name and rounded coordinates. */
export function placeKey(place: { ref?: string; name: string; lat: number; lon: number }): string {
  return place.ref || `${normaliseName(place.name)}@${place.lat.toFixed(2)},${place.lon.toFixed(2)}`;
}

/** The entity key of a stored mention: its resolved id, else its text and type; null for empty names. */
export function mentionKey(m: { text: string; label: string; data: Record<string, unknown> }): string | null {
  const key = typeof m.data.entityId === 'string' ? m.data.entityId : entityKey(m.text, m.label);
  return key.endsWith(':') ? null : key;
}
