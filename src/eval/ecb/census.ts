// Error census of an event clustering against the gold one, counted over mention pairs of one
// topic: wrong links (one predicted cluster, two gold events) and missing links (one gold event,
// two predicted clusters), each split by head lemma, document, and whether the two mentions'
// arguments, dates and places agree, differ, or cannot be compared (one side names none). Pairs
// with one head are also compared on what the parse attaches to each head (mention-roles.ts): the
// entities in its roles, its own time expressions, its numbers, a bare plural on one side, and
// the modifiers only one side has ("previous", "another") — what tells two instances of one kind apart.
import type { CorefMention } from '../../corpus/events/mention-pairs.js';
import type { MentionRoles } from '../../corpus/events/mention-roles.js';
import { UNITS } from '../../pipeline/lexicons/numbers.js';
import { datesCompatible } from '../../corpus/events/coreference.js';
import type { Clustering } from './scores.js';
import { compareCodeUnits } from '../../corpus/events/order.js';

export type Agreement = 'agree' | 'differ' | 'unknown';

export interface PairTally {
  pairs: number;
  sameLemma: { sameDocument: number; crossDocument: number };
  differentLemma: { sameDocument: number; crossDocument: number };
  /** Head arguments and sentence participants: any in common, none in common, or one side has none. */
  arguments: Record<Agreement, number>;
  time: Record<Agreement, number>;
  place: Record<Agreement, number>;
  /** The most frequent head-lemma pairs, "a/b": count. */
  topLemmaPairs: Array<[string, number]>;
  /** Pairs with one head lemma, by their heads' own arguments. */
  sameHead: SameHeadTally;
}

export interface SameHeadTally {
  /** Resolved entities in any role of the head. */
  entities: Record<Agreement, number>;
  /** obj, nsubj:pass, a noun head's possessor or "of" phrase: entities or lemmas. */
  targets: Record<Agreement, number>;
  /** Time expressions of the head's own phrase (resolved ones by date, others by their words). */
  ownTime: Record<Agreement, number>;
  numbers: Record<Agreement, number>;
  /** Pairs where one head is a bare plural and the other is not. */
  oneGeneric: number;
  /** Modifiers on one side only, most frequent first. */
  oneSidedModifiers: Array<[string, number]>;
}

export interface ErrorCensus {
  /** Pairs of one predicted cluster that are two gold events (precision errors). */
  wrongLinks: PairTally;
  /** Pairs of one gold event that the prediction keeps apart (recall errors). */
  missingLinks: PairTally;
  /** Every pair of one gold event, for scale. */
  goldLinks: PairTally;
}

function agreement(a: readonly string[], b: readonly string[]): Agreement {
  if (!a.length || !b.length) return 'unknown';
  const set = new Set(a);
  return b.some((x) => set.has(x)) ? 'agree' : 'differ';
}

const timeAgreement = (a: string | null, b: string | null): Agreement => (!a || !b ? 'unknown' : datesCompatible(a, b) ? 'agree' : 'differ');

const argumentsOf = (m: CorefMention) => [...(m.args ?? []), ...m.participants];

/** Own times: resolved ones compared at their precision, unresolved ones ("~tuesday") by their words. */
function ownTimeAgreement(a: readonly string[], b: readonly string[]): Agreement {
  let compared = false;
  for (const x of a)
    for (const y of b) {
      const fuzzy = x.startsWith('~');
      if (fuzzy !== y.startsWith('~')) continue;
      compared = true;
      if (fuzzy ? x === y : datesCompatible(x, y)) return 'agree';
    }
  return compared ? 'differ' : 'unknown';
}

/** "two" and "2" are one count. */
const counts = (r: MentionRoles | undefined) => (r?.numbers ?? []).map((w) => String(UNITS.get(w) ?? w.replace(/,/g, '')));

const none = (): Record<Agreement, number> => ({ agree: 0, differ: 0, unknown: 0 });

class SameHead {
  entities = none();
  targets = none();
  ownTime = none();
  numbers = none();
  oneGeneric = 0;
  modifiers = new Map<string, number>();

