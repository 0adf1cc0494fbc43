// "was booked and released on bail", "was taken to the county jail and later released", "released from custody": a
// person let go from being held is freed, though neither a name nor a word for captives says so. Read from the parse:
// the release, a clause it is conjoined with, or the clause those hang from, has a phrase of custody (a detention noun
// of data/event-nouns.tsv after "from", "to", "into" or "in") or of bail ("on bail", "on bond"). "Treated at a hospital
// and released" names no custody: no release.
import type { Syntax } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { EVENT_NOUNS } from '../../lexicons/events.js';
import { caseMarker, dependents, relationMatches } from '../../syntax/query.js';

/** Prepositions that put a detention noun in a clause about being held or let go: "to the county jail", "from custody". */
const CUSTODY_CASES = new Set(['from', 'to', 'into', 'in']);
/** Nouns of a pledge for one's release, after "on": "released on bail", "freed on bond". */
const BAIL_NOUNS = new Set(['bail', 'bond']);

/** Does the clause headed by verb v have a phrase of custody or bail? */
function custodyPhrase(syn: Syntax, v: number): boolean {
  return dependents(syn, v, 'obl').some((o) => {
    const lemma = syn.words[o].lemma.toLowerCase();
    const marker = caseMarker(syn, o) ?? '';
    if (BAIL_NOUNS.has(lemma)) return marker === 'on';
    return EVENT_NOUNS.get(lemma)?.type === 'detention' && CUSTODY_CASES.has(marker);
  });
}

/** Is the release at parse word v told beside custody: in its own clause, a conjoined one, or the clause they hang from? */
export function releasedFromCustody(ctx: DocumentContext, v: number): boolean {
  const syn = ctx.syntax;
  if (!syn || v < 0) return false;
  const w = syn.words[v];
  const first = relationMatches(w.deprel, 'conj') && w.head >= 0 ? w.head : v;
  const clauses = [first, ...dependents(syn, first, 'conj')];
  // "taken to the jail, where he was booked and released": the clause the conjoined verbs hang from
  const up = syn.words[first];
  if (relationMatches(up.deprel, 'advcl') && up.head >= 0) clauses.push(up.head);
  return clauses.some((c) => custodyPhrase(syn, c));
}
