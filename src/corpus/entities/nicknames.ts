// A nickname written in quotes between a person's given name and surname ("Vincent "The Chin"
// Gigante", wire style's "Mark ``Deep Throat'' Felt") is that person: the mention in the quotes,
// and every mention of the article written as it, carry the name around it (nicknameOf), which
// resolution reads as that person's full name. Read off the text before resolution, as the
// dateline and credit marks are, so that re-resolving stored mentions gives the same entities.
import type { Mention } from '../../types.js';

/** One to three given names (an initial "W." among them) ending right before an opening quote; a
 *  word that ends a sentence or a possessive ("Smith's") is no given name. */
const GIVEN = String.raw`(?:\p{Lu}\.|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)`;
const GIVEN_BEFORE = new RegExp(String.raw`(?<![\p{L}.'’])(${GIVEN}(?:[ \t]+${GIVEN}){0,2})[ \t]*(?:"|“|\x60\x60|'|‘)[ \t]*$`, 'u');
/** A closing quote right after the nickname, then the surname's mention. */
const CLOSE_AFTER = /^\s*(?:"|”|''|'|’)\s*$/u;
/** How far before a nickname its given names may start. */
const REACH = 40;

/** The mentions with each quoted nickname, and its other mentions in the article, marked with the person's name. */
export function markNicknames(text: string, mentions: Mention[]): Mention[] {
  const named = new Map<string, string>();
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (!next || next.type !== 'PER' || /\s/u.test(next.text) || !CLOSE_AFTER.test(text.slice(m.end, next.start))) return;
    const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, m.start - REACH), m.start));
    if (!given) return;
    const nickname = m.text.trim();
    if (nickname === next.text) return;
    const person = `${given[1].replace(/\s+/gu, ' ')} ${next.text}`;
    // one nickname for two people is none
    if (named.has(nickname) && named.get(nickname) !== person) named.set(nickname, '');
    else named.set(nickname, person);
  });
  if (![...named.values()].some(Boolean)) return mentions;
  return mentions.map((m) => {
    const person = named.get(m.text.trim());
    return person && !m.familyName ? { ...m, nicknameOf: person } : m;
  });
}
