// Noun classes the extractors reason with: who can be counted as people, which
// descriptions refer back to a person or an organisation, and nationality words.
import { dataWordList } from '../lexicon-files.js';

/** Plural (and a few singular) nouns that count people. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(dataWordList('words', 'person-nouns.txt'));

/** Heads of descriptions that stand for a person ("the general", "the Chilean police official"). */
export const PERSON_DESCRIPTORS: ReadonlySet<string> = new Set(dataWordList('words', 'person-descriptors.txt'));

/** Heads of descriptions for an anonymous source ("one of the insiders", "the interlocutor"). */
export const ANONYMOUS_SOURCE_HEADS: ReadonlySet<string> = new Set(
  'source sources interlocutor interlocutors interviewee interviewees insider insiders witness witnesses'.split(' '),
);

/** Heads of descriptions that stand for an organisation ("the agency", "the ministry"). */
export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set(dataWordList('words', 'org-descriptors.txt'));

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his']);

