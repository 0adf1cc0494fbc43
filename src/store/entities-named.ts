// Which stored entities a name a person types means: the speaker filter of `chronicle quotes
// --speaker` and of GET /api/quotes?speaker= (one rule, so the command and the API find the same quotes).
import type { Store } from './interface.js';
import { normaliseName } from './keys.js';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'lord', 'lady']);

/** Entity keys whose name or an alias is NAME, or whose name contains all of NAME's words (titles aside). */
export async function entitiesNamed(store: Store, name: string): Promise<string[]> {
  const wanted = normaliseName(name);
  const words = wanted.split(' ').filter((w) => !HONORIFICS.has(w));
  if (!words.length) return [];
  const candidates = await store.queryEntities({ contains: words[words.length - 1], limit: 200 });
  const keys: string[] = [];
  for (const e of candidates.items) {
    const nameWords = new Set(normaliseName(e.name).split(' '));
    if (normaliseName(e.name) === wanted || words.every((w) => nameWords.has(w))) {
      keys.push(e.key);
      continue;
    }
    const aliases = await store.entityAliases(e.key);
    if (aliases.some((a) => normaliseName(a.text) === wanted)) keys.push(e.key);
  }
  return keys;
}
