// "owned by Toronto's Thomson family", "the Bancroft family": one capitalised word right before
// "family" or "clan" is the family's name, a person's surname (PER, as CoNLL annotates "the Kennedy
// family"), whatever the tagger said. A people or faith ("a Mexican family", "a Muslim family"), a
// place (its families) and "family of …" (a product line) are left alone.
import type { Mention } from '../../types.js';
import { gazetteer } from '../places/gazetteer.js';
import { nameKey } from '../places/normalize.js';
import { shippedGroupWords } from './group-words.js';

const FAMILY_AFTER = /^[ \t]+(?:family|families|clan)(?![\p{L}\p{N}])(?![ \t]+of\b)/u;

export function typeFamilyNames(text: string, mentions: Mention[]): Mention[] {
  const groups = shippedGroupWords().all;
  let out: Mention[] | undefined;
  mentions.forEach((m, i) => {
    if ((m.type !== 'MISC' && m.type !== 'ORG') || m.title || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) return;
    if (!FAMILY_AFTER.test(text.slice(m.end, m.end + 24)) || groups.has(m.text) || gazetteer().demonym(nameKey(m.text)) !== undefined) return;
    out ??= [...mentions];
    out[i] = { ...m, type: 'PER' };
  });
  return out ?? mentions;
}
