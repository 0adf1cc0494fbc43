// "RB Peyton Hillis rushed for 101 yards", "but CB Vontae Davis intercepted": sports copy writes a
// player's position in capitals before his name (data/words/position-abbreviations.txt). The
// tagger, seeing capitals, often spans the letters with the name and calls the whole a body. The
// letters are no part of the name, and the name after them is a person's when it is written as a
// personal name is (coordinated-persons.ts: two title-case words, the first no common word, no
// body head or designator at the end, and no place of that name: "RB Industries Inc" stays a company).
// Copy that names the team first ("Chiefs WR Terrance Copper") gets one span for the three: the
// words before the letters are the player's side, a body, and the name after them the player.
import type { Mention } from '../../types.js';
import { dataWordList } from '../lexicon-files.js';
import { writtenAsPersonalName } from './coordinated-persons.js';

let shipped: ReadonlySet<string> | undefined;

export function shippedPositionAbbreviations(): ReadonlySet<string> {
  shipped ??= new Set(dataWordList('words', 'position-abbreviations.txt'));
  return shipped;
}

/** The letters opening a span, and the space after them. */
const LEADING = /^(\p{Lu}{2,3})[ \t]+/u;
/** The letters just before a span, on their own (not the end of a longer capitalised word). */
const TRAILING = /(?<![\p{L}\p{N}.&-])(\p{Lu}{2,3})[ \t]+$/u;

/** The letters inside a span, between the side's words and the player's: "Chiefs WR Terrance Copper". */
const INNER = /[ \t]+(\p{Lu}{2,3})[ \t]+/gu;

/** A player's name: the first word may be a town's too ("Pierre Thomas"), the letters saying who it is. */
function isPlayerName(name: string, casing: ReadonlyMap<string, number>): boolean {
  return writtenAsPersonalName(name, casing, { firstWordMayBePlace: true });
}

/** "Chiefs WR Terrance Copper" as the side (ORG) and the player (PER), or null where no position parts a side from a player's name. */
function sideAndPlayer(m: Mention, positions: ReadonlySet<string>, casing: ReadonlyMap<string, number>): [Mention, Mention] | null {
  for (const inner of m.text.matchAll(INNER)) {
    const name = m.text.slice(inner.index + inner[0].length);
    if (!positions.has(inner[1]) || !isPlayerName(name, casing)) continue;
    const side = m.text.slice(0, inner.index);
    return [
      { ...m, end: m.start + side.length, text: side, type: 'ORG' },
      { ...m, start: m.start + inner.index + inner[0].length, text: name, type: 'PER' },
    ];
  }
  return null;
}

/** Persons after a position's letters, the letters cut from their spans; those retyped or cut are settled, with the side a span held before the letters. */
export function typePositionedPlayers(
  text: string,
  mentions: Mention[],
  casing: ReadonlyMap<string, number>,
  positions: ReadonlySet<string> = shippedPositionAbbreviations(),
): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  const out = mentions.flatMap((m): Mention | Mention[] => {
    if (m.title || m.typeSettled) return m;
    const parted = sideAndPlayer(m, positions, casing);
    if (parted) {
      for (const part of parted) settled.add(part);
      return parted;
    }
    const inside = LEADING.exec(m.text);
    if (inside && positions.has(inside[1])) {
      const name = m.text.slice(inside[0].length);
      if (!isPlayerName(name, casing)) return m;
      const player: Mention = { ...m, start: m.start + inside[0].length, text: name, type: 'PER' };
      settled.add(player);
      return player;
    }
    const before = TRAILING.exec(text.slice(Math.max(0, m.start - 8), m.start));
    if (m.type === 'PER' || !before || !positions.has(before[1]) || !isPlayerName(m.text, casing)) return m;
    const player: Mention = { ...m, type: 'PER' };
    settled.add(player);
    return player;
  });
  return { mentions: out, settled };
}
