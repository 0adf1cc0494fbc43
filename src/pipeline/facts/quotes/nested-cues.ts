// A cue inside another attribution's content: PolNeAR marks only the outer attribution ("He
// says he believes …" marks "says" alone; almost no cue of its train set lies under another
// cue), so such a cue the tagger found is dropped with its relation. Kept: a cue inside a
// quotation (left to the quotation's own handling), a cue coordinated with a verb of the
// outer content ("said he would act and warned against …"): the parser often hangs the second
// verb of speaking from the reported verb, and there the outer content is what ran too long;
// and a relayed cue that introduces a quotation ("The ministry said the plan was “a mistake”,
// the agency reported"): the quotation is the inner source's words, and dropping the inner
// relation would give them to the one who relays them.
// Measured with the shipped model (exact source / cue / content): PolNeAR dev +0.001 / +0.003 /
// +0.002, all 840 train articles +0.003 / +0.002 / +0.002; dropping the coordinated cues too
// lowered every role on both.
// A relation a rule made from a label (a headline's "Name:", a dash credit) spans a whole line:
// it never deletes a relation inside it that has a verb cue and a source of its own ("Brexit:
// Johnson says …"); nor does a relation the tagger found in the body with a lone colon or dash
// for its cue (a roundup's "FRANCE: “…,” Minister X told …"). A transcript's turns (a repeated
// label, see transcript-labels.ts) are speech, and PolNeAR marks only them, as it marks the
// tagger's headline colons alone (PolNeAR dev: counting either as a label added 1 and 2 wrong
// relations; the body's colons and dashes, 2 relations with right sources and cues).
import { QuoteState, type AttributionTokens } from './tokens.js';

type Range = { from: number; to: number };

interface Relation {
  cue: Range;
  source?: Range | null;
  content: Range[];
}

/** The token of a range whose head lies outside it (the range's root in the parse). */
export function rangeHead(head: Int32Array, r: Range): number {
  for (let i = r.from; i < r.to; i++) if (head[i] < r.from || head[i] >= r.to) return i;
  return r.to - 1;
}

/** Whether a quotation opens inside one of the relation's content pieces. */
export function introducesQuotation(v: AttributionTokens, r: Relation): boolean {
  return r.content.some((p) => {
    for (let i = p.from; i < p.to; i++) if (v.quote[i] === QuoteState.Open) return true;
    return false;
  });
}

/**
 * A speech the outer attribution relays after the fact ("X said the plan was “a mistake”, the
 * agency reported"): the inner relation has its own source, its content holds a quotation, and
 * the outer cue follows that content, a reporting tag on the sentence. The quotation is the
 * inner source's words; without the inner relation the relaying source would speak them.
 */
export function isRelayedQuotation(v: AttributionTokens, inner: Relation, outer: Relation): boolean {
  if (!inner.source || !introducesQuotation(v, inner)) return false;
  const end = Math.max(...inner.content.map((p) => p.to));
  return outer.cue.from >= end;
}

/** A cue past the headline that is one colon or dash (a label's, not a verb of speaking). */
function isMarkCue(v: AttributionTokens, r: Relation): boolean {
  return r.cue.to - r.cue.from === 1 && v.para[r.cue.from] !== v.para[0] && /^[:\u2010-\u2015-]$/.test(v.low[r.cue.from]);
}

/** `labels`: the relations made by the label rules, which never count as the outer relation of a model relation with a verb cue and a source. */
export function withoutNestedCues<R extends Relation>(v: AttributionTokens, rels: R[], labels: ReadonlySet<R> = new Set()): R[] {
  const sx = v.syntax;
  if (!sx || rels.length < 2) return rels;
  return rels.filter((r) => {
    if (v.quote[r.cue.from] !== QuoteState.Outside) return true;
    const outer = rels.find((o) => o !== r && o.content.some((p) => p.from <= r.cue.from && r.cue.to <= p.to));
    if (!outer) return true;
    if (isRelayedQuotation(v, r, outer)) return true;
    const h = rangeHead(sx.head, r.cue);
    if ((labels.has(outer) || isMarkCue(v, outer)) && r.source && sx.upos[h] === 'VERB') return true;
    // coordinated with a verb below the outer cue: keep ("said … and warned …")
    const top = rangeHead(sx.head, outer.cue);
    if (sx.deprel[h] !== 'conj') return false;
    for (let k = sx.head[h], steps = 0; k >= 0 && steps < 8; k = sx.head[k], steps++) if (k === top) return true;
    return false;
  });
}
