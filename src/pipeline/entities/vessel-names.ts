// A person's name right after a noun for a ship names the ship ("the aircraft carrier John F.
// Kennedy", "the carrier Dwight D. Eisenhower", "a fourth carrier -- the John F. Kennedy --"),
// which CoNLL and the gold files type MISC, though the tagger reads the person. WordNet decides the
// noun: one of its senses is a kind of ship ("carrier", "tanker", "frigate"). Titled names stay
// people; the ship's last name word after "the" is the ship too ("the Kennedy", as no person is
// written); the result settles the type, so the article's other mentions of the name follow it.
import type { Mention } from '../../types.js';
import { installedWordNet, isKindOf, type WordNet } from '../../corpus/events/wordnet.js';

/** The lower-case word before the name, with a dash and "the" allowed between. */
const NOUN_BEFORE = /(?<![\p{L}-])(\p{Ll}{3,})[ \t]*(?:--|—|–)?[ \t]*(?:the[ \t]+)?$/u;

const cache = new Map<string, boolean>();

function namesShip(wn: WordNet, noun: string): boolean {
  let known = cache.get(noun);
  if (known === undefined) {
    known = wn.synsets(noun, 'n').some((id) => isKindOf(wn, id, (s) => s.words[0] === 'ship', { maxHops: 4 }));
    cache.set(noun, known);
  }
  return known;
}

export function typeVesselNames(text: string, mentions: Mention[], wn: WordNet | null = installedWordNet()): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!wn) return { mentions, settled };
  const out = mentions.map((m) => {
    if (m.type !== 'PER' || m.title) return m;
    const noun = NOUN_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!noun || !namesShip(wn, noun[1])) return m;
    const typed: Mention = { ...m, type: 'MISC' };
    settled.add(typed);
    return typed;
  });
  // "the Kennedy" after the ship is named: the ship's last name word with "the", which no person takes
  const ships = new Set([...settled].map((m) => m.text.split(/\s+/u).at(-1)!));
  if (ships.size === 0) return { mentions: out, settled };
  const named = out.map((m) => {
    if (m.type !== 'PER' || m.title || !ships.has(m.text) || !/(?:^|[^\p{L}])the[ \t]+$/u.test(text.slice(Math.max(0, m.start - 5), m.start))) return m;
    const typed: Mention = { ...m, type: 'MISC' };
    settled.add(typed);
    return typed;
  });
  return { mentions: named, settled };
}
