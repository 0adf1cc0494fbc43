// A quote's speaker as a reader sees it. A speaker resolved to a person or body is named; one that
// is not ("the statement", "officials", "a spokesman") was listed by its bare head noun as if it were
// a name ("statement said…"). It is shown as written, in quotation marks, and said to be unidentified.

/** What a quote carries about who said it (its stored data, or a listing's row). */
export interface SpeakerFields {
  speaker?: unknown;
  speakerText?: unknown;
  speakerEntityId?: unknown;
}

/** A speaker's words for a reader: a name, or the description as written (`identified` false). */
export interface SpeakerWording {
  text: string;
  identified: boolean;
}

/** Said after an unidentified speaker's quoted words. */
export const UNIDENTIFIED = 'not identified';

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The speaker's name when resolved to an entity; else the words as written, quoted; null when none. */
export function speakerWording(q: SpeakerFields): SpeakerWording | null {
  const speaker = str(q.speaker);
  if (speaker && str(q.speakerEntityId)) return { text: speaker, identified: true };
  const written = str(q.speakerText) || speaker;
  return written ? { text: `“${written.replace(/[\s,;:(]+$/u, '')}”`, identified: false } : null;
}

/** The speaker in one line of text: "Anneke Visser", or "“the statement” (not identified)". */
export function speakerLine(q: SpeakerFields): string | null {
  const w = speakerWording(q);
  return w && (w.identified ? w.text : `${w.text} (${UNIDENTIFIED})`);
}
