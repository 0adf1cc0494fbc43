// What someone is charged with, convicted of or prosecuted for is the offence, not part of who they are:
// "charged the two bankers with fraud", "were charged by federal prosecutors with fraud". The parse often
// hangs that phrase on the nearest noun, a participant, rather than on the verb. A phrase on a participant
// opened by the verb's own offence preposition (data/offence-prepositions.tsv) whose noun is an act, or
// whose verb is a gerund ("of killing his partner"), is cut off that participant.
import type { Span } from '../../../types.js';
import { firstTokenAtOrAfter, type FactsContext } from '../../context/document.js';
import { lexiconLines, readDataFile } from '../../lexicon-files.js';
import { dependents, wordsInSpan } from '../../syntax/query.js';
import { verbWord, type Range } from './parse.js';
import { actNoun } from './target-kinds.js';

const OFFENCE_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  lexiconLines(readDataFile('offence-prepositions.tsv')).map((l) => [l.cells[0], new Set(l.cells[1].split(/\s+/u))]),
);

/** The participant range of the verb trigger's event without the offence phrase the parse hung on it (the range itself when none). */
export function withoutOffence(ctx: FactsContext, trigger: number, range: Range): Range {
  const syn = ctx.syntax;
  const verb = verbWord(ctx, trigger);
  if (!syn || verb < 0) return range;
  const preps = OFFENCE_PREPOSITIONS.get(syn.words[verb].lemma.toLowerCase());
  const [a, b] = range;
  if (!preps || b <= a) return range;
  const span: Span = { start: ctx.toks[a].start, end: ctx.toks[b - 1].end };
  const inside = (w: number) => w >= 0 && syn.words[w].start >= span.start && syn.words[w].end <= span.end;
  let cut = b;
  for (const w of wordsInSpan(syn, span)) {
    const word = syn.words[w];
    if (!inside(word.head)) continue;
    const nominal = word.deprel === 'nmod' && word.upos === 'NOUN' && actNoun(word.lemma);
    const gerund = word.deprel.split(':')[0] === 'acl' && word.upos === 'VERB' && word.text.toLowerCase().endsWith('ing');
    if (!nominal && !gerund) continue;
    const marker = dependents(syn, w, nominal ? 'case' : 'mark').find((m) => preps.has(syn.words[m].text.toLowerCase()) && inside(m));
    if (marker === undefined) continue;
    const at = firstTokenAtOrAfter(ctx.toks, syn.words[marker].start);
    if (at > a && at < cut) cut = at;
  }
  return [a, cut];
}
