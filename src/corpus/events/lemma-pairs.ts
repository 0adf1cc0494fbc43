// Event heads that name one happening in different words ("killed" and "murder", "died" and
// "death", "win" and "victory"), learned from coreference-annotated topics: a pair of head lemmas
// is kept when, within one story, its mentions corefer at least `minRate` of the time in at least
// `minTopics` different topics (so one topic's idiom is not learned). Stored as models/event-lemma-pairs.json.
import { existsSync, readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import { compareCodeUnits } from './order.js';
import { groupRoots } from '../linked-groups.js';

export interface LemmaPairModel {
  /** Pairs of head lemmas (as lightLemma gives them) that name one event. */
  pairs: Array<[string, string]>;
  info?: Record<string, string | number>;
}

export interface LemmaPairOptions {
  minTopics: number;
  minRate: number;
}

export const DEFAULT_LEMMA_PAIRS: LemmaPairOptions = { minTopics: 2, minRate: 0.5 };

/** One annotated topic: each mention's head lemma, its story, and its gold cluster. */
export interface AnnotatedMention {
  lemma: string;
  story: string;
  cluster: string;
}

interface PairTally {
  linked: number;
  seen: number;
  topics: Set<number>;
}

/** Pairs of different lemmas whose mentions in one story corefer often enough, in enough topics. */
export function learnLemmaPairs(topics: AnnotatedMention[][], opts: LemmaPairOptions = DEFAULT_LEMMA_PAIRS): Array<[string, string]> {
  const tally = new Map<string, PairTally>();
  topics.forEach((mentions, topic) => {
    for (let i = 0; i < mentions.length; i++)
      for (let j = i + 1; j < mentions.length; j++) {
        const a = mentions[i];
        const b = mentions[j];
        if (a.story !== b.story || a.lemma === b.lemma) continue;
        const key = a.lemma < b.lemma ? `${a.lemma}\t${b.lemma}` : `${b.lemma}\t${a.lemma}`;
        let t = tally.get(key);
        if (!t) tally.set(key, (t = { linked: 0, seen: 0, topics: new Set() }));
        t.seen++;
        if (a.cluster === b.cluster) {
          t.linked++;
          t.topics.add(topic);
        }
      }
  });
  const out: Array<[string, string]> = [];
  for (const [key, t] of tally) if (t.topics.size >= opts.minTopics && t.linked / t.seen >= opts.minRate) out.push(key.split('\t') as [string, string]);
  return out.sort((x, y) => compareCodeUnits(x[0], y[0]) || compareCodeUnits(x[1], y[1]));
}

/** Lemma → the representative of its group of paired lemmas (itself when unpaired). */
export function lemmaGroups(pairs: ReadonlyArray<readonly [string, string]>): (lemma: string) => string {
  return groupRoots(pairs);
}

let shipped: ((lemma: string) => string) | undefined;

/** The groups of the model that ships in models/ (no groups when it is absent). */
export function shippedLemmaGroups(): (lemma: string) => string {
  if (shipped) return shipped;
  const file = projectPath('models', 'event-lemma-pairs.json');
  const model = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LemmaPairModel) : { pairs: [] };
  return (shipped = lemmaGroups(model.pairs));
}
