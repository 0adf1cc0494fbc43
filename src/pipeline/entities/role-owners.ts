// A capitalised word before a role noun and a person's name is the body the person serves:
// "Commons leader Peter Hain", "Senate leader Bob Dole", "Kremlin aide Ivan Petrov". The tagger
// often leaves such a word untagged (it reads it as part of a title). The parse must make the
// word a compound of the role noun; the role noun is lower case and the person's name follows it.
// Words that news mostly writes in lower case ("Defence minister", "Cabinet colleague": the
// casing prior) and places and nationalities ("Iraq envoy") are left alone.
import type { Mention, Syntax } from '../../types.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { candidates } from '../gazetteer/resolve.js';
import { nameKey } from '../gazetteer/normalize.js';
import { isCommonWord } from './sentence-start.js';

export function addRoleOwners(mentions: Mention[], syn: Syntax | undefined, casing: ReadonlyMap<string, number>): Mention[] {
  if (!syn || syn.words.length === 0) return mentions;
  const sentenceFirst = new Set(syn.sentenceWordStart);
  const personStarts = new Set(mentions.filter((m) => m.type === 'PER').map((m) => m.start));
  const added: Mention[] = [];
  syn.words.forEach((w, i) => {
    const role = syn.words[i + 1];
    const next = syn.words[i + 2];
    if (!role || !next || sentenceFirst.has(i) || w.upos !== 'PROPN' || w.deprel !== 'compound' || w.head !== i + 1) return;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w.text) || role.upos !== 'NOUN' || !/^\p{Ll}+$/u.test(role.text) || !personStarts.has(next.start)) return;
    if (isCommonWord(w.text, casing) || mentions.some((m) => m.start < role.end && w.start < m.end)) return;
    const key = nameKey(w.text);
    if (gazetteer().demonym(key) !== undefined || candidates(gazetteer(), w.text).entries.length > 0) return;
    added.push({ start: w.start, end: w.end, type: 'ORG', text: w.text });
  });
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
