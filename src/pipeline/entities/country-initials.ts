// A country's initials in capitals ("US", "UK", "UAE", as data/aliases.json lists them) are the
// country wherever ordinary mixed-case text writes them: the tagger, trained on wire copy that
// wrote "U.S.", misses some ("arrived on US shores"). Only a word the tagger left alone, with a
// space or punctuation other than a hyphen on each side, no capitalised word right after it (the
// start of a longer name it may have missed: "US Airways") unless that word names an office ("US
// Secretary of State …", capitalised as a title), and no name ending right before it (the end of
// one it cut short: "Priorities USA"), in a sentence that is not set in capitals (a headline's
// "LET US" is the pronoun); it is settled, being a curated name.
import type { Mention, Segmentation } from '../../types.js';
import { shippedAliasGroups } from './aliases.js';
import { isOfficeWord } from './office-titles.js';

let initials: RegExp | undefined;

/** "US|UK|USA|…": the curated place names written as two to four capital letters, no full stops. */
function initialsPattern(): RegExp {
  if (!initials) {
    const names = shippedAliasGroups()
      .filter((g) => g.type === 'LOC')
      .flatMap((g) => g.names)
      .filter((n) => /^\p{Lu}{2,4}$/u.test(n));
    initials = new RegExp(`(?<![\\p{L}\\p{N}.&'’-])(?:${names.join('|')})(?![\\p{L}\\p{N}&'’-]|\\.\\p{L})`, 'gu');
  }
  return initials;
}

/** Whether most letters of the span are capitals (a headline or a shouted line). */
function setInCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && upper.length * 2 > letters.length;
}

export function addCountryInitials(text: string, mentions: Mention[], seg: Segmentation): Mention[] {
  const added: Mention[] = [];
  for (const m of text.matchAll(initialsPattern())) {
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3)) && !beforeOffice(text, end)) continue;
    if (mentions.some((x) => x.end <= start && /^[ \t]+$/u.test(text.slice(x.end, start)))) continue;
    const sentence = seg.sentences.find((s) => s.start <= start && end <= s.end);
    if (!sentence || setInCapitals(text.slice(sentence.start, sentence.end))) continue;
    added.push({ start, end, type: 'LOC', text: m[0], typeSettled: true });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

/** The capitalised word after `end` names an office (WordNet): "US Secretary of State …". */
function beforeOffice(text: string, end: number): boolean {
  const next = /^[ \t]+(\p{Lu}\p{Ll}+)/u.exec(text.slice(end, end + 40));
  return next !== null && isOfficeWord(next[1]);
}
