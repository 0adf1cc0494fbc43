// "Hudson's Bay Co.", "Moody's Investors Service Inc.": a company whose own name holds a possessive.
// The tagger splits it at the "'s" into two names ("Hudson" and "Bay Co."). The two are one name when
// the second ends in a company designator and the article never writes its words without the owner
// before them (a unit named alone, "Sony's Columbia Pictures Inc." … "Columbia Pictures", is the
// owner's unit, not part of its name); the article's later "Hudson's Bay" is joined the same way. A
// place or a country's word before the "'s" is an owner ("Japan's Sony Corp.").
// So is a person or a company of more than one word, a curated name ("Apple's Beats Electronics LLC")
// and an owner the article writes alone.
import type { Mention } from '../../types.js';
import { isCompanyDesignator } from '../../corpus/entities/names.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';

const POSSESSIVE = /^['’]s[ \t]+$/u;

function withoutDesignator(name: string): string | undefined {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !isCompanyDesignator(words[words.length - 1].replace(/\.$/u, ''))) return undefined;
  return words.slice(0, -1).join(' ').replace(/,$/u, '');
}

/** An owner that may be the name's first part: one capitalised word, not curated or settled (Apple, Google), no place. */
function couldOwnName(m: Mention): boolean {
  return m.type !== 'LOC' && !m.title && !m.typeSettled && /^\p{Lu}[\p{L}\p{N}&.-]*$/u.test(m.text) && !candidates(gazetteer(), m.text).entries.some((e) => e.kind === 'C' || e.kind === 'R');
}

/**
 * The names the article writes alone: a mention not right after "'s" (for the unit, with or
 * without its designator) and one not followed by "'s" (for the owner). Read off the mention list
 * once, so the test is by whole names ("Bay" is not in "eBay") and linear in the text.
 */
function namesWrittenAlone(text: string, mentions: readonly Mention[]): { units: Set<string>; owners: Set<string> } {
  const units = new Set<string>();
  const owners = new Set<string>();
  for (const m of mentions) {
    if (!AFTER_POSSESSIVE.test(text.slice(Math.max(0, m.start - 4), m.start))) {
      units.add(m.text);
      const core = withoutDesignator(m.text);
      if (core) units.add(core);
    }
    if (!BEFORE_POSSESSIVE.test(text.slice(m.end, m.end + 2))) owners.add(m.text);
  }
  return { units, owners };
}

const AFTER_POSSESSIVE = /['’]s[ \t]+$/u;
const BEFORE_POSSESSIVE = /^['’]s/u;

export function joinPossessiveNames(text: string, mentions: Mention[]): Mention[] {
  const pairs: Array<[number, Mention, Mention]> = [];
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (!b.typeSettled && POSSESSIVE.test(text.slice(a.end, b.start)) && couldOwnName(a)) pairs.push([k, a, b]);
  }
  if (pairs.length === 0) return mentions;
  const alone = namesWrittenAlone(text, mentions);
  const cores = new Set<string>();
  for (const [, a, b] of pairs) {
    const core = withoutDesignator(b.text);
    if (core && /^\p{Lu}/u.test(core) && !alone.units.has(core) && !alone.owners.has(a.text)) cores.add(`${a.text}\u0000${core}`);
  }
  if (cores.size === 0) return mentions;
  const joined = new Map<number, Mention>();
  for (const [k, a, b] of pairs) {
    if (!cores.has(`${a.text}\u0000${withoutDesignator(b.text) ?? b.text}`)) continue;
    joined.set(k, { ...a, type: 'ORG', end: b.end, text: text.slice(a.start, b.end) });
  }
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const j = joined.get(k);
    out.push(j ?? mentions[k]);
    if (j) k++;
  }
  return out;
}
