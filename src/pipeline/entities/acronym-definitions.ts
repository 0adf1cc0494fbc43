// An acronym defined in the text: "the Centre for Rural Transport Studies (CRTS)". When the
// initials of a capitalised phrase spell the acronym in brackets after it, both are one
// organisation's names, whether or not the tagger saw them. Three letters at least: two are
// as often a person's initials ("Tom Reed (TR)"). An acronym may also take more than the first
// letter of a word ("Velmora Insurance (VEIN)": VE + IN) when the tagger found the name as an
// organisation; each word of the name then gives the acronym a beginning of itself, in order, and
// the acronym carries the name it stands for (`expands`), since its letters alone no longer say it.
import type { Mention } from '../../types.js';
import { acronymOf, nameTokens } from './names.js';

const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in']);

/** Whether the acronym is the name's words' beginnings, in order: each word gives one letter or more (a function word none or one). */
export function spellsAcronym(name: string, acronym: string): boolean {
  const words = nameTokens(name);
  const spell = (rest: string, k: number): boolean => {
    if (k === words.length) return rest === '';
    const word = words[k];
    if (FUNCTION_WORDS.has(word) && spell(rest, k + 1)) return true;
    for (let n = 1; n <= Math.min(word.length, rest.length); n++) {
      if (!word.startsWith(rest.slice(0, n))) break;
      if (spell(rest.slice(n), k + 1)) return true;
      if (FUNCTION_WORDS.has(word)) break;
    }
    return false;
  };
  return words.length >= 2 && spell(acronym.toLowerCase(), 0);
}

const DEFINITION = /((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:of|for|and|the|on|in|\p{Lu}[\p{L}'’-]*))+)\s+\(\s*(\p{Lu}{3,8})\.?\s*\)/gu;

export function definedAcronyms(text: string, mentions: Mention[]): Mention[] {
  let out = mentions;
  for (const d of text.matchAll(DEFINITION)) {
    const acronym = d[2];
    // the phrase may start with words that are not part of the name ("Fellows with the Centre …"):
    // keep the shortest tail whose initials spell the acronym
    const words = [...d[1].matchAll(/\S+/g)];
    let start = -1;
    let initials = true;
    for (let k = words.length - 2; k >= 0 && start < 0; k--) {
      const phrase = d[1].slice(words[k].index);
      if (/^\p{Lu}/u.test(phrase) && acronymOf(phrase) === acronym.toLowerCase()) start = d.index + words[k].index;
    }
    // else the shortest tail the acronym spells with longer beginnings of its words
    // (only for a name whose end the tagger found as an organisation: "Tom Reed (TREE)" is no
    // definition; the tagger may have found only the name's last words, "Single Channel Ground
    // and Airborne Radio System (SINCGARS)")
    const nameEnd = d.index + d[1].length;
    const endTagged = out.some((m) => m.type === 'ORG' && m.start < nameEnd && m.end >= nameEnd);
    for (let k = words.length - 1; k >= 0 && start < 0 && endTagged; k--) {
      const phrase = d[1].slice(words[k].index);
      if (/^\p{Lu}/u.test(phrase) && spellsAcronym(phrase, acronym)) {
        start = d.index + words[k].index;
        initials = false;
      }
    }
    if (start < 0) continue;
    const acronymStart = d.index + d[0].indexOf(acronym, d[1].length);
    // the tagger's type, but never a person: a name given three or more initials to be called by is
    // a body's ("Medecins Sans Frontieres (MSF)", foreign words the tagger read as a person's name)
    const tagged = out.find((m) => m.start <= start && m.end >= nameEnd);
    const type = !tagged || (tagged.type === 'PER' && !tagged.title) ? 'ORG' : tagged.type;
    const name: Mention = { start, end: nameEnd, type, text: text.slice(start, nameEnd) };
    const short: Mention = { start: acronymStart, end: acronymStart + acronym.length, type, text: acronym, ...(initials ? {} : { expands: name.text }) };
    out = out.filter((m) => !overlaps(m, name) && !overlaps(m, short)).concat(name, short);
  }
  return out === mentions ? mentions : out.sort((a, b) => a.start - b.start);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
