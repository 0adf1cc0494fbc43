// Why figures were grouped as one claim, with their sources named as each figure's line names its
// own: a person or body by name, a description as written, quoted and "(not identified)". The
// grouping's reason listed the sources as stored ("governor of North Kivu province", "statement"),
// read as names, under lines that showed the same sources quoted and marked.
import { speakerLine } from './speaker-wording.js';

/** A figure's source as the listings resolve it (figure-sources.ts): the name, the words as written, the entity. */
export interface ClaimSource {
  source: string | null;
  sourceText?: string | null;
  sourceEntityId?: string | null;
}

/** The grouping's reason (corpus/claims: population, kind, activity, unit, reports) and its figures'
 *  sources, each once, in the figures' order; `more` says that further figures' sources were not read. */
export function claimReason(reason: string, figures: ClaimSource[], more = false): string {
  const named = [...new Set(figures.map((f) => speakerLine({ speaker: f.source, speakerText: f.sourceText, speakerEntityId: f.sourceEntityId }) ?? 'unattributed'))];
  if (!reason || !named.length) return reason;
  return `${reason}; sources: ${named.join(', ')}${more ? ' and others' : ''}`;
}
