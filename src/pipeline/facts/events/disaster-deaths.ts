// "It killed 612 people", "a quake on an island that killed ten", "ten people had been killed": in a story whose
// headline or lead tells a natural disaster, a killing that no person or body is said to have done is how people
// died in it, a death with no killer, as the sense rules already read "the quake killed nine". The parse often
// hangs the disaster's relative clause on a place ("an earthquake on a Gulf island that killed ten") or leaves the
// doer a pronoun, so the story's disaster, not the clause's doer, decides.
import type { DocumentContext } from '../../context/document.js';
import { disasterNoun, figurativeDisaster, rangeIs } from '../../senses/word-senses.js';
import { wordOfToken } from '../../syntax/query.js';
import { leadSentence } from './lead-deed.js';

const disasterStories = new WeakMap<DocumentContext, boolean>();

/** Does the story's headline or lead name a natural disaster (a word of data/event-senses.json 'disasters', read by the parse as a noun, not a figure of speech)? */
export function disasterStory(ctx: DocumentContext): boolean {
  const known = disasterStories.get(ctx);
  if (known !== undefined) return known;
  const syn = ctx.syntax;
  let found = false;
  for (let s = 0; s < ctx.sentences.length && !found && syn; s++) {
    if (!ctx.headingSent[s] && !leadSentence(ctx, s)) continue;
    for (let i = ctx.sentStart[s]; i < ctx.sentStart[s + 1] && !found; i++) {
      if (!disasterNoun(ctx.low[i])) continue;
      const w = wordOfToken(syn, i);
      // a title-case headline ("Earthquake Levels Villages") reads as names to the parse: there a word of no name is the noun
      const noun = w >= 0 && (syn.words[w].upos === 'NOUN' || (!!ctx.headingSent[s] && syn.words[w].upos === 'PROPN' && ctx.mentionAt[i] < 0));
      found = noun && !figurativeDisaster(ctx, i);
    }
  }
  disasterStories.set(ctx, found);
  return found;
}

/** Is a killing told by a clause, none of whose doers is a person or body (`actors`: token ranges), a death in the story's natural disaster? */
export function diedInDisaster(ctx: DocumentContext, actors: ReadonlyArray<readonly [number, number]>): boolean {
  return !actors.some(([a, b]) => rangeIs(ctx, a, b, 'party')) && disasterStory(ctx);
}
