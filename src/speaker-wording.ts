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

const CLOSING: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const OPENING = new Set(Object.values(CLOSING));

/**
 * The part of a source as written that a reader is shown, as offsets into it: the words between
 * the last bracket closed and never opened and the first one opened and never closed. The
 * attribution's span can stop inside an aside ("The International Organization for Migration (IOM"
 * of "… (IOM) said"), and the words would read as cut off. When nothing is left there ("(IOM"), the
 * longest run of words between stray brackets. Spaces around it and a trailing comma or colon go too.
 */
export function balancedPart(written: string): { start: number; end: number } {
  const open: number[] = [];
  const stray: number[] = [];
  for (let i = 0; i < written.length; i++) {
    const c = written[i];
    if (c in CLOSING) open.push(i);
    else if (OPENING.has(c)) {
      if (open.length && CLOSING[written[open[open.length - 1]]] === c) open.pop();
      else stray.push(i);
    }
  }
  const cuts = [...stray, ...open].sort((x, y) => x - y);
  // the runs between stray brackets, trimmed
  const runs: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const at of [...cuts, written.length]) {
    const piece = written.slice(from, at);
    const lead = piece.length - piece.trimStart().length;
    const kept = piece.trimStart().replace(/[\s,;:]+$/u, '');
    runs.push({ start: from + lead, end: from + lead + kept.length });
    from = at + 1;
  }
  // the run after the stray closers and before the stray openers, else the longest
  const main = runs[stray.length];
  if (main.end > main.start) return main;
  return runs.reduce((best, r) => (r.end - r.start > best.end - best.start ? r : best));
}

/** The source as written, without a stray bracket (balancedPart). */
export function balancedWritten(written: string): string {
  const { start, end } = balancedPart(written);
  return written.slice(start, end);
}

/** The speaker's name when resolved to an entity; else the words as written, quoted; null when none. */
export function speakerWording(q: SpeakerFields): SpeakerWording | null {
  const speaker = str(q.speaker);
  if (speaker && str(q.speakerEntityId)) return { text: speaker, identified: true };
  const written = str(q.speakerText) || speaker;
  return written ? { text: `“${balancedWritten(written)}”`, identified: false } : null;
}

/** The speaker in one line of text: "Anneke Visser", or "“the statement” (not identified)". */
export function speakerLine(q: SpeakerFields): string | null {
  const w = speakerWording(q);
  return w && (w.identified ? w.text : `${w.text} (${UNIDENTIFIED})`);
}
