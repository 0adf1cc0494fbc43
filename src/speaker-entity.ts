// Whose entity a quote's speaker is: one rule for the store's speaker index (the quotes listing, the
// API, an entity's page), the exports and the article reader. A mention overlapping the speaker's
// words is not enough: "the governor of North Kivu province" holds the province's name, "UN experts"
// the UN's, and neither speaker is that place or body.

/** A mention as the rule reads it: its span, type and entity key. */
export interface SpanMention {
  start: number;
  end: number;
  type: string;
  key: string;
}

/** What a quote carries about its speaker's place and link. */
export interface SpeakerLink {
  speakerSpan?: unknown;
  speakerEntityId?: unknown;
}

function spanOf(x: unknown): { start: number; end: number } | null {
  const s = x as { start?: unknown; end?: unknown } | undefined;
  return s && typeof s.start === 'number' && typeof s.end === 'number' ? { start: s.start, end: s.end } : null;
}

/**
 * The speaker's entity: that of the mention standing exactly on the speaker's span (a person's
 * first), as it is now (a corpus pass may have moved it since analysis); else the entity the
 * pipeline linked (a pronoun's or a description's antecedent); else undefined.
 */
export function speakerEntity(mentions: readonly SpanMention[], quote: SpeakerLink): string | undefined {
  const span = spanOf(quote.speakerSpan);
  if (span) {
    const on = mentions.filter((m) => m.start === span.start && m.end === span.end);
    const mention = on.find((m) => m.type === 'PER') ?? on[0];
    if (mention) return mention.key;
  }
  return typeof quote.speakerEntityId === 'string' && quote.speakerEntityId ? quote.speakerEntityId : undefined;
}
