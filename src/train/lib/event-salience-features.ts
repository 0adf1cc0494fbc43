// Features of a candidate event for the salience selector: what the parse, the document's layout
// and the event's own arguments say about whether a careful reader would list it. No word lists:
// the trigger's lemma is hashed, its meaning enters as its WordNet lexicographer class.
import type { EventRecord, Mention, Quote, Segmentation, Span, Syntax, SyntaxWord } from '../../types.js';
import { firstTokenAtOrAfter } from '../../pipeline/context/document.js';
import { headOfSpan } from '../../pipeline/syntax/query.js';

/** What the features read of a document (an Analysis has all of it; so does the facts stage). */
export interface SalienceDoc {
  paragraphs: Span[];
  segmentation: Segmentation;
  syntax?: Syntax;
  mentions: Mention[];
  quotes: Quote[];
}

type LexClass = (lemma: string, upos: string) => string;

/** A trained event-word detector's guess for word k of the sentence [from, to): its TimeML class and how sure it is. */
export type TriggerDetector = (syn: Syntax, k: number, from: number, to: number) => { cls: string; margin: number };

/** The index of the span holding offset `at`, or -1 (spans sorted by start). */
function indexAt(spans: ReadonlyArray<Span>, at: number): number {
  const k = firstTokenAtOrAfter(spans, at + 1) - 1;
  return k >= 0 && spans[k].start <= at && at < spans[k].end ? k : -1;
}

const bucket = (n: number, edges: number[]): string => {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
};

/** How often the document names what a role names: its most named overlapping mention's count (0 when none). */
function roleWeight(mentions: Mention[], counts: Map<string, number>, role: Span): number {
  let n = 0;
  for (const m of mentions) if (m.start < role.end && role.start < m.end) n = Math.max(n, counts.get(entityKey(m)) ?? 0);
  return n;
}

const entityKey = (m: Mention): string => (m.canonical ?? m.text).toLowerCase();

/** The chain of relations from word k up to its sentence's root. */
function pathUp(words: SyntaxWord[], k: number): string[] {
  const rels: string[] = [];
  for (let w = k, guard = 0; w >= 0 && guard < 40; w = words[w].head, guard++) rels.push(words[w].deprel.split(':')[0] + (words[w].deprel === 'acl:relcl' ? ':relcl' : ''));
  return rels;
}

/** Entity types of the mentions a role's span overlaps ("PER", "ORG+LOC"), or "none". */
function roleTypes(mentions: Mention[], role: Span): string {
  const types = new Set<string>();
  for (const m of mentions) if (m.start < role.end && role.start < m.end) types.add(m.type);
  return types.size ? [...types].sort().join('+') : 'none';
}

/**
 * Feature strings of each event (same order). `events` are one document's, in text order or not;
 * "re-mention" reads the events before an event's trigger.
 */
