// Which names inside an event role stand for the role itself. An English noun phrase ends in its
// head, before any post-modifier ("of …", "in …", ", who …"): "Dutch police" is the police, not the
// nationality that modifies them; "Turkey's Interior Ministry" is the ministry; "migrants
// intercepted in Mauritania" are migrants. A name is the role's referent when it holds the head:
// nothing but a conjunction or the phrase's end follows it before the first post-modifier.
import type { Span } from '../../types.js';

/** Where a post-modifier opens: a comma, a bracket, a preposition, a relative pronoun, a participle's "by". */
const POST_MODIFIER = /,|\(|\s(?:of|in|at|from|on|for|with|near|under|over|by|to|into|off|onto|across|against|among|between|through|outside|inside|after|during|since|who|whom|whose|which|that)\s/iu;
/** What may follow a head name inside the same head: a coordinating conjunction (before another name). */
const AFTER_HEAD = /^\s*(?:and|or|&)\s/iu;

/**
 * The mentions (inside the role) that refer to what the role names, in the order given.
 * `isGroupWord` (a common noun for a body of people: "unit", "division", "subsidiary") lets an
 * organisation's name stand for the body its head word calls it ("its Triplett Electrical unit").
 */
export function roleReferents<M extends Span & { label?: string }>(role: Span & { text: string }, mentions: readonly M[], isGroupWord: (word: string) => boolean = () => false): M[] {
  const inside = mentions.filter((m) => m.start >= role.start && m.end <= role.end);
  if (inside.length <= 0) return inside;
  const cut = POST_MODIFIER.exec(role.text);
  const headEnd = role.start + (cut ? cut.index : role.text.length);
  // "Kenya and Uganda": a conjoined name is a referent only when the last conjunct is a name too
  // ("Canadian and Egyptian officials" are officials)
  const lastIsName = inside.some((m) => m.start < headEnd && m.end >= headEnd);
  const held = inside.filter((m) => {
    // a name wholly after the head is a post-modifier's ("the head of Interpol")
    if (m.start >= headEnd) return false;
    // a name reaching past the head's end holds it ("Ministry of Defense")
    if (m.end >= headEnd) return true;
    return lastIsName && AFTER_HEAD.test(role.text.slice(m.end - role.start, headEnd - role.start));
  });
  if (held.length) return held;
  // an organisation's name right before a head word for a body of people names that body
  const last = /(\S+)\s*$/u.exec(role.text.slice(0, headEnd - role.start));
  const named = last ? inside.find((m) => m.label === 'ORG' && /^\s+$/u.test(role.text.slice(m.end - role.start, last.index))) : undefined;
  return named && last && /^\p{Ll}+$/u.test(last[1]) && isGroupWord(last[1]) ? [named] : [];
}
