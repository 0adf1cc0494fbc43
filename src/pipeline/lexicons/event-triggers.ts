// The event trigger lexicons (data/event-verbs.tsv, data/event-nouns.tsv) compiled into word-form Maps:
// the data holds one line per lemma, the loader derives the regular forms and checks every line.
import { EVENT_TYPES, type EventType } from '../../types.js';
import { lexiconError, lexiconLines, readDataFile } from '../lexicon-files.js';
import { gerund, regularPast, thirdPerson } from './inflections.js';

export type VerbForm = 'base' | 's' | 'ed' | 'ing';

export interface VerbEntry {
  type: EventType;
  /** Base form ("arrest" for "arrested"): what the sense rules name. */
  lemma: string;
  form: VerbForm;
  /** Extra words that must follow (particle or fixed complement), e.g. ["fire"] for "opened fire". */
  tail?: string[];
  /** The verb counts only with a designation complement ("recognised as terrorist"). */
  needsDesignation?: boolean;
  /** The verb counts only with an agreement noun as object ("signed an agreement"). */
  needsAgreementObject?: boolean;
}

export interface NounEntry {
  type: EventType;
  /** Singular form: what the sense rules name. */
  lemma: string;
  plural: boolean;
}

export interface EventVerbLexicon {
  /** Word form → its entry. */
  verbs: ReadonlyMap<string, VerbEntry>;
  /** Lemmas of verbs that take no object ("resign", "die"). */
  noObjectLemmas: ReadonlySet<string>;
}

const CONDITIONS = new Set(['designation', 'agreement-object', 'no-object', 'again']);
const WORD = /^[a-z][a-z'-]*$/;

function regularPlural(noun: string): string {
  if (noun.endsWith('s') || noun.endsWith('sh')) return noun + 'es';
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  return noun + 's';
}

function eventType(cell: string, file: string, line: number): EventType {
  if (!(EVENT_TYPES as readonly string[]).includes(cell)) throw lexiconError(file, line, `unknown event type "${cell}"`);
  return cell as EventType;
}

function word(cell: string, file: string, line: number, column: string): string {
  if (!WORD.test(cell)) throw lexiconError(file, line, `bad word "${cell}" in column ${column}`);
  return cell;
}

function words(cell: string, separator: string | RegExp, file: string, line: number, column: string): string[] {
  return cell.split(separator).map((w) => word(w.trim(), file, line, column));
}

/** Reads the verb lexicon text (columns: type, lemma, past, ing, tail, conditions); `file` names it in errors. */
export function parseEventVerbs(text: string, file: string): EventVerbLexicon {
  const verbs = new Map<string, VerbEntry>();
  const noObjectLemmas = new Set<string>();
  for (const { line, cells } of lexiconLines(text)) {
    if (cells.length !== 6) throw lexiconError(file, line, `expected 6 tab-separated columns (type, lemma, past, ing, tail, conditions), found ${cells.length}`);
    const [typeCell, lemma, pastCell, ingCell, tailCell, conditionCell] = cells;
    const type = eventType(typeCell, file, line);
    word(lemma, file, line, 'lemma');
    const past = pastCell === 'none' ? [] : pastCell === '-' ? [regularPast(lemma)] : words(pastCell, ',', file, line, 'past');
    const ing = ingCell === 'none' ? null : ingCell === '-' ? gerund(lemma) : word(ingCell, file, line, 'ing');
    const tail = tailCell === '-' ? undefined : words(tailCell, /\s+/u, file, line, 'tail');
    const conditions = conditionCell === '-' ? [] : conditionCell.split(',').map((c) => c.trim());
    for (const c of conditions) if (!CONDITIONS.has(c)) throw lexiconError(file, line, `unknown condition "${c}"`);
    if (conditions.includes('no-object')) noObjectLemmas.add(lemma);
    const extra = {
      ...(tail ? { tail } : {}),
      ...(conditions.includes('designation') ? { needsDesignation: true } : {}),
      ...(conditions.includes('agreement-object') ? { needsAgreementObject: true } : {}),
    };
    const forms: Array<[string, VerbForm]> = [[lemma, 'base'], [thirdPerson(lemma), 's'], ...past.map((p): [string, VerbForm] => [p, 'ed']), ...(ing ? [[ing, 'ing'] as [string, VerbForm]] : [])];
    // "re-elected", "rehired": the deed done again is the same kind of deed, spelled with or without the hyphen
    const again = conditions.includes('again') ? forms.flatMap(([f, form]): Array<[string, VerbForm]> => [[`re-${f}`, form], [`re${f}`, form]]) : [];
    // a later form overwrites an earlier one spelled alike: "set", "quit" and "shut" read as pasts
    for (const [f, form] of [...forms, ...again]) verbs.set(f, { type, lemma, form, ...extra });
  }
  return { verbs, noObjectLemmas };
}

/** Reads the noun lexicon text (columns: type, noun, forms); `file` names it in errors. */
export function parseEventNouns(text: string, file: string): ReadonlyMap<string, NounEntry> {
  const nouns = new Map<string, NounEntry>();
  for (const { line, cells } of lexiconLines(text)) {
    if (cells.length !== 3) throw lexiconError(file, line, `expected 3 tab-separated columns (type, noun, forms), found ${cells.length}`);
    const [typeCell, noun, forms] = cells;
    const type = eventType(typeCell, file, line);
    word(noun, file, line, 'noun');
    if (forms !== '-' && forms !== 'only' && forms !== 'plural') throw lexiconError(file, line, `forms must be "-", "only" or "plural", not "${forms}"`);
    if (forms !== 'plural') nouns.set(noun, { type, lemma: noun, plural: false });
    if (forms !== 'only') nouns.set(regularPlural(noun), { type, lemma: noun, plural: true });
  }
  return nouns;
}

export function loadEventVerbs(): EventVerbLexicon {
  return parseEventVerbs(readDataFile('event-verbs.tsv'), 'data/event-verbs.tsv');
}

export function loadEventNouns(): ReadonlyMap<string, NounEntry> {
  return parseEventNouns(readDataFile('event-nouns.tsv'), 'data/event-nouns.tsv');
}
