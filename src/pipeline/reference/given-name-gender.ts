// The gender news uses a given name for (models/given-name-genders.tsv, learned by `chronicle
// train given-name-genders` from unlabelled news): evidence for a person the article itself gives
// no gender, so "she" is not given to "Tom Hale" for want of a title.
import { existsSync, readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';

export type NameGender = 'm' | 'f';

/** Reads the table's lines (name, gender, counts; '#' comments). */
export function parseGivenNameGenders(text: string): Map<string, NameGender> {
  const out = new Map<string, NameGender>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name, g] = line.split('\t');
    if (g === 'm' || g === 'f') out.set(name, g);
  }
  return out;
}

let shipped: Map<string, NameGender> | undefined;

/** The gender the shipped table gives a given name as written ("Tom"), if any. */
export function givenNameGender(name: string): NameGender | undefined {
  if (!shipped) {
    const file = projectPath('models', 'given-name-genders.tsv');
    shipped = existsSync(file) ? parseGivenNameGenders(readFileSync(file, 'utf8')) : new Map();
  }
  return shipped.get(name);
}
