// A gold mention mapped to the pipeline's mention at its head word: shared by the MEANTIME
// entity evaluations.
import type { Analysis, Mention, Span } from '../types.js';
import { nameTokens } from '../pipeline/entities/names.js';

/**
 * Our mention at a gold span's head: the last word of the span whose parse head lies outside it
 * ("U.S. automaker Chrysler" → Chrysler, "the Vice Chairman of Chrysler" → Chairman, which no name
 * of ours covers), punctuation never. Without a parse, any mention overlapping the span.
 */
export function mentionAtHead(a: Pick<Analysis, 'syntax' | 'mentions'>, span: Span): Mention | null {
  const words = a.syntax?.words ?? [];
  const inside = (k: number) => k >= 0 && words[k].start >= span.start && words[k].end <= span.end;
  let head: Span | null = null;
  // punctuation is no head: a span read off tokens may end in one ("Apple Inc.," before a verb)
  // whose parse head lies outside it, as the name's does
  for (let k = 0; k < words.length; k++) if (inside(k) && !inside(words[k].head) && words[k].upos !== 'PUNCT') head = words[k];
  const at = head ?? span;
  return a.mentions.find((m) => m.start < at.end && at.start < m.end) ?? null;
}

/**
 * For a named (NAM) gold mention whose head word no mention of ours covers: our mention inside the
 * span with the gold's type. MEANTIME's named mentions take in a descriptor before the name
 * ("European airframer Airbus", "engine maker Europrop") that the parse may make the head; the
 * annotation calls them named because a name is their head. Of several such mentions ("Suvarnabhumi
 * Airport, which serves Bangkok, Thailand"), the one sharing a word with the instance's descriptor,
 * if only one does.
 */
export function nameInside(a: Pick<Analysis, 'mentions'>, span: Span & { type: string; name: string }): Mention | null {
  const inside = a.mentions.filter((m) => m.start >= span.start && m.end <= span.end && m.type === span.type);
  if (inside.length <= 1) return inside[0] ?? null;
  const described = new Set(nameTokens(span.name));
  const sharing = inside.filter((m) => nameTokens(m.text).some((t) => described.has(t)));
  return sharing.length === 1 ? sharing[0] : null;
}
