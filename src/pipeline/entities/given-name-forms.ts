// Familiar forms of given names (data/given-name-forms.txt): "Bill" is a form of "William", and
// "Jim" and "Jimmy" are forms of one name. Data, so a user can read and extend the list.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import { nameKey } from './names.js';

/** Name key of a given name → keys of the full names it is (a full name is its own). */
export type GivenNameForms = ReadonlyMap<string, ReadonlySet<string>>;

export function parseGivenNameForms(text: string): GivenNameForms {
  const out = new Map<string, Set<string>>();
  const add = (form: string, full: string) => out.set(form, (out.get(form) ?? new Set<string>()).add(full));
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || !line.includes(':')) continue;
    const [head, tail] = line.split(':');
    const fulls = head.split('/').map((s) => nameKey(s.trim())).filter(Boolean);
    const root = fulls[0];
    for (const f of fulls) add(f, root);
    for (const form of tail.trim().split(/\s+/u).filter(Boolean)) add(nameKey(form), root);
  }
  return out;
}

let shipped: GivenNameForms | undefined;

export function shippedGivenNameForms(): GivenNameForms {
  shipped ??= parseGivenNameForms(readFileSync(projectPath('data', 'given-name-forms.txt'), 'utf8'));
  return shipped;
}

/** Whether two different given names (name keys) are forms of one listed name ("bill", "william"; "jim", "jimy"). */
export function sameGivenName(a: string, b: string, forms: GivenNameForms = shippedGivenNameForms()): boolean {
  if (a === b) return false;
  const fa = forms.get(a);
  const fb = forms.get(b);
  if (!fa || !fb) return false;
  for (const f of fa) if (fb.has(f)) return true;
  return false;
}

/** Whether a given name (name key) is a listed full name, not only a familiar form ("william", not "bill"). */
export function isFullGivenName(key: string, forms: GivenNameForms = shippedGivenNameForms()): boolean {
  return forms.get(key)?.has(key) === true;
}

/** The fewest letters a clipped given name keeps: "Wlad", "Alex"; "Al" and "Ed" are too short to tell. */
const MIN_CLIPPED = 4;

/**
 * Whether a lone first name is another given name cut short ("Wlad" of "Wladimir", "Alex" of
 * "Alexandros"): its opening letters, at least four, and not a given name of its own ("Paul" is no
 * "Paula", "Carl" no "Carlos"): `ownGivenName` knows it as one, unless the list has it only as a
 * familiar form ("Alex"). Both lower-case words as nameTokens gives them.
 */
export function clipsGivenName(short: string, full: string, ownGivenName: (word: string) => boolean, forms: GivenNameForms = shippedGivenNameForms()): boolean {
  if (short.length < MIN_CLIPPED || full.length <= short.length || !full.startsWith(short)) return false;
  const key = nameKey(short);
  const familiarOnly = forms.has(key) && !isFullGivenName(key, forms);
  return familiarOnly || !ownGivenName(short);
}
