// An entity page's mentions in context, one line per stretch of text: two mentions of one entity
// close together ("GOMA, Democratic Republic of Congo — Shells struck a market in Goma") were two
// lines repeating the same sentence, each with one of them marked.
import type { MentionInContext } from '../../server/api-types.js';

/** One line: the text before the first mention, each mention, the text between them, and after the last. */
export interface KwicLine {
  mentions: MentionInContext[];
  /** gaps[i]: the text between mentions[i] and mentions[i + 1]. */
  gaps: string[];
  before: string;
  after: string;
}

/** Consecutive mentions of one article are one line where the first's context reaches the next. */
export function kwicLines(items: MentionInContext[]): KwicLine[] {
  const lines: KwicLine[] = [];
  for (const m of items) {
    const line = lines[lines.length - 1];
    const last = line?.mentions[line.mentions.length - 1];
    const gap = last ? m.start - last.end : -1;
    // the context after a mention is the text as written up to its cut ("…"), so a next mention
    // that starts before that cut lies in it; a copy count belongs to one sentence, so those stay apart
    const reach = last ? last.after.replace(/…$/, '').length : -1;
    if (line && last && last.docId === m.docId && gap >= 0 && gap <= reach && !last.copies && !m.copies) {
      line.gaps.push(last.after.slice(0, gap));
      line.mentions.push(m);
      line.after = m.after;
    } else lines.push({ mentions: [m], gaps: [], before: m.before, after: m.after });
  }
  return lines;
}
