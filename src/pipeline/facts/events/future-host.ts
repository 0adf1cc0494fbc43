// "Jane Roe will host the awards next year", "Jane Roe will return to host the gala": a named person who is to
// host a show has been chosen as its host, and the news is that choice, an appointment (the golds count it as
// one). Read from the parse: the verb "host" with a person the tagger names as its subject and a thing as its
// object, told as to come (planned). A hosting told as done ("hosted the gala in 2007") names no choice, and a
// host of a person ("will host the premier") receives a guest: neither is proposed. Constant work per sentence.
import type { DocumentContext } from '../../context/document.js';
import { tokensCovering } from '../../context/document.js';
import { rangeIs } from '../../senses/word-senses.js';
import { dependents, subjects, subtreeSpan } from '../../syntax/query.js';
import { parsedVerbMention, type EventMention } from './mentions.js';

/** Is the subtree of parse word w a range the check says? */
function subtreeIs(ctx: DocumentContext, w: number, cls: 'named-person' | 'non-person'): boolean {
  const { a, b } = tokensCovering(ctx.toks, subtreeSpan(ctx.syntax!, w));
  return rangeIs(ctx, a, b, cls);
}

/** Sentence s's hostings to come (see above) where no mention already stands at the verb. */
export function futureHosts(ctx: DocumentContext, s: number, found: readonly EventMention[]): EventMention[] {
  const syn = ctx.syntax;
  if (!syn || s + 1 >= syn.sentenceWordStart.length) return [];
  const taken = new Set(found.map((m) => m.trigger));
  const added: EventMention[] = [];
  for (let v = syn.sentenceWordStart[s]; v < syn.sentenceWordStart[s + 1]; v++) {
    const word = syn.words[v];
    if (word.upos !== 'VERB' || word.lemma.toLowerCase() !== 'host' || taken.has(word.token)) continue;
    const objects = dependents(syn, v, 'obj');
    if (!objects.length || !objects.every((o) => subtreeIs(ctx, o, 'non-person'))) continue;
    if (!subjects(syn, v).some((w) => subtreeIs(ctx, w, 'named-person'))) continue;
    const m = parsedVerbMention(ctx, word.token, v, s, ctx.sentStart[s], ctx.sentStart[s + 1], { type: 'appointment', lemma: 'host', form: 'base' });
    if (m?.status === 'planned') added.push(m);
  }
  return added;
}
