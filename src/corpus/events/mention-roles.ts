// What the parse attaches to one event head, by role: who acts, who or what is acted on, the
// obliques ("into a clinic", "in Paris"), the time expressions of its own phrase, its numbers and
// the lemmas that modify it ("previous", "another", "seventh"), and whether it is a bare plural
// ("robberies", "arrests": talk of a kind of event, not of one). Two mentions with one head but
// different targets, times or numbers are usually two real-world instances ("an earlier quake",
// "cables were cut" beside "services were cut"); the error census of `eval event-coref --details`
// counts how wrong and missing links agree on them.
import type { Span, SyntaxWord, TimeMention } from '../../types.js';

export interface MentionRoles {
  /** nsubj, obl:agent: entity ids where a resolved mention covers the word, else lemmas. */
  actors: string[];
  /** obj, nsubj:pass, and for a noun head its possessor and "of" phrase ("the arrest of X", "X's arrest"). */
  targets: string[];
  /** Other obliques and noun modifiers, time words left out ("checked into a clinic"). */
  obliques: string[];
  /** Time expressions of the head's own phrase: ISO value when resolved, else "~" and the text ("~thursday"). */
  times: string[];
  /** Numbers counting the head or its target ("34 passes", "killed 12 people"). */
  numbers: string[];
  /** Lemmas of the head's modifiers: determiners, adjectives, adverbs, ordinals ("previous", "a", "seventh"). */
  modifiers: string[];
  /** A plural noun without determiner, number or possessor. */
  generic: boolean;
  /** The resolved entities among actors, targets and obliques, whatever role the parse gave them:
   *  "X, arrested on Sunday" and "police arrested X" name X in different roles. */
  entities: string[];
}

export interface RoleSources {
  words: readonly SyntaxWord[];
  /** The entity a span belongs to, if any. */
  entityAt: (span: Span) => string | undefined;
  times: readonly TimeMention[];
}

const ARGUMENT_TAGS = new Set(['NOUN', 'PROPN', 'NUM']);
/** Relations that stay inside the head's own phrase (not into another clause) when looking for its times. */
const PHRASE_RELATIONS = /^(obl|nmod|advmod|amod|compound|case|det|nummod|flat|fixed|appos)/;
const MODIFIER_RELATIONS = /^(amod|det|advmod|nummod)$/;

const timeOf = (t: TimeMention) => t.value.iso ?? `~${t.text.toLowerCase()}`;

export function mentionRoles(src: RoleSources, head: number): MentionRoles {
  const { words } = src;
  const roles: MentionRoles = { actors: [], targets: [], obliques: [], times: [], numbers: [], modifiers: [], generic: false, entities: [] };
  const h = words[head];
  if (!h) return roles;
  const children = (i: number) => {
    const out: number[] = [];
    // dependents sit near their head; a sentence is rarely longer than this
    for (let k = Math.max(0, i - 80); k < Math.min(words.length, i + 80); k++) if (words[k].head === i) out.push(k);
    return out;
  };
  const timeAt = (w: SyntaxWord) => src.times.find((t) => t.start <= w.start && w.end <= t.end);
  const key = (w: SyntaxWord) => src.entityAt(w) ?? w.lemma.toLowerCase();
  const caseOf = (i: number) => children(i).map((c) => words[c]).find((c) => c.deprel === 'case')?.lemma.toLowerCase();
  const isNoun = h.upos === 'NOUN' || h.upos === 'PROPN';
  const add = (list: string[], i: number) => {
    // "stabbed his girlfriend and his mother": each conjunct plays the role
    for (const k of [i, ...children(i).filter((c) => words[c].deprel === 'conj' && ARGUMENT_TAGS.has(words[c].upos))]) {
      list.push(key(words[k]));
      const entity = src.entityAt(words[k]);
      if (entity) roles.entities.push(entity);
    }
  };
  let determined = false;
  for (const c of children(head)) {
    const w = words[c];
    const rel = w.deprel;
    if (rel === 'det' || rel === 'nummod' || rel === 'nmod:poss') determined = true;
    if (rel === 'nummod') roles.numbers.push(w.lemma.toLowerCase());
    if (MODIFIER_RELATIONS.test(rel)) roles.modifiers.push(w.lemma.toLowerCase());
    if (!ARGUMENT_TAGS.has(w.upos) || timeAt(w)) continue;
    if (rel === 'nsubj' || rel === 'obl:agent') add(roles.actors, c);
    else if (rel === 'obj' || rel === 'nsubj:pass' || (isNoun && (rel === 'nmod:poss' || (rel === 'nmod' && caseOf(c) === 'of')))) {
      add(roles.targets, c);
      for (const n of children(c)) if (words[n].deprel === 'nummod') roles.numbers.push(words[n].lemma.toLowerCase());
    } else if (/^(obl|nmod)/.test(rel)) add(roles.obliques, c);
  }
  // the head's own phrase, two steps down: "on Thursday", "the previous day's shooting"
  const seen = new Set<string>();
  const visit = (i: number, depth: number) => {
    for (const c of children(i)) {
      const w = words[c];
      if (!PHRASE_RELATIONS.test(w.deprel)) continue;
      const t = timeAt(w);
      if (t && !seen.has(`${t.start}`)) {
        seen.add(`${t.start}`);
        roles.times.push(timeOf(t));
      }
      if (depth === 1 && w.deprel === 'nmod:poss') for (const m of children(c)) if (words[m].deprel === 'amod') roles.modifiers.push(words[m].lemma.toLowerCase());
      if (depth < 2) visit(c, depth + 1);
    }
  };
  visit(head, 1);
  roles.generic = h.upos === 'NOUN' && !determined && h.text.toLowerCase() !== h.lemma.toLowerCase() && /s$/i.test(h.text);
  return roles;
}

/** Mention roles from an analysed document's parse, entity mentions and times. */
export function roleSources(words: readonly SyntaxWord[], mentions: ReadonlyArray<Span & { entityId?: string }>, times: readonly TimeMention[]): RoleSources {
  return {
    words,
    times,
    entityAt: (s) => mentions.find((m) => m.entityId && m.start <= s.start && s.end <= m.end)?.entityId,
  };
}
