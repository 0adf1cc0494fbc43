// The tagger sometimes runs a name's span over a neighbouring token that is never part of a name:
// a closing or opening quote mark ("the U.S. Congress'' would …", where wire copy writes quotes as
// two apostrophes) or the weekday after a place ("in the Rose Garden Wednesday"). Those tokens are
// cut from the span's edges. A holiday keeps its weekday ("Good Friday", "Ash Wednesday"): the
// tagger calls those MISC, and MISC spans keep their last word.
import type { Mention } from '../../types.js';

/** Quote marks as tokens: straight, curly, and the wire's doubled apostrophes and backticks. */
/** Not a lone apostrophe before a name: it may be the name's own ("'Ndrangheta"). */
const LEADING_QUOTES = /^(?:``|''|["“”‘`])\s*/u;
const TRAILING_QUOTES = /\s*(?:``|''|["“”‘’`])$/u;
const TRAILING_WEEKDAY = /\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/u;

export function trimSpanEdges(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    let { start, end } = m;
    let text = m.text;
    for (let cut = true; cut; ) {
      cut = false;
      const lead = LEADING_QUOTES.exec(text);
      if (lead && lead[0].length < text.length) [start, text, cut] = [start + lead[0].length, text.slice(lead[0].length), true];
      const trail = TRAILING_QUOTES.exec(text) ?? (m.type !== 'MISC' ? TRAILING_WEEKDAY.exec(text) : null);
      if (trail && trail.index > 0) [end, text, cut] = [end - trail[0].length, text.slice(0, trail.index), true];
    }
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    out.push(text === m.text ? m : { ...m, start, end, text });
  }
  return out;
}
