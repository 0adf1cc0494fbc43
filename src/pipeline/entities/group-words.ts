// Faiths and peoples (data/group-words.txt), read once: the tagger rightly calls them MISC, and no
// form of one is a person's lone first or last name. Plurals (and one-form words, "Druze") are never
// one person, whatever type the tagger gave them.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';

export interface GroupWords {
  /** Every form, singular and plural. */
  all: ReadonlySet<string>;
  /** The forms that name many people: plurals, and words with one form for both numbers. */
  plural: ReadonlySet<string>;
}

let shipped: GroupWords | undefined;

export function parseGroupWords(source: string): GroupWords {
  const all = new Set<string>();
  const plural = new Set<string>();
  for (const line of source.split('\n')) {
    const forms = line.trim().split(/\s+/u);
    if (!forms[0] || forms[0].startsWith('#')) continue;
    for (const f of forms) all.add(f);
    for (const f of forms.length === 1 ? forms : forms.slice(1)) plural.add(f);
  }
  return { all, plural };
}

export function shippedGroupWords(): GroupWords {
  shipped ??= parseGroupWords(readFileSync(projectPath('data', 'group-words.txt'), 'utf8'));
  return shipped;
}
