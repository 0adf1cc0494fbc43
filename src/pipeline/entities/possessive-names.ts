// "Hudson's Bay Co.", "Moody's Investors Service Inc.": a company whose own name holds a possessive.
// The tagger splits it at the "'s" into two names ("Hudson" and "Bay Co."). The two are one name when
// the second ends in a company designator and the article never writes its words without the owner
// before them (a unit named alone, "Sony's Columbia Pictures Inc." … "Columbia Pictures", is the
// owner's unit, not part of its name); the article's later "Hudson's Bay" is joined the same way. A
// place or a country's word before the "'s" is an owner ("Japan's Sony Corp.").
import type { Mention } from '../../types.js';
import { isCompanyDesignator } from '../../corpus/entities/names.js';
import { candidates } from '../places/resolve.js';
import { gazetteer } from '../places/gazetteer.js';

const POSSESSIVE = /^['’]s[ \t]+$/u;

function withoutDesignator(name: string): string | undefined {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !isCompanyDesignator(words[words.length - 1].replace(/\.$/u, ''))) return undefined;
  return words.slice(0, -1).join(' ').replace(/,$/u, '');
}

function couldOwnName(m: Mention): boolean {
  return m.type !== 'LOC' && !m.title && /^\p{Lu}/u.test(m.text) && !candidates(gazetteer(), m.text).entries.some((e) => e.kind === 'C' || e.kind === 'R');
}

/** Written alone: the words stand somewhere in the text not right after "'s". */
function writtenAlone(text: string, words: string): boolean {
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
    if (!/['’]s[ \t]+$/u.test(text.slice(Math.max(0, i - 4), i))) return true;
  }
  return false;
}

export function joinPossessiveNames(text: string, mentions: Mention[]): Mention[] {
  const pairs = (): Array<[number, Mention, Mention]> =>
    mentions.slice(1).flatMap((b, k) => {
      const a = mentions[k];
      return POSSESSIVE.test(text.slice(a.end, b.start)) && couldOwnName(a) ? [[k, a, b] as [number, Mention, Mention]] : [];
    });
  const cores = new Set<string>();
  for (const [, a, b] of pairs()) {
    const core = withoutDesignator(b.text);
    if (core && /^\p{Lu}/u.test(core) && !writtenAlone(text, core)) cores.add(`${a.text}\u0000${core}`);
  }
  if (cores.size === 0) return mentions;
  const joined = new Map<number, Mention>();
  for (const [k, a, b] of pairs()) {
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
