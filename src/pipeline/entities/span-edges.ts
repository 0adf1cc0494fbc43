// The tagger sometimes runs a name's span over a neighbouring token that is never part of a name:
// a closing or opening quote mark ("the U.S. Congress'' would …", where wire copy writes quotes as
// two apostrophes) or the weekday after a place ("in the Rose Garden Wednesday"). Those tokens are
// cut from the span's edges. A weekday is cut only when it is no part of the name: the words before
// it are a name of their own ("in the Rose Garden Wednesday"), the parse hangs it outside the name
// with no word of the name hanging on it ("officials in Jakarta Monday"), or the article names the
// entity without it. So "Ruby Tuesday", "the Mail on Sunday" and "Bloody Sunday" keep theirs; so
// does a holiday ("Good Friday"), which the tagger calls MISC, and MISC spans keep their last word.
import type { Mention, Syntax } from '../../types.js';
import { nameKey } from './names.js';
import { wordAt } from '../syntax/query.js';

/** Quote marks as tokens: straight, curly, and the wire's doubled apostrophes and backticks.
 *  Not a lone apostrophe before a name: it may be the name's own ("'Ndrangheta"). */
const LEADING_QUOTES = /^(?:``|''|["“”‘`])\s*/u;
const TRAILING_QUOTES = /\s*(?:``|''|["“”‘’`])$/u;
const TRAILING_WEEKDAY = /\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/u;
/** Two or more capitalised words: a name of its own. The names a weekday ends are one modifier and
 *  the day ("Ruby Tuesday", "Super Tuesday") or the day after a preposition ("Mail on Sunday"). */
const OWN_NAME = /^\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)+$/u;

export function trimSpanEdges(mentions: Mention[], syntax?: Syntax): Mention[] {
  // the article's name keys, built on the first trailing weekday (most articles have none)
  let namedKeys: Set<string> | undefined;
  const named = () => (namedKeys ??= new Set(mentions.map((m) => nameKey(m.text))));
  const out: Mention[] = [];
  for (const m of mentions) {
    let { start, end } = m;
    let text = m.text;
    for (let cut = true; cut; ) {
      cut = false;
      const lead = LEADING_QUOTES.exec(text);
      if (lead && lead[0].length < text.length) [start, text, cut] = [start + lead[0].length, text.slice(lead[0].length), true];
      let trail = TRAILING_QUOTES.exec(text);
      if (!trail && m.type !== 'MISC') {
        const day = TRAILING_WEEKDAY.exec(text);
        const rest = day ? text.slice(0, day.index) : '';
        if (day && (OWN_NAME.test(rest) || named().has(nameKey(rest)) || (syntax && hangsOutside(syntax, start, start + day.index, end - day[1].length)))) trail = day;
      }
      if (trail && trail.index > 0) [end, text, cut] = [end - trail[0].length, text.slice(0, trail.index), true];
    }
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    out.push(text === m.text ? m : { ...m, start, end, text });
  }
  return out;
}

/** Does the word at `at` hang outside the name [start, end), with no word of the name hanging on it? */
function hangsOutside(syn: Syntax, start: number, end: number, at: number): boolean {
  const w = wordAt(syn, at);
  if (w === null) return false;
  const head = syn.words[syn.words[w].head];
  if (head && head.start >= start && head.end <= end) return false;
  for (let i = w - 1; i >= 0 && syn.words[i].start >= start; i--) if (syn.words[i].head === w) return false;
  return true;
}
