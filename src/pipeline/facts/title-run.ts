// "…,” said Trend Micro advanced threat researcher Ann Lee": a speaker phrase written as a title run
// (lower-case words before a person's name) can hold an adjective that looks like a participle
// ("advanced", "organized"), where a phrase reader that stops at verb forms ends it, leaving the
// company or body before it as the speaker. The run goes on to the name it describes.
import type { DocumentContext } from '../context/document.js';
import { PERSON_DESCRIPTORS } from '../lexicons/nouns.js';
import { DETERMINERS, PREPOSITIONS, isPunct } from '../context/phrases.js';
import { isPersonItself, isPersonWord } from '../senses/word-senses.js';
import { SPEECH_VERBS } from '../lexicons/attribution.js';

/** Lower-case words between the participle and the name, at most. */
const MAX_RUN = 4;

/**
 * Where a speaker phrase that stopped at token `end` really ends: after the person's name when
 * `end` is a lower-case -ed word, the words after it up to a person's mention are lower-case nouns
 * of the title (the last one a noun for someone: "researcher", "detective"), and the name closes
 * the phrase (the limit, a mark, or a date: "Ann Lee Monday"); `end` otherwise.
 */
export function endThroughTitleRun(ctx: DocumentContext, from: number, end: number, limit: number): number {
  const { low } = ctx;
  if (end <= from || end >= limit || !/^[a-z]{3,}ed$/.test(low[end])) return end;
  let k = end + 1;
  while (k < limit && k - end <= MAX_RUN && ctx.mentionAt[k] < 0) {
    const w = low[k];
    if (!/^[a-z][a-z-]*$/.test(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w) || SPEECH_VERBS.has(w) || w === 'and' || w === 'or') return end;
    k++;
  }
  if (k >= limit || k === end + 1 || ctx.mentionAt[k] < 0) return end;
  const role = low[k - 1];
  if (!PERSON_DESCRIPTORS.has(role) && !isPersonWord(role) && !isPersonItself(role)) return end;
  const name = ctx.mentions[ctx.mentionAt[k]];
  if (name.type !== 'PER') return end;
  let after = k;
  while (after < limit && ctx.mentionAt[after] === ctx.mentionAt[k]) after++;
  const closes = after >= limit || isPunct(low[after]) || ctx.timeAt[after] >= 0;
  return closes ? after : end;
}
