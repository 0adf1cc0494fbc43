// Which stored entities a name a person types means: the speaker filter of `chronicle quotes
// --speaker` and of GET /api/quotes?speaker= (one rule, so the command and the API find the same quotes).
import type { Store } from './interface.js';
import { normaliseName } from './keys.js';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'lord', 'lady']);

/**
 * Entity keys whose name has every one of NAME's words as a whole word (titles aside: "Li" and "Mr Li"
 * find "Li Peng", not "Alice"), or one of whose surface forms is NAME. Both are found by the store
 * over all entities, uncapped: a cut list of candidates hid a name behind others containing its letters.
 */
export async function entitiesNamed(store: Store, name: string): Promise<string[]> {
  const wanted = normaliseName(name);
  const words = wanted.split(' ').filter((w) => !HONORIFICS.has(w));
  if (!words.length) return [];
  // an alias normalising to NAME contains its longest word (A–Z lowered); checked exactly here
  const longest = wanted.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
  const [named, aliases] = await Promise.all([store.queryEntities({ words }), store.aliasesContaining(longest)]);
  const keys = new Set(named.items.map((e) => e.key));
  for (const a of aliases) if (normaliseName(a.text) === wanted) keys.add(a.key);
  return [...keys];
}
