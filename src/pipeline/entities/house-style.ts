// News house styles the CoNLL-trained tagger does not know: a title before a name ("Mr Howard",
// "Dr Ng") or letters after it ("Guy Mansfield QC") make the name a person, whatever the tagger
// said. The title joins a lone surname's span, so every "Mr Howard" of an article is written the
// same way (the way the gold files list it), but not a full name's ("Dr Ann Ng" → "Ann Ng", as CoNLL
// and the gold files write it); it is kept on the mention (Mention.title) for linking; a plural
// ("Labour MPs", "Tory MEPs") is cut off, leaving the party (an organisation, not a person).
import type { Mention } from '../../types.js';
import { shippedHonorifics, splitGivenNameTitle, splitHonorific, splitPostNominal, titleBefore, type Honorifics } from './honorifics.js';
import { isGeneration } from './names.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';

/** Words that end an organisation's or a place's name: "Lord Chancellor's Department" is no person. */
const NOT_PERSON_HEAD = /(?:^|\s)(?:Department|Office|Ministry|Committee|Council|Court|Party|Trust|Foundation|Institute|College|School|University|Hospital|Street|Road|Square|House|Hall|Bridge|Station|Prize|Cup|Act|Bill|Report)$/u;
/** A name after a title: up to three capitalised words ("Alan Budd", "Jean-Claude Juncker", "O'Brien"). */
const NAME_AFTER_TITLE = /^(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/u;

export function applyHouseStyle(text: string, mentions: Mention[], h: Honorifics = shippedHonorifics()): Mention[] {
  const out: Mention[] = [];
  for (const [i, m] of mentions.entries()) {
    if (isTitleBeforeName(text, m, mentions[i + 1], h)) continue;
    const post = splitPostNominal(m.text, h);
    if (post.letters) {
      if (!/\p{Lu}/u.test(post.name)) continue; // the letters alone ("MPs") name no one
      // "Lib Dem MPs": the members' party, never a person
      if (post.plural) out.push({ ...m, end: m.start + post.name.length, text: post.name, type: m.type === 'PER' ? 'ORG' : m.type });
      else out.push(NOT_PERSON_HEAD.test(post.name) ? m : { ...m, type: 'PER' });
      continue;
    }
    const own = splitHonorific(m.text, h);
    if (own.title) {
      out.push(NOT_PERSON_HEAD.test(own.name) ? m : { ...m, type: 'PER', title: own.title });
      continue;
    }
    const title = titleBefore(text, m.start, h);
    if (title && !NOT_PERSON_HEAD.test(m.text)) {
      // "Mr" + "Howard": the mention takes its title, and is a person
      out.push({ ...withTitleBefore(text, m, title), type: 'PER' });
      continue;
    }
    out.push(m.type === 'PER' ? givenNameTitled(text, m, h) : m);
  }
  const all = addUntagged(text, out, h);
  const surnames = writtenSurnames(all, h);
  return all.map((m) => titlesOutsideName(text, m, h, surnames)).sort((a, b) => a.start - b.start);
}

// the stop may stand apart in pre-tokenised text ("Sgt . La Fleur")
const LEADING_TITLE = /^(\p{Lu}\p{L}*)(?: ?\.)?[ \t]+(?=\p{Lu})/u;

/** How many characters of leading titles a mention's text starts with ("Lt. Col. " → 9). */
function titlesLength(name: string, h: Honorifics): number {
  let cut = 0;
  for (let t = LEADING_TITLE.exec(name); t && h.titles.has(t[1]); t = LEADING_TITLE.exec(name.slice(cut))) cut += t[0].length;
  return cut;
}

/**
 * The article's surnames of several words: the last words of a person's name it writes with a
 * given name before them ("Jean-Marie Le Pen" → "Le Pen", "Pen"), so that "Mr. Le Pen" is a title
 * before a lone surname, however many words that surname has.
 */
function writtenSurnames(mentions: Mention[], h: Honorifics): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const words = m.text.slice(titlesLength(m.text, h)).split(/\s+/u);
    for (let k = 1; k < words.length; k++) out.add(words.slice(k).join(' '));
  }
  return out;
}

/**
 * "Sgt. Derek Glenn" → "Derek Glenn" (title kept): ranks and offices stay outside the name's span,
 * and so does a courtesy title before a full name ("Dr. Barnett Slepian" → "Barnett Slepian"), as
 * CoNLL and the gold files write it; before a lone surname it stays ("Mr Howard", as they list it),
 * and a surname is what follows it when it has one word besides a generation suffix ("Mr. Bush
 * Jr.") or the article writes it after a given name elsewhere ("Jean-Marie Le Pen" … "Mr. Le Pen").
 */
