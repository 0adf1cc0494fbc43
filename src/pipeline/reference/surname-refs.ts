// "says Chris Early, an executive …" then "“…,” says Early": a surname that is also a common word
// (an adverb, a colour, a trade) is often left untagged when it stands alone, and the parser reads
// it as that word. The article itself says it is a name: it gave a person of that full name, and
// the word stands where speakers stand, next to a verb of speaking. Such a word refers to that
// person, for the speaker it names and as an antecedent of the pronouns after it.
import type { Mention } from '../../types.js';
import type { FactsContext } from '../context/document.js';
import { SPEECH_VERBS } from '../lexicons/attribution.js';
import { isAdverb } from '../context/phrases.js';

/**
 * References to people the article named in full, by a bare untagged surname written before or
 * after a verb of speaking ("Early says", "says Early", "Early still says"), as mentions of that
 * person (its full name as canonical). Only after the full name: a surname is a short form of a
 * name the reader has already met.
 */
export function surnameReferences(ctx: FactsContext): Mention[] {
  const out: Mention[] = [];
  const bySurname = new Map<string, Mention>();
  let next = 0;
  for (let i = 0; i < ctx.toks.length; i++) {
    // the people named in full before token i, by their last word
    while (next < ctx.mentions.length && ctx.mentions[next].end <= ctx.toks[i].start) {
      const m = ctx.mentions[next++];
      if (m.type !== 'PER') continue;
      const words = (m.canonical ?? m.text).split(/\s+/);
      const last = words[words.length - 1];
      if (words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(last)) bySurname.set(last, m);
    }
    if (ctx.mentionAt[i] >= 0 || ctx.quoteAt[i] >= 0) continue;
    const full = bySurname.get(ctx.toks[i].text);
    if (!full || !besideSpeechVerb(ctx, i)) continue;
    const t = ctx.toks[i];
    out.push({
      start: t.start, end: t.end, text: t.text, type: 'PER', canonical: full.canonical ?? full.text,
      ...(full.entityId ? { entityId: full.entityId } : {}),
    });
  }
  return out;
}

/** A verb of speaking right before token i, or after it past adverbs ("Early still says"). */
function besideSpeechVerb(ctx: FactsContext, i: number): boolean {
  if (SPEECH_VERBS.has(ctx.low[i - 1] ?? '')) return true;
  let k = i + 1;
  while (k < ctx.toks.length && isAdverb(ctx.low[k])) k++;
  return SPEECH_VERBS.has(ctx.low[k] ?? '');
}
