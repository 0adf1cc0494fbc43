// Small, general span repairs after tagging: organisation names that continue with
// "for/of + Capitalised words" past where the tagger stopped, numbered military units and courts,
// names ending in a number sign ("Juror No. 8"), and single
// capitalised common nouns that translations produce ("the Agency said", "Muslims") which the
// tagger takes for names. A facility noun, a full stop and a name ("airport. Ataturk", Russian
// "named after" in translation) is not joined into one place: in all the shared corpora that
// shape occurs once, and elsewhere it is a sentence end ("… to the hospital.\n\nGoma, a city …").
import type { Mention } from '../../types.js';
import { shippedGroupWords } from './group-words.js';

const HEAD_NOUNS = 'Group|Center|Centre|Institute|Organi[sz]ation|Council|Committee|Agency|Foundation|Fund|Association|Union|Society|Commission|Office|Bureau|Service|Ministry|Department|League|Court|Forum|Network|Front|Movement';
const ORG_HEADS = new RegExp(`(?:${HEAD_NOUNS})$`);
/** A head noun alone ("the Agency", "the Ministry") refers back to a body named elsewhere: not a name. */
const BARE_HEAD = new RegExp(`^(?:${HEAD_NOUNS})$`);

/** "Service", "Bureau", "Council": a word that heads a body's name. */
export function isBodyHeadNoun(word: string): boolean {
  return BARE_HEAD.test(word);
}
/** A broadcaster's name goes on after "Radio"/"TV" with the station: "BBC Radio 4", "BBC Radio Five Live". */
const STATION_HEAD = /(?:Radio|Television|TV)$/u;
const STATION = /^\s+(?:\d+|\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)(?![\p{L}\p{N}])/u;
/** A broadcaster's news division is one name with it: "ABC News", "CBS News" (CoNLL-2003 spans them so). */
const NEWS_AFTER = /^[ \t]+News(?![\p{L}\p{N}])/u;
/** "on Friday", "on March 3", "on Aug. 6": a date after the name, not more of it ("Commission on Human Rights"). */
const DATE_WORD = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const CONTINUATION = new RegExp(`^(\\s+(?:for|of|on(?!\\s+(?:${DATE_WORD})(?![\\p{L}])))(?:\\s+(?:the|and|\\p{Lu}[\\p{L}'-]*))*\\s+\\p{Lu}[\\p{L}'-]*)`, 'u');
/** "the 11th U.S. Circuit Court of Appeals", "the 67th Precinct": bodies numbered by an ordinal, which
 *  is part of their name; the tagger leaves it out. */
const ORDINAL_BEFORE = /(?<![\p{L}\p{N}])\d+(?:st|nd|rd|th)[ \t]+$/u;
const NUMBERED_BODY = /^(?:\p{Lu}[\p{L}.-]*[ \t]+){0,2}(?:Circuit|District|Precinct|Congress|Airborne|Infantry|Cavalry)(?![\p{L}\p{N}])/u;
/** Units numbered by an ordinal, found whatever the tagger said: an army's ("the 82nd Airborne
 *  Division") and a city police force's ("the 67th Precinct", "the 67th Police Precinct station"),
 *  which the tagger, trained on few of them, leaves out or cuts to the head word. */
const MILITARY_UNIT = /(?<![\p{L}\p{N}])(?:\d+(?:st|nd|rd|th)\s+)(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Regiment|Brigade|Division|Battalion|Corps|Army|Fleet|Squadron|Precinct)(?![\p{L}\p{N}])/gu;

/** "Juror No. 8", "Suspect Number 2": a name ending in a number sign goes on over its number, which the tagger leaves out. */
const NUMBER_SIGN_END = /(?:^|\s)(?:No\.?|Number)$/u;
const NUMBER_AFTER = /^[ \t]+\d+(?![\p{L}\p{N}])/u;

function extendNumbered(text: string, m: Mention): Mention {
  const n = NUMBER_SIGN_END.test(m.text) ? NUMBER_AFTER.exec(text.slice(m.end, m.end + 12)) : null;
  return n ? { ...m, end: m.end + n[0].length, text: text.slice(m.start, m.end + n[0].length) } : m;
}

export function applyPostRules(text: string, mentions: Mention[]): Mention[] {
  let out = mentions.map((m) => extendNumbered(text, extendOrg(text, m)));
  out = dropContained(out)
    .filter((m) => !BARE_HEAD.test(m.text))
    .map((m) => (m.type !== 'MISC' && shippedGroupWords().plural.has(m.text) ? { ...m, type: 'MISC' as const } : m));
  for (const m of text.matchAll(MILITARY_UNIT)) {
    const unit: Mention = { start: m.index, end: m.index + m[0].length, type: 'ORG', text: m[0] };
    out = out.filter((x) => x.end <= unit.start || x.start >= unit.end);
    out.push(unit);
  }
  return out.sort((a, b) => a.start - b.start);
}

function extendOrg(text: string, m: Mention): Mention {
  const ordinal = m.type === 'ORG' && NUMBERED_BODY.test(m.text) ? ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start)) : null;
  if (ordinal) return extendOrg(text, { ...m, start: m.start - ordinal[0].length, text: text.slice(m.start - ordinal[0].length, m.end) });
  if (m.type === 'ORG' && STATION_HEAD.test(m.text)) {
    const s = STATION.exec(text.slice(m.end, m.end + 40));
    if (s) return { ...m, end: m.end + s[0].length, text: text.slice(m.start, m.end + s[0].length) };
  }
  const news = m.type === 'ORG' && !/\sNews$/u.test(m.text) ? NEWS_AFTER.exec(text.slice(m.end, m.end + 12)) : null;
  if (news) return { ...m, end: m.end + news[0].length, text: text.slice(m.start, m.end + news[0].length) };
  if (m.type !== 'ORG' || !ORG_HEADS.test(m.text)) return m;
  const rest = text.slice(m.end, m.end + 120);
  const cut = rest.search(/[.,;:!?()"“”\n]/);
  const c = CONTINUATION.exec(cut >= 0 ? rest.slice(0, cut) : rest);
  if (!c) return m;
  const end = m.end + c[1].length;
  return { ...m, end, text: text.slice(m.start, end) };
}

/**
 * Drops mentions that lie inside a longer one (after an extension swallowed them); the rest keep
 * their order. A longer span around a mention starts before it, or at its start and ends after it:
 * one sweep in start order, longest first at a start, finds both (comparing every pair took
 * seconds on a document of 50,000 mentions).
 */
export function dropContained(ms: Mention[]): Mention[] {
  const order = ms.map((_, i) => i).sort((a, b) => ms[a].start - ms[b].start || ms[b].end - ms[a].end);
  const inside = new Set<number>();
  // the furthest end of the mentions that start before the current start, and of those at it
  let endBefore = -Infinity;
  let endAtStart = -Infinity;
  for (let k = 0; k < order.length; k++) {
    const m = ms[order[k]];
    if (k === 0 || m.start !== ms[order[k - 1]].start) {
      endBefore = Math.max(endBefore, endAtStart);
      endAtStart = m.end;
    }
    if (endBefore >= m.end || endAtStart > m.end) inside.add(order[k]);
  }
  return ms.filter((_, i) => !inside.has(i));
}
