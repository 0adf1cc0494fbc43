// Strict name matching for `eval gold`: a found name is right when it is the gold name itself or a
// form the gold lists for it (an entity's `mentions`, or a `crossDocument.sameEntity` group holding
// it). Nothing else: no shared words, no substrings. Only case, whitespace, apostrophe style and a
// leading article ("the" in any case; "a"/"an", or "one" used as one, in lower case, or capitalised before a lower-case word) are ignored, since they do not change which name or description
// is meant ("a company spokesman" is the "company spokesman" a speaker phrase gives). The golds write
// a described speaker both ways ("one juror", "juror"): "one" before a description is its article,
// while "one of the jurors" picks one of a group and stays.
import type { GoldFile } from './gold-format.js';

/** Case, whitespace, apostrophe style and a leading article folded; nothing else. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    // "a"/"an" in lower case, or opening a sentence before a lower-case word ("A police spokesman");
    // a capital before a capital opens a name ("An Post", "A Coruña"); "one juror" is "a juror", "one of
    // the jurors" is not
    .replace(/^(?:a|an) (?=\S)|^(?:A|An) (?=\p{Ll})|^(?:one|One) (?!of )(?=\p{Ll})/u, '')
    .toLowerCase()
    .replace(/^the /, '');
}

export interface NameBook {
  /** Every accepted (normalised) form of a gold name, the name included. */
  forms(goldName: string): Set<string>;
  /** True when the gold file lists this name as an entity or in a same-entity group. */
  knows(goldName: string): boolean;
}

/**
 * Accepted forms per gold name. Not transitive through shared forms: "Howard" listed for two
 * people makes each accept "Howard", never one accept the other's full name.
 */
export function buildNameBook(gold: GoldFile): NameBook {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, forms: Iterable<string>) => {
    const key = normaliseName(name);
    const set = byName.get(key) ?? new Set([key]);
    for (const f of forms) set.add(normaliseName(f));
    byName.set(key, set);
  };
  for (const doc of Object.values(gold.documents)) for (const e of doc.entities ?? []) add(e.name, e.mentions ?? []);
  const entityForms = new Map([...byName].map(([k, v]) => [k, new Set(v)]));
  for (const group of gold.crossDocument?.sameEntity ?? []) {
    const all = group.flatMap((member) => [member, ...(entityForms.get(normaliseName(member)) ?? [])]);
    for (const member of group) add(member, all);
  }
  return {
    forms: (goldName) => byName.get(normaliseName(goldName)) ?? new Set([normaliseName(goldName)]),
    knows: (goldName) => byName.has(normaliseName(goldName)),
  };
}

/** The found name is the gold name or one of its listed forms. */
export function sameNameStrict(book: NameBook, gold: string, found: string | null | undefined): boolean {
  return !!found && book.forms(gold).has(normaliseName(found));
}