  add(a: MentionRoles | undefined, b: MentionRoles | undefined): void {
    this.entities[agreement(a?.entities ?? [], b?.entities ?? [])]++;
    this.targets[agreement(a?.targets ?? [], b?.targets ?? [])]++;
    this.ownTime[ownTimeAgreement(a?.times ?? [], b?.times ?? [])]++;
    this.numbers[agreement(counts(a), counts(b))]++;
    if (!!a?.generic !== !!b?.generic) this.oneGeneric++;
    const x = new Set(a?.modifiers ?? []);
    const y = new Set(b?.modifiers ?? []);
    for (const m of [...[...x].filter((m) => !y.has(m)), ...[...y].filter((m) => !x.has(m))]) this.modifiers.set(m, (this.modifiers.get(m) ?? 0) + 1);
  }

  report(top: number): SameHeadTally {
    const oneSidedModifiers = [...this.modifiers].sort((p, q) => q[1] - p[1] || compareCodeUnits(p[0], q[0])).slice(0, top);
    return { entities: this.entities, targets: this.targets, ownTime: this.ownTime, numbers: this.numbers, oneGeneric: this.oneGeneric, oneSidedModifiers };
  }
}

class Tally {
  pairs = 0;
  sameLemma = { sameDocument: 0, crossDocument: 0 };
  differentLemma = { sameDocument: 0, crossDocument: 0 };
  arguments: Record<Agreement, number> = { agree: 0, differ: 0, unknown: 0 };
  time: Record<Agreement, number> = { agree: 0, differ: 0, unknown: 0 };
  place: Record<Agreement, number> = { agree: 0, differ: 0, unknown: 0 };
  lemmaPairs = new Map<string, number>();
  sameHead = new SameHead();

  add(a: CorefMention, b: CorefMention): void {
    this.pairs++;
    if (a.lemma === b.lemma) this.sameHead.add(a.roles, b.roles);
    const lemma = a.lemma === b.lemma ? this.sameLemma : this.differentLemma;
    if (a.doc === b.doc) lemma.sameDocument++;
    else lemma.crossDocument++;
    this.arguments[agreement(argumentsOf(a), argumentsOf(b))]++;
    this.time[timeAgreement(a.date, b.date)]++;
    this.place[agreement(a.places, b.places)]++;
    const pair = a.lemma <= b.lemma ? `${a.lemma}/${b.lemma}` : `${b.lemma}/${a.lemma}`;
    this.lemmaPairs.set(pair, (this.lemmaPairs.get(pair) ?? 0) + 1);
  }

  report(top: number): PairTally {
    const { pairs, sameLemma, differentLemma, time, place } = this;
    const topLemmaPairs = [...this.lemmaPairs].sort((x, y) => y[1] - x[1] || compareCodeUnits(x[0], y[0])).slice(0, top);
    return { pairs, sameLemma, differentLemma, arguments: this.arguments, time, place, topLemmaPairs, sameHead: this.sameHead.report(top) };
  }
}

/** Census over the pairs of mentions that share a topic (`topicOf`); clusterings are keyed by mention key. */
export function errorCensus(mentions: readonly CorefMention[], topicOf: (m: CorefMention) => string, key: Clustering, response: Clustering, top = 12): ErrorCensus {
  const wrong = new Tally();
  const missing = new Tally();
  const gold = new Tally();
  const byTopic = new Map<string, CorefMention[]>();
  for (const m of mentions) {
    const t = topicOf(m);
    const list = byTopic.get(t);
    if (list) list.push(m);
    else byTopic.set(t, [m]);
  }
  for (const list of byTopic.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        const sameGold = key.get(a.key) === key.get(b.key);
        const samePredicted = response.get(a.key) === response.get(b.key);
        if (sameGold) gold.add(a, b);
        if (samePredicted && !sameGold) wrong.add(a, b);
        if (sameGold && !samePredicted) missing.add(a, b);
      }
  return { wrongLinks: wrong.report(top), missingLinks: missing.report(top), goldLinks: gold.report(top) };
}
