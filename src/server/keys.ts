// Entity and place keys (shared with the store's summaries, which group by them).
export { entityKey, mentionKey, normaliseName, placeKey } from '../store/keys.js';

export function parseEntityKey(key: string): { type: string; name: string } | null {
  const m = /^([A-Z]+):(.+)$/.exec(key);
  return m ? { type: m[1], name: m[2] } : null;
}

/** A quote's key: its document and its span there ("DOCID:START-END"), stable while the document is stored. */
export function quoteKey(q: { docId: string; start: number; end: number }): string {
  return `${q.docId}:${q.start}-${q.end}`;
}

export function parseQuoteKey(key: string): { docId: string; start: number; end: number } | null {
  const m = /^(.+):(\d{1,9})-(\d{1,9})$/.exec(key);
  return m ? { docId: m[1], start: Number(m[2]), end: Number(m[3]) } : null;
}
