// "the statement said", "the ruling says": a document that speaks is no speaker; whoever issued it
// is. WordNet tells such nouns: a message or a piece of writing (noun.communication: "statement",
// "report", "letter", "memo", "announcement") or a court's judgment ("ruling", "verdict").
import { firstSenseIsKindOf } from '../senses/word-senses.js';

/** WordNet's lexicographer file of nouns for communication (noun.communication). */
const NOUN_COMMUNICATION = 10;

const writtenCache = new Map<string, boolean>();
const judgmentCache = new Map<string, boolean>();

/** A noun whose first WordNet sense is a message, a piece of writing or a court's judgment. */
export function isDocumentNoun(word: string): boolean {
  return firstSenseIsKindOf(writtenCache, word, ['message', 'written_communication'], 6, NOUN_COMMUNICATION)
    || firstSenseIsKindOf(judgmentCache, word, ['due_process'], 3);
}