export function salienceFeatures(doc: SalienceDoc, events: EventRecord[], lex: LexClass, detector?: TriggerDetector): string[][] {
  const sentences = doc.segmentation.sentences;
  const words = doc.syntax?.words ?? [];
  const paragraphs = doc.paragraphs;
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  const direct = doc.quotes.filter((q) => q.kind === 'direct');
  const indirect = doc.quotes.filter((q) => q.kind === 'indirect');
  const inside = (qs: Quote[], at: number) => qs.some((q) => q.start <= at && at < q.end);
  const nSent = Math.max(1, sentences.length);
  const typeFirst = new Map<string, number>();
  for (const e of events) typeFirst.set(e.type, Math.min(typeFirst.get(e.type) ?? Infinity, e.trigger.start));
  const entityCounts = new Map<string, number>();
  for (const m of mentions) entityCounts.set(entityKey(m), (entityCounts.get(entityKey(m)) ?? 0) + 1);
  const typeCount = new Map<string, number>();
  for (const e of events) typeCount.set(e.type, (typeCount.get(e.type) ?? 0) + 1);
  // lemmas of the lede (the first two sentences, headline included): the story's own happening is named there
  const ledeEnd = sentences[Math.min(1, sentences.length - 1)]?.end ?? 0;
  const lede = new Set(words.filter((w) => w.start < ledeEnd).map((w) => w.lemma.toLowerCase()));
  const perSentence = new Map<number, number>();
  for (const e of events) perSentence.set(e.sentence.start, (perSentence.get(e.sentence.start) ?? 0) + 1);
  return events.map((e) => {
    const t = e.type;
    const status = e.status === 'reported' ? 'asserted' : e.status === 'suspected' ? 'alleged' : e.status;
    const s = indexAt(sentences, e.trigger.start);
    const p = indexAt(paragraphs, e.trigger.start);
    const f = ['b', `t=${t}`, `st=${status}`, `tst=${t}|${status}`];
    if (e.theme) f.push(`th=${e.theme}`);
    f.push(`s=${bucket(s, [0, 1, 2, 4, 8, 16])}`, `sr=${Math.min(3, Math.floor((4 * Math.max(0, s)) / nSent))}`, `pa=${bucket(p, [0, 1, 2, 4, 8])}`);
    const k = doc.syntax && words.length ? headOfSpan(doc.syntax, e.trigger) ?? -1 : -1;
    if (k >= 0) {
      const w = words[k];
      const lemma = w.lemma.toLowerCase();
      const rel = w.deprel.split(':')[0];
      const head = w.head >= 0 ? words[w.head] : null;
      f.push(`l=${lemma}`, `lt=${lemma}|${t}`, `p=${w.upos}`, `r=${rel}`, `pr=${w.upos}|${rel}`, `tp=${t}|${w.upos}`);
      const lc = lex(lemma, w.upos);
      f.push(`wn=${lc || 'none'}`, `wnt=${lc || 'none'}|${t}`);
      if (head) {
        const hc = lex(head.lemma.toLowerCase(), head.upos);
        f.push(`hp=${head.upos}|${rel}`, `hwn=${hc || 'none'}|${rel}`);
      } else f.push('hp=ROOT');
      const si = s >= 0 ? s : 0;
      const ws = doc.syntax!.sentenceWordStart;
      const from = ws[si] ?? 0;
      const to = ws[si + 1] ?? words.length;
      f.push(`len=${bucket(to - from, [8, 15, 25, 40])}`);
      let deps = 0;
      for (let c = from; c < to; c++) {
        if (words[c].head !== k) continue;
        const cr = words[c].deprel.split(':')[0];
        if (cr === 'aux' || cr === 'cop' || cr === 'mark' || cr === 'det' || cr === 'case') f.push(`cl=${cr}|${words[c].lemma.toLowerCase()}`);
        else deps++;
      }
      f.push(`deps=${bucket(deps, [0, 1, 2, 3])}`);
      const up = pathUp(words, k);
      f.push(`depth=${bucket(up.length - 1, [0, 1, 2, 3, 5])}`);
      for (const r of new Set(up.slice(1))) if (r === 'acl:relcl' || r === 'acl' || r === 'advcl' || r === 'obl' || r === 'nmod' || r === 'ccomp' || r === 'xcomp' || r === 'conj') f.push(`up=${r}`);
      f.push(`lede=${w.start >= ledeEnd && lede.has(lemma)}`);
      if (detector) {
        const g = detector(doc.syntax!, k, from, to);
        f.push(`tm=${g.margin > 0 ? g.cls : 'NONE'}`, `tmm=${bucket(g.margin, [-5, 0, 5, 15])}`);
      }
    }
    f.push(`q=${inside(direct, e.trigger.start) ? 'direct' : inside(indirect, e.trigger.start) ? 'indirect' : 'none'}`, `attr=${e.attribution ? 1 : 0}`);
    f.push(`a=${e.actors.length ? roleTypes(mentions, e.actors[0]) : 'absent'}`, `g=${e.targets.length ? roleTypes(mentions, e.targets[0]) : 'absent'}`);
    f.push(`ta=${t}|${e.actors.length > 0}|${e.targets.length > 0}`);
    f.push(`pl=${e.place ? (e.place.inferred ? 'inferred' : 'stated') : 'none'}`, `d=${e.date ? 'yes' : 'no'}`);
    for (const c of Object.keys(e.counts)) f.push(`c=${c}`);
    f.push(`tc=${bucket(typeCount.get(t) ?? 1, [1, 2, 4])}`);
    const weight = Math.max(0, ...e.actors.map((r) => roleWeight(mentions, entityCounts, r)), ...e.targets.map((r) => roleWeight(mentions, entityCounts, r)));
    f.push(`aw=${bucket(weight, [0, 1, 2, 4])}`);
    const rem = (typeFirst.get(t) ?? Infinity) < e.trigger.start;
    f.push(`rem=${rem}`, `remt=${rem}|${t}`, `nm=${bucket(e.mentions?.length ?? 1, [1, 2, 3])}`, `ns=${bucket(perSentence.get(e.sentence.start) ?? 1, [1, 2])}`);
    return f;
  });
}
