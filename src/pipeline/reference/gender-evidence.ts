// A person's gender as the article itself shows it: "Tom Hale said he was pleased", "Ana Ruiz sold
// her stake". A gendered pronoun whose own clause, or the clause it is the subject of a complement
// of, has a named person as its subject is read as that person; titles ("Mr", "Mrs") are the other
// evidence and the resolver weighs them first. A subject that is not a name ("Tom Hale's wife said
// she …") gives no evidence, so the pronoun is never guessed at to learn from it.
import type { Mention } from '../../types.js';
import type { DocumentContext } from '../context/document.js';
import { clauseOf, subjects } from '../syntax/query.js';

const GENDERED: Record<string, 'm' | 'f'> = {
  he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f',
};

/**
 * Genders the article's pronouns give its people, by key (keyOf of the person's mention): one
 * where its pronouns agree at least two to one, by weight.
 */
export function pronounGenders(ctx: DocumentContext, keyOf: (m: Mention) => string): Map<string, 'm' | 'f'> {
  const out = new Map<string, 'm' | 'f'>();
  const syn = ctx.syntax;
  // only a named person's pronouns vote (namedSubject): an article naming no one has none to read
  if (!syn || !ctx.mentions.some((m) => m.type === 'PER')) return out;
  const votes = new Map<string, { m: number; f: number }>();
  syn.words.forEach((w, p) => {
    const g = w.upos === 'PRON' ? GENDERED[ctx.low[w.token]] : undefined;
    if (!g) return;
    const found = namedSubject(ctx, p);
    if (!found) return;
    const { m, weight } = found;
    const key = keyOf(m);
    // "Sanders attacked Clinton over her emails": another person named before the pronoun in its
    // sentence may be the one meant
    if (otherPersonBefore(ctx, w.token, key, keyOf)) return;
    const v = votes.get(key) ?? { m: 0, f: 0 };
    v[g] += weight;
    votes.set(key, v);
  });
  for (const [key, v] of votes) {
    if (v.m >= 2 * v.f && v.m >= 2) out.set(key, 'm');
    else if (v.f >= 2 * v.m && v.f >= 2) out.set(key, 'f');
  }
  return out;
}

/**
 * The named person that is the subject of pronoun p's clause ("Hale sold his stake": weight 2), or,
 * when p is that subject itself, of the clause above ("Hale said he was pleased": weight 1, since
 * reported speech is often about someone else: "Hale told reporters that she was a regular"); else
 * null. A gender needs weight 2, so one such report alone does not give it.
 */
function namedSubject(ctx: DocumentContext, p: number): { m: Mention; weight: number } | null {
  const syn = ctx.syntax!;
  let clause = clauseOf(syn, p);
  for (let step = 0; step < 2; step++) {
    const subj = subjects(syn, clause).filter((s) => s !== p);
    if (subj.length) {
      const mi = ctx.mentionAt[syn.words[subj[0]].token];
      const m = mi >= 0 ? ctx.mentions[mi] : null;
      // a subject that is no name (a pronoun, "his wife") says nothing
      return m && m.type === 'PER' && syn.words[subj[0]].token < syn.words[p].token ? { m, weight: step === 0 ? 2 : 1 } : null;
    }
    const up = syn.words[clause].head;
    if (up < 0) return null;
    clause = clauseOf(syn, up);
  }
  return null;
}

/** A person other than key named in token t's sentence before it. */
function otherPersonBefore(ctx: DocumentContext, t: number, key: string, keyOf: (m: Mention) => string): boolean {
  const from = ctx.sentStart[ctx.toks[t].sentence];
  for (let i = from; i < t; i++) {
    const mi = ctx.mentionAt[i];
    if (mi >= 0 && ctx.mentions[mi].type === 'PER' && keyOf(ctx.mentions[mi]) !== key) return true;
  }
  return false;
}
