// "the Vikings (9-5)", "the Tar Heels (10-0) remain unbeaten", "lost to the Bengals 13-10": a
// plural name with "the" is a team where a season's record or a game's score follows it, or where
// the parse makes it a side of a game (team-results.ts). The tagger, trained on wire sports pages
// that write such nicknames in tables, often reads them in running text as a thing (MISC) or a
// person. Each cue alone is too weak: a pitcher's record follows his name ("Estes (3-4)"), and
// "the Marines" or "the Kurds" are no teams; together they are one. A plural of an animal the
// tagger read as a thing is a side on its own ("the Titans' coach and two former Lions greats"):
// no people, faith or thing is named for a herd of animals, while teams, clubs and bands are
// ("Lions", "Blue Jays", "Tamil Tigers"). The result settles the type, so the article's other
// mentions of the nickname follow it (one type per name per article).
import type { Mention, Syntax } from '../../types.js';
import { installedWordNet, type WordNet } from '../lexicons/wordnet.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { nameKey as placeKey } from '../gazetteer/normalize.js';
import { children, firstWordStartingFrom, headOfSpan } from '../syntax/query.js';
import { shippedGroupWords } from './group-words.js';
import { playsAGame } from './team-results.js';

/** A plural last word: a capitalised word ending in a single "s" ("Vikings", "Tar Heels"; not "Ross"). */
const PLURAL_LAST = /(?:^|\s)\p{Lu}\p{Ll}*[^s\P{Ll}]s$/u;
/** A season's record in brackets ("(9-5)", "( 15 - 17 )", "(7-2-1)"), or a game's score ("13-10"), right after the name. */
const RECORD_OR_SCORE = /[ \t]*(?:\([ \t]*\d{1,2}[ \t]*-[ \t]*\d{1,2}(?:[ \t]*-[ \t]*\d{1,2})?[ \t]*\)|\d{1,3}[ \t]*-[ \t]*\d{1,3}(?![\d-]))/uy;

/** Whether the name's last word names a people or faith ("the Kurds", "the Americans"): never a team here. */
export function namesAPeople(text: string): boolean {
  const last = text.split(/\s+/u).pop() ?? '';
  return shippedGroupWords().all.has(last) || [last, last.slice(0, -1)].some((w) => gazetteer().demonym(placeKey(w)) !== undefined);
}

/** WordNet's lexicographer file of animals (noun.animal). */
const NOUN_ANIMAL = 5;

/** Whether the name's last word is the plural of a noun whose most frequent sense is an animal ("Ravens", "Blue Jays"). */
function namesAnimals(text: string, wn: WordNet): boolean {
  const last = (text.split(/\s+/u).pop() ?? '').toLowerCase();
  const first = wn.synsets(last, 'n')[0];
  return first !== undefined && wn.lexFile(first) === NOUN_ANIMAL && !wn.synsets(last, 'n').some((id) => wn.synset(id)?.words.includes(last));
}

/** Whether "the" determines the name: the parse's determiner, or the word right before it (the parse
 *  may hang "the" elsewhere where a score follows: "edged the Lumberjacks 24-21 on Sunday"). */
function withThe(syn: Syntax, m: Mention, head: number): boolean {
  const isThe = (i: number | undefined) => i !== undefined && i >= 0 && syn.words[i]?.lemma.toLowerCase() === 'the';
  if (children(syn, head).some((c) => syn.words[c].deprel === 'det' && isThe(c))) return true;
  const first = firstWordStartingFrom(syn, m.start);
  return first > 0 && first < syn.words.length && isThe(first - 1);
}

/** The mentions of plural names with "the" that a record, a score or a game makes teams, retyped ORG and settled. */
export function typeTeamNicknames(text: string, mentions: Mention[], syn: Syntax | undefined, wn: WordNet | null = installedWordNet()): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!syn || syn.words.length === 0) return { mentions, settled };
  let byHead: Map<number, number> | undefined;
  const out = mentions.map((m) => {
    if ((m.type !== 'MISC' && m.type !== 'PER') || m.title || !PLURAL_LAST.test(m.text) || namesAPeople(m.text)) return m;
    if (m.type === 'MISC' && wn && namesAnimals(m.text, wn)) {
      const team: Mention = { ...m, type: 'ORG' };
      settled.add(team);
      return team;
    }
    const head = headOfSpan(syn, m);
    // a name modifying a noun is no side ("the Harbor Cup Series tournament": a competition's name)
    if (head === null || syn.words[head].deprel === 'compound' || !withThe(syn, m, head)) return m;
    RECORD_OR_SCORE.lastIndex = m.end;
    if (!RECORD_OR_SCORE.test(text)) {
      if (!wn) return m;
      byHead ??= new Map(mentions.flatMap((n, k) => {
        const h = headOfSpan(syn, n);
        return h === null ? [] : [[h, k] as const];
      }));
      if (!playsAGame(syn, head, byHead, wn)) return m;
    }
    const team: Mention = { ...m, type: 'ORG' };
    settled.add(team);
    return team;
  });
  return { mentions: settled.size ? out : mentions, settled };
}
