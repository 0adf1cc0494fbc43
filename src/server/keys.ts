// Entity and place keys (shared with the store's summaries, which group by them).
export { entityKey, mentionKey, normaliseName, placeKey } from '../store/keys.js';

export function parseEntityKey(key: string): { type: string; name: string } | null {
  const m = /^([A-Z]+):(.+)$/.exec(key);
  return m ? { type: m[1], name: m[2] } : null;
}
