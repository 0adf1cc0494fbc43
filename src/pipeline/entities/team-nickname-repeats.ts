// Sports copy names a team in full once ("the Dunmore Herons") and by its nickname after that ("the
// Herons scored twice"), and a headline often writes the nickname before the body gives the full
// name. The tagger, which reads each sentence alone, finds the full name but can miss the bare
// nickname ("beat the Herons", "Win Over Herons"). Within one article, a capitalised word equal to
// the nickname of the one team the article writes with its place (isTeamOfPlace: a town, region or
// country, then a plural of creatures or people) is a mention of that name wherever the tagger left
// it untagged; the resolver then joins it to the full name (linkTeamNicknames). From the article's
// own full names only: no list of teams. So is the town's pet form ("Denny" of "the Denver
// Herons") where the parse makes it a side that acts or is acted on (a subject or object: "Denny
// let its coach go", "nothing stops Denny"); one that modifies a noun ("Denny fans") may be the
// town, and is left as it is.
import type { Mention, Syntax } from '../../types.js';
import { nameTokens } from './names.js';
import { isTeamOfPlace, petFormStems } from './resolve.js';
import { firstWordStartingFrom } from '../syntax/query.js';

/** The relations that make a word a side of what its verb says: its subject or object. */
const SIDE = /^(?:nsubj|obj|iobj)(?::|$)/u;

/** The article's mentions with its teams' bare nicknames added where the tagger missed them, in text order. */
export function addTeamNicknameRepeats(text: string, mentions: Mention[], syntax?: Syntax): Mention[] {
  const teamsByNickname = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'ORG' && m.type !== 'MISC') continue;
    const tokens = nameTokens(m.text);
    if (tokens.length < 2) continue;
    const nickname = m.text.split(/\s+/u).at(-1)!;
    if (!isTeamOfPlace({ canonical: m.text, tokens }, { canonical: nickname, tokens: nameTokens(nickname) })) continue;
    teamsByNickname.set(nickname, (teamsByNickname.get(nickname) ?? new Set<string>()).add(tokens.join(' ')));
  }
  const added: Mention[] = [];
  const untagged = (start: number, end: number) => !mentions.some((m) => m.start < end && start < m.end) && !added.some((m) => m.start < end && start < m.end);
  for (const [nickname, teams] of teamsByNickname) {
    // two teams of the article with one nickname: the bare word says not which
    if (teams.size !== 1) continue;
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${nickname}(?![\\p{L}\\p{N}])`, 'gu');
    for (const hit of text.matchAll(word)) {
      const start = hit.index;
      const end = start + nickname.length;
      if (untagged(start, end)) added.push({ start, end, type: 'ORG', text: nickname });
    }
  }
  if (syntax) added.push(...townPetFormSides(text, syntax, [...teamsByNickname.values()].flatMap((t) => [...t]), untagged));
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** The untagged pet forms of the town of the one team of the article whose town they clip, where the parse makes them a subject or object. */
function townPetFormSides(text: string, syntax: Syntax, teams: string[], untagged: (start: number, end: number) => boolean): Mention[] {
  if (teams.length === 0) return [];
  const out: Mention[] = [];
  for (const hit of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+?(?:y|ie)(?![\p{L}\p{N}])/gu)) {
    const word = hit[0];
    const stems = petFormStems(word);
    if (stems.length === 0) continue;
    const named = new Set(teams.filter((t) => {
      const town = t.split(' ')[0].toLowerCase();
      return town.length > word.length && stems.some((s) => town.startsWith(s));
    }));
    const start = hit.index;
    const end = start + word.length;
    if (named.size !== 1 || !untagged(start, end)) continue;
    const k = firstWordStartingFrom(syntax, start);
    const w = syntax.words[k];
    if (w && w.start === start && w.end === end && SIDE.test(w.deprel)) out.push({ start, end, type: 'ORG', text: word });
  }
  return out;
}