function titlesOutsideName(text: string, m: Mention, h: Honorifics, surnames: ReadonlySet<string>): Mention {
  if (!m.title) return m;
  if (h.givenName.has(m.title)) return givenNameTitleOutside(text, m, h);
  const cut = titlesLength(m.text, h);
  if (cut === 0 || cut >= m.text.length) return m;
  const name = m.text.slice(cut);
  const words = name.split(/\s+/u);
  const named = words.length - (words.length > 1 && isGeneration(words[words.length - 1]) ? 1 : 0);
  if (!h.ranks.has(m.title) && (named < 2 || surnames.has(name))) return m;
  return { ...m, start: m.start + cut, text: text.slice(m.start + cut, m.end) };
}

/**
 * A title that names by given name stays outside a name of two words or more ("Queen Elizabeth II"
 * → "Elizabeth II", "Prince Bandar bin Sultan" → "Bandar bin Sultan"), as CoNLL and the gold files
 * write it, and is kept on the mention; before one given name it is the name ("King Hussein"),
 * and so it is in a place's name the gazetteer knows ("Prince Edward Island").
 */
function givenNameTitleOutside(text: string, m: Mention, h: Honorifics): Mention {
  const own = splitGivenNameTitle(m.text, h);
  // a place named after a royal ("Prince Edward Island") keeps the style: it is the place's name
  if (!own.title || own.name.split(/\s+/u).length < 2 || candidates(gazetteer(), m.text).entries.length > 0) return m;
  const start = m.end - own.name.length;
  return { ...m, start, text: text.slice(start, m.end) };
}

/**
 * A person after a title that names by given name ("King" + "Hussein") takes the title, so the
 * name is read as a given name, not a surname; the title makes no one a person by itself.
 */
function givenNameTitled(text: string, m: Mention, h: Honorifics): Mention {
  if (NOT_PERSON_HEAD.test(m.text)) return m; // "King Fahd University" is no king
  const own = splitGivenNameTitle(m.text, h).title;
  if (own) return { ...m, title: own };
  const title = titleBefore(text, m.start, h, h.givenName);
  return title ? withTitleBefore(text, m, title) : m;
}

/** The mention widened over the title written just before it. The search starts before the
 *  mention, so a name that begins with the title's letters ("Dr Drew …") is not taken for it. */
function withTitleBefore(text: string, m: Mention, title: string): Mention {
  const start = text.lastIndexOf(title, m.start - 1);
  return { ...m, start, text: text.slice(start, m.end), title };
}

/**
 * A first title the tagger took as a name of its own ("Lt" LOC before "Col Alexander Vindman"):
 * a mention that is only a title, with only spaces and further titles before the next mention,
 * a capitalised name. It names no one; the name after it does.
 */
function isTitleBeforeName(text: string, m: Mention, next: Mention | undefined, h: Honorifics): boolean {
  if (!next || !h.titles.has(m.text.replace(/\.$/u, ''))) return false;
  const gap = text.slice(m.end, next.start);
  // only spaces and further titles between them ("Lt" + "Col" + "Alexander Vindman")
  const between = gap.replace(/^\./u, '').split(/[ \t]+/u).filter((w) => w !== '');
  return /^\.?[ \t]/u.test(gap) && between.every((w) => h.titles.has(w.replace(/\.$/u, ''))) && /^\p{Lu}/u.test(next.text);
}

/** Any title of h then its gap (spaces: a line break ends the title's line), per honorifics table: built once, not per article (matchAll copies it). */
const titlePatterns = new WeakMap<Honorifics, RegExp>();
function titlePattern(h: Honorifics): RegExp {
  let re = titlePatterns.get(h);
  if (!re) {
    const titles = [...h.titles].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    titlePatterns.set(h, (re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${titles})(?: ?\\.)?[ \\t]+`, 'gu')));
  }
  return re;
}

/** "Mr Bell" the tagger missed entirely: a title, then capitalised words no mention covers. */
function addUntagged(text: string, mentions: Mention[], h: Honorifics): Mention[] {
  const out = [...mentions];
  const re = titlePattern(h);
  for (const m of text.matchAll(re)) {
    const nameStart = m.index + m[0].length;
    const name = NAME_AFTER_TITLE.exec(text.slice(nameStart, nameStart + 80));
    if (!name || h.offices.has(name[0].split(/\s/)[0]) || NOT_PERSON_HEAD.test(name[0])) continue;
    const end = nameStart + name[0].length;
    if (out.some((x) => x.start < end && m.index < x.end)) continue;
    out.push({ start: m.index, end, type: 'PER', text: text.slice(m.index, end), title: m[0].replace(/[.\s]+$/, '') });
  }
  return out;
}
