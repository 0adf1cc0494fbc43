// The shipped syntax model: tagger, parser and labeller weights (int16 on one scale each),
// word clusters, the lemma table and the tokenisation facts learned from the treebank, in one
// gzip file.
import { clusterMap, readModelFile, writeModelFile } from '../model-file.js';
import { LinearModel } from './linear.js';
import type { LemmaTable } from './lemma.js';
import type { WordResources } from './lexical.js';
import { NUM_UPOS } from './upos.js';
import { NUM_ACTIONS } from './parser.js';

const MAGIC = 'CHRONICLE-SYNTAX-1\n';

/** What the model holds besides its three weight tables, loaded or being written alike. */
interface WordFacts {
  /** Relation names, in the labeller's class order. */
  labels: string[];
  resources: WordResources;
  lemmas: LemmaTable;
  /** How UD splits words the segmenter keeps whole: "cannot" → ["can", "not"]. */
  splits: Map<string, string[]>;
  /** Lower-case first parts after which a hyphenated word stays one word ("non", "anti" …). */
  hyphenPrefixes: Set<string>;
  info: Record<string, string | number>;
}

export interface SyntaxModel extends WordFacts {
  tagger: LinearModel;
  parser: LinearModel;
  labeller: LinearModel;
}

export interface LinearWeights {
  keys: Int32Array;
  weights: Float32Array;
}

interface Section {
  name: 'tagger' | 'parser' | 'labeller';
  classes: number;
  rows: number;
  scale: number;
}

interface Header {
  labels: string[];
  info: Record<string, string | number>;
  clusters: Array<[string, ...number[]]>;
  lemmas: Array<[string, string]>;
  lemmaRules: Array<[string, number, string]>;
  splits: Array<[string, ...string[]]>;
  hyphenPrefixes: string[];
  sections: Section[];
}

/** A model to write: the weight tables as trained, before they become LinearModels. */
export interface ModelParts extends WordFacts {
  tagger: LinearWeights;
  parser: LinearWeights;
  labeller: LinearWeights;
}

export function serialiseSyntaxModel(parts: ModelParts): Buffer {
  const sections: Section[] = [];
  const binary: Buffer[] = [];
  const add = (name: Section['name'], classes: number, lw: LinearWeights) => {
    let maxAbs = 0;
    for (let i = 0; i < lw.weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(lw.weights[i]));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const q = new Int16Array(lw.weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(lw.weights[i] / scale);
    sections.push({ name, classes, rows: lw.keys.length, scale });
    binary.push(Buffer.from(lw.keys.buffer, lw.keys.byteOffset, lw.keys.byteLength));
    binary.push(Buffer.from(q.buffer));
    if (q.byteLength % 4) binary.push(Buffer.alloc(4 - (q.byteLength % 4)));
  };
  add('tagger', NUM_UPOS, parts.tagger);
  add('parser', NUM_ACTIONS, parts.parser);
  add('labeller', parts.labels.length, parts.labeller);
  const header: Header = {
    labels: parts.labels,
    info: parts.info,
    clusters: [...parts.resources.clusters].map(([w, ids]) => [w, ...ids] as [string, ...number[]]),
    lemmas: [...parts.lemmas.exact],
    lemmaRules: [...parts.lemmas.rules].map(([k, [strip, add]]) => [k, strip, add]),
    splits: [...parts.splits].map(([w, pieces]) => [w, ...pieces] as [string, ...string[]]),
    hyphenPrefixes: [...parts.hyphenPrefixes],
    sections,
  };
  return writeModelFile(MAGIC, header, binary);
}

export function deserialiseSyntaxModel(gz: Buffer): SyntaxModel {
  const { header, buf, offset } = readModelFile<Header>(gz, MAGIC, 'syntax');
  let pos = offset;
  const models = new Map<string, LinearModel>();
  for (const s of header.sections) {
    const keys = typedView(Int32Array, buf, pos, s.rows);
    pos += s.rows * 4;
    const count = s.rows * s.classes;
    const q = typedView(Int16Array, buf, pos, count);
    pos += count * 2 + ((count * 2) % 4 ? 4 - ((count * 2) % 4) : 0);
    models.set(s.name, new LinearModel(s.classes, keys, q, s.scale));
  }
  const section = (name: Section['name']) => {
    const m = models.get(name);
    if (!m) throw new Error(`syntax model without ${name} weights`);
    return m;
  };
  return {
    tagger: section('tagger'),
    parser: section('parser'),
    labeller: section('labeller'),
    labels: header.labels,
    resources: { clusters: clusterMap(header.clusters) },
    lemmas: { exact: new Map(header.lemmas), rules: new Map(header.lemmaRules.map(([k, strip, add]) => [k, [strip, add]])) },
    splits: new Map(header.splits.map(([w, ...pieces]) => [w, pieces])),
    hyphenPrefixes: new Set(header.hyphenPrefixes),
    info: header.info,
  };
}

/** `length` elements of buf from byte `pos`: a view where aligned (the usual case), else a copy. */
function typedView<T extends Int32Array | Int16Array>(Type: { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number }, buf: Buffer, pos: number, length: number): T {
  const at = buf.byteOffset + pos;
  if (at % Type.BYTES_PER_ELEMENT === 0) return new Type(buf.buffer, at, length);
  const copy = buf.buffer.slice(at, at + length * Type.BYTES_PER_ELEMENT);
  return new Type(copy, 0, length);
}

/**
 * A shipped model file with only its lemma table replaced: lemmas are worked out after tagging and
 * parsing and feed none of their features, so the weights, labels, clusters and info stay byte for byte.
 */
export function replaceLemmaTable(gz: Buffer, lemmas: LemmaTable): Buffer {
  const { header, buf, offset } = readModelFile<Header>(gz, MAGIC, 'syntax');
  const updated: Header = {
    ...header,
    lemmas: [...lemmas.exact],
    lemmaRules: [...lemmas.rules].map(([k, [strip, add]]) => [k, strip, add]),
  };
  return writeModelFile(MAGIC, updated, [buf.subarray(offset)]);
}
