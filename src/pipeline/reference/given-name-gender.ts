// The gender news uses a given name for (models/given-name-genders.tsv, learned by `chronicle
// train given-name-genders` from unlabelled news): evidence for a person the article itself gives
// no gender, so "she" is not given to "Tom Hale" for want of a title.
import { existsSync, readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import { shippedGivenNameForms } from '../entities/given-name-forms.js';
import { nameKey } from '../entities/names.js';

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

/** A table of the project's, read on first use (empty without the file). */
function tableReadOnce(...parts: string[]): () => Map<string, NameGender> {
  let table: Map<string, NameGender> | undefined;
  return () => {
    if (!table) {
      const file = projectPath(...parts);
      table = existsSync(file) ? parseGivenNameGenders(readFileSync(file, 'utf8')) : new Map();
    }
    return table;
  };
}

/** The learned table. */
const shippedGenders = tableReadOnce('models', 'given-name-genders.tsv');

/** The gender the shipped table gives a given name as written ("Tom"), if any. */
export function givenNameGender(name: string): NameGender | undefined {
  return shippedGenders().get(name);
}

let byKey: Map<string, NameGender | null> | undefined;

/** The table's genders by name key (null where names of one key disagree). */
function gendersByKey(): Map<string, NameGender | null> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const [name, g] of shippedGenders()) {
    const key = nameKey(name);
    const had = byKey.get(key);
    byKey.set(key, had === undefined || had === g ? g : null);
  }
  return byKey;
}

/** The birth-record table. */
const recordedGenders = tableReadOnce('data', 'given-names-us.tsv');

/** The sex birth records give a first name nearly always ("Joan"), written with one capital as the table has it. */
function recordedGivenNameGender(name: string): NameGender | undefined {
  if (!/^\p{L}+$/u.test(name)) return undefined;
  return recordedGenders().get(name.charAt(0).toUpperCase() + name.slice(1).toLowerCase());
}

/**
 * The gender of a given name, or of the full names a familiar form of it stands for when the table
 * lacks the form ("Billy" as "William"): news writes many a familiar form too seldom for the table's
 * counts; none where those full names disagree ("Pat": Patricia, Patrick). Last, the birth records:
 * the learned table holds only the few hundred names its news wrote often enough beside a he or a
 * she, and common names it missed ("Joan", "Catherine") left a pronoun free to go to anyone.
 */
export function givenNameGenderWithForms(name: string): NameGender | undefined {
  const own = givenNameGender(name);
  if (own) return own;
  const fulls = shippedGivenNameForms().get(nameKey(name));
  if (fulls) {
    const genders = new Set([...fulls].map((full) => gendersByKey().get(full) ?? recordedGivenNameGender(full)));
    const [g] = genders;
    if (genders.size > 1) return undefined;
    if (g) return g;
  }
  return recordedGivenNameGender(name);
}
