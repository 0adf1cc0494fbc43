// The alias table: curated groups from data/aliases.json plus the user's own (`chronicle alias add`).
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../types.js';
import { projectPath } from '../../paths.js';
import { nameKey, nameTokens, tokenSetKey } from './names.js';

export interface AliasGroup {
  type: EntityType;
  names: string[];
}

export interface AliasTable {
  /** name key → canonical name, per type. */
  canonical(type: EntityType, name: string): string | null;
  /** Like `canonical`, but only for a name spelled as a listed one (case aside): no transliteration
   *  key, which takes "Torrey" for "Tory". */
  spelled(type: EntityType, name: string): string | null;
  /** Adds an alias for a canonical name (user curation). */
  add(type: EntityType, alias: string, canonicalName: string): void;
  /** Whether a single word is part of a longer listed name and not a listed name itself ("united"). */
  partOfLongerName(word: string): boolean;
}

export function createAliasTable(groups: AliasGroup[]): AliasTable {
  const byKey = new Map<string, string>();
  const bySpelling = new Map<string, string>();
  const spellingOf = (type: string, name: string) => `${type}:${nameTokens(name).join(' ')}`;
  const parts = new Set<string>();
  const whole = new Set<string>();
  // Places may be written in either order ("Ataturk Airport", "airport. Ataturk").
  const keyOf = (type: string, name: string) => `${type}:${type === 'LOC' ? tokenSetKey(name) : nameKey(name)}`;
  const add = (type: EntityType, alias: string, canonicalName: string) => {
    const target = byKey.get(keyOf(type, canonicalName)) ?? canonicalName;
    byKey.set(keyOf(type, alias), target);
    byKey.set(keyOf(type, canonicalName), target);
    bySpelling.set(spellingOf(type, alias), target);
    bySpelling.set(spellingOf(type, canonicalName), target);
    for (const name of [alias, canonicalName]) {
      const tokens = nameTokens(name);
      if (tokens.length === 1) whole.add(tokens[0]);
      else for (const t of tokens) parts.add(t);
    }
  };
  for (const g of groups) for (const n of g.names) add(g.type, n, g.names[0]);
  return {
    canonical: (type, name) => byKey.get(keyOf(type, name)) ?? null,
    spelled: (type, name) => {
      const target = bySpelling.get(spellingOf(type, name));
      return target === undefined ? null : (byKey.get(keyOf(type, target)) ?? target);
    },
    add,
    partOfLongerName: (word) => {
      const w = nameTokens(word).join(' ');
      return parts.has(w) && !whole.has(w);
    },
  };
}

let shipped: AliasGroup[] | undefined;

/** The curated groups shipped in data/aliases.json. */
export function shippedAliasGroups(): AliasGroup[] {
  shipped ??= (JSON.parse(readFileSync(projectPath('data', 'aliases.json'), 'utf8')) as { groups: AliasGroup[] }).groups;
  return shipped;
}
