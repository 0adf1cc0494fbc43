// Sports copy names a team in full once ("the Dunmore Herons") and by its nickname after that ("the
// Herons scored twice"), and a headline often writes the nickname before the body gives the full
// name. The tagger, which reads each sentence alone, finds the full name but can miss the bare
// nickname ("beat the Herons", "Win Over Herons"). Within one article, a capitalised word equal to
// the nickname of the one team the article writes with its place (isTeamOfPlace: a town, region or
// country, then a plural of creatures or people) is a mention of that name wherever the tagger left
// it untagged; the resolver then joins it to the full name (linkTeamNicknames). From the article's
// own full names only: no list of teams.
import type { Mention } from '../../types.js';
import { nameTokens } from './names.js';
import { isTeamOfPlace } from './resolve.js';

/** The article's mentions with its teams' bare nicknames added where the tagger missed them, in text order. */
export function addTeamNicknameRepeats(text: string, mentions: Mention[]): Mention[] {
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
  for (const [nickname, teams] of teamsByNickname) {
    // two teams of the article with one nickname: the bare word says not which
    if (teams.size !== 1) continue;
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${nickname}(?![\\p{L}\\p{N}])`, 'gu');
    for (const hit of text.matchAll(word)) {
      const start = hit.index;
      const end = start + nickname.length;
      if (mentions.some((m) => m.start < end && start < m.end)) continue;
      added.push({ start, end, type: 'ORG', text: nickname });
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
