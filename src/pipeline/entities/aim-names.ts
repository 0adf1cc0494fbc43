// A body named for its aim: a body's noun, "to", a verb and what it acts on, every word but "to" and
// "the" capitalised ("Committee to Re-elect the President", "Committee to Protect Journalists",
// "Campaign to Stop Killer Robots"). The tagger learned names of capitalised words and sees the
// lower-case "to" end one: it tags the verb alone ("Re"), the noun alone or nothing. The whole run
// is one organisation. Only a lower-case "to": a title-case headline writes "To" and proves nothing.
// Tokenised text writes a hyphenated verb apart ("Re - elect").
import type { Mention } from '../../types.js';

/** The nouns such bodies are named by. */
const BODY_NOUNS = 'Committee|Campaign|Coalition|Council|Commission|Fund|Alliance|League|Movement|Project';
/** A capitalised word, perhaps hyphenated (written apart in tokenised text: "Re - elect"). */
const VERB = String.raw`\p{Lu}\p{Ll}+(?:[ \t]?-[ \t]?\p{L}+)?`;
const OBJECT_WORD = String.raw`\p{Lu}[\p{L}'’]+`;
const AIM_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${BODY_NOUNS})[ \t]+to[ \t]+${VERB}(?:[ \t]+the)?(?:[ \t]+${OBJECT_WORD}){1,3}(?![\p{L}\p{N}])`,
  'gu',
);

/** Each body named for its aim made one ORG mention; the tagger's mentions inside or across it give way. */
export function joinAimNames(text: string, mentions: Mention[]): Mention[] {
  let out = mentions;
  for (const hit of text.matchAll(AIM_NAME)) {
    const start = hit.index;
    const end = start + hit[0].length;
    // a mention reaching past the run is another name's ("… President Nixon"), and a person the tagger
    // saw in it may be the verb's object as a sentence's ("the committee to Thank Mayor Orla Dahl"): left as tagged
    if (out.some((m) => m.start < end && (m.end > end || (m.type === 'PER' && m.end > start)))) continue;
    const body: Mention = { start, end, type: 'ORG', text: hit[0] };
    // a name the tagger began before the noun ("National Committee to …") keeps its words
    const opening = out.find((m) => m.start < start && m.end > start && m.end <= end);
    const joined = opening ? { ...body, start: opening.start, text: text.slice(opening.start, end) } : body;
    out = [...out.filter((m) => m.end <= joined.start || m.start >= end), joined].sort((a, b) => a.start - b.start);
  }
  return out;
}
