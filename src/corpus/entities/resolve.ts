// Entity resolution. Within a document: surname-only mentions go to the full name they stand for,
// acronyms to their expansion, aliases to their canonical name. Across documents: mentions whose
// canonical names share a key are one entity. Keys are computed per document, so a new document
// joins existing entities without any rebuild, and blocking is by key, never all pairs.
// Homonyms stay apart: "Sergey Smirnov" and "Alexander Smirnov" have different keys, and a bare
// "Smirnov" goes to the nearest full name in its own document only.
import { createHash } from 'node:crypto';
import type { EntityType, Mention } from '../../types.js';
import type { AliasTable } from './aliases.js';
import { acronymOf, looksLikeAcronym, nameKey, nameTokens, tokenSetKey } from './names.js';

export interface ResolvedMention {
  /** Stable entity id: the same real-world name gets the same id in every document. */
  entityId: string;
  /** The name this mention resolves to ("Sergey Smirnov" for a bare "Smirnov"). */
  canonical: string;
  type: EntityType;
}

const TYPES: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

export function entityIdFor(type: EntityType, canonical: string): string {
  const family = type === 'PER' ? 'PER' : 'NAME';
  const key = type === 'LOC' ? tokenSetKey(canonical) : nameKey(canonical);
  return 'ent_' + createHash('sha1').update(`${family}:${key}`).digest('hex').slice(0, 16);
}

/** Looks a name up in the alias table under its own type first, then any type (fixes tagger type slips). */
function aliasOf(aliases: AliasTable, type: EntityType, text: string): { canonical: string; type: EntityType } | null {
  const own = aliases.canonical(type, text);
  if (own) return { canonical: own, type };
  if (type === 'PER') return null;
  for (const t of TYPES) {
    if (t === type || t === 'PER') continue;
    const c = aliases.canonical(t, text);
    if (c) return { canonical: c, type: t };
  }
  return null;
}

function cleanName(text: string): string {
  return text
    .replace(/^(the|The)\s+/, '')
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Resolves the mentions of one document; result[i] belongs to mentions[i]. */
export function resolveDocumentEntities(mentions: Mention[], aliases: AliasTable): ResolvedMention[] {
  const out: Array<{ canonical: string; type: EntityType }> = mentions.map((m) => {
    const alias = aliasOf(aliases, m.type, cleanName(m.text));
    return alias ?? { canonical: cleanName(m.text), type: m.type };
  });

  // Full person names of this document, as anchors for surname/first-name-only mentions.
  const anchors: Array<{ index: number; start: number; tokens: string[]; canonical: string }> = [];
  mentions.forEach((m, i) => {
    const tokens = nameTokens(out[i].canonical);
    if (out[i].type === 'PER' && tokens.length >= 2) anchors.push({ index: i, start: m.start, tokens, canonical: out[i].canonical });
  });
  // Multi-word organisation names, as expansions for acronyms.
  const expansions = new Map<string, string>();
  mentions.forEach((_, i) => {
    if (out[i].type === 'ORG' || out[i].type === 'MISC') {
      const a = acronymOf(out[i].canonical);
      if (a && !expansions.has(a)) expansions.set(a, out[i].canonical);
    }
  });

  mentions.forEach((m, i) => {
    const current = out[i];
    if (current.type === 'PER') {
      const tokens = nameTokens(current.canonical);
      if (tokens.length !== 1) return;
      const key = nameKey(tokens[0]);
      const matching = anchors.filter((a) => nameKey(a.tokens.at(-1)!) === key || nameKey(a.tokens[0]) === key);
      if (matching.length === 0) return;
      // The nearest full name before the mention, else the nearest after it.
      const before = matching.filter((a) => a.start < m.start).at(-1);
      const chosen = before ?? matching[0];
      out[i] = { canonical: chosen.canonical, type: 'PER' };
    } else if (looksLikeAcronym(m.text) && !aliases.canonical(current.type, m.text)) {
      const expansion = expansions.get(m.text.replace(/\./g, '').toLowerCase());
      if (expansion) out[i] = { canonical: expansion, type: current.type === 'MISC' ? 'ORG' : current.type };
    }
  });

  return out.map((r) => ({ ...r, entityId: entityIdFor(r.type, r.canonical) }));
}
