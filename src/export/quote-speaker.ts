// Who said a quote, for the export's speaker_text and speaker_entity: the words as written and the
// entity the speaker's mention has now. The stored speakerEntityId is the one given at analysis; a
// corpus pass (one type per name, a curation) may have moved the mention to another entity since.
import type { StoredAnnotation } from '../store/interface.js';
import { articleMentions } from '../store/summaries.js';
import { speakerEntity } from '../speaker-entity.js';
import { balancedWritten } from '../speaker-wording.js';
import type { Quote, Span } from '../types.js';

export interface QuoteSpeaker {
  /** The source as written ("he", "Mr Clarke", "a spokesman for the ministry"), without a stray bracket; null when none. */
  text: string | null;
  /** The entity of the mention naming the speaker (for "he": its antecedent); null for a description or no speaker. */
  entity: string | null;
}

const isSpan = (s: Span | undefined): s is Span => !!s && typeof s.start === 'number' && typeof s.end === 'number';

/** The speaker of `quote` in a document of `text` whose annotations are `annotations`. */
export function quoteSpeaker(text: string, annotations: readonly StoredAnnotation[], quote: Quote): QuoteSpeaker {
  const written = quote.speakerText ?? (isSpan(quote.sourceSpan) ? text.slice(quote.sourceSpan.start, quote.sourceSpan.end) : null);
  const mentions = articleMentions(annotations);
  const entity = speakerEntity(mentions, quote) ?? null;
  // the words at the speaker's mention, for a quote stored without them
  const span = quote.speakerSpan;
  const mention = isSpan(span) ? mentions.find((m) => m.start === span.start && m.end === span.end) : undefined;
  const asWritten = written ?? (mention ? mention.text : null);
  // a bracket the source's span opens and never closes ("… Migration (IOM") cut off, as every page shows it
  return { text: (asWritten && balancedWritten(asWritten)) || null, entity };
}
