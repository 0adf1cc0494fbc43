// An Arabic surname written with its article in lower case ("Ahmed Maher el-Sayed", "Omar
// al-Bashir") is part of the person's name, but a tagger trained on capitalised names often stops
// before it. A person mention is extended over such a word right after it; a name of another type
// starting there ("al-Shabaab") is left alone.
import type { Mention } from '../../types.js';
import { extendPersons } from './person-extensions.js';

/** The Arabic article as news writes it in lower case, assimilated forms included, then a capitalised word. */
const PARTICLE_NAME = /^[ \t](?:al|el|ul|ad|ed|ar|as|ash|at|az|an)-\p{Lu}[\p{L}'’]*(?![\p{L}\p{N}-])/u;

/** Person mentions extended over a lower-case article surname after them; a person mention of that word alone is dropped. */
export function joinArticleSurnames(text: string, mentions: Mention[]): Mention[] {
  return extendPersons(text, mentions, PARTICLE_NAME, 40, (inside, end) => inside.type !== 'PER' || inside.end > end);
}
