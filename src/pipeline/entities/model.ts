// The shipped model: hashed feature ids → sparse, int16-quantised weight rows, transition
// weights, and the word resources (clusters, casing prior, name lists), in one gzip file.
import { clusterMap, readModelFile, sectionReader, writeModelFile } from '../model-file.js';
import type { NerResources } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { IntTable } from '../hash.js';
import { CachedTagger } from './tagger.js';
import { NUM_TAGS, TAGS } from './tags.js';
import { TRANS_SIZE, type LinearParams } from './decode.js';

const MAGIC = 'CHRONICLE-NER-1\n';

/** One linear tagger: hashed feature → row, and its weights. */
export interface LinearTagger {
  /** Hash of a feature → row in params.weights. */
  table: IntTable;
  params: LinearParams;
  /** Tags documents with these weights (caches per-word scores). */
  tagger: CachedTagger;
}

export interface NerModel extends LinearTagger {
  resources: NerResources;
  /** Second pass, which also sees what the first pass tagged each word across the document (pass-one.ts). */
  secondPass?: LinearTagger;
  /** Free-form facts about how the model was trained (data, epochs, dev F1). */
  info: Record<string, string | number>;
}

/** Trained weights of one pass, as the trainer hands them over. */
export interface PassWeights {
  keys: Int32Array;
  weights: Float32Array;
  trans: Float32Array;
}

/** Quantised weights of one pass in the file: rows, non-zero values and their scale. */
interface PassHeader {
  rows: number;
  nonZero: number;
  scale: number;
}

interface Header extends PassHeader {
  tags: string[];
  info: Record<string, string | number>;
  clusters: Array<[string, ...number[]]>;
  casing: Array<[string, number]>;
  gazetteer: { categories: string[]; entries: Array<[string, number]> };
  secondPass?: PassHeader;
}

export function createModel(
  keys: Int32Array,
  weights: Float32Array,
  trans: Float32Array,
  resources: NerResources,
  info: Record<string, string | number>,
  second?: PassWeights,
): NerModel {
  return { ...linearTagger({ keys, weights, trans }, resources), resources, info, secondPass: second ? linearTagger(second, resources) : undefined };
}

function linearTagger(p: PassWeights, resources: NerResources): LinearTagger {
  const table = new IntTable(p.keys.length);
  for (let r = 0; r < p.keys.length; r++) table.set(p.keys[r], r);
  const params = { weights: p.weights, trans: p.trans };
  return { table, params, tagger: new CachedTagger(table, params, resources) };
}

/**
 * Serialises with rows whose largest |weight| is below minWeight dropped, and the rest stored
 * sparsely (a tag bitmask per row, int16 values on one global scale).
 */
export function serialiseModel(
  keys: Int32Array,
  weights: Float32Array,
  trans: Float32Array,
  res: NerResources,
  info: Record<string, string | number>,
  minWeight: number,
  second?: PassWeights,
): Buffer {
  const first = quantise({ keys, weights, trans }, minWeight);
  const again = second ? quantise(second, minWeight) : null;
  const header: Header = {
    tags: [...TAGS],
    ...first.header,
    info,
    clusters: [...res.clusters].map(([w, ids]) => [w, ...ids] as [string, ...number[]]),
    casing: [...res.casing],
    gazetteer: { categories: res.gazetteer.categories, entries: res.gazetteer.entries() },
    ...(again ? { secondPass: again.header } : {}),
  };
  return writeModelFile(MAGIC, header, [...first.sections, ...(again?.sections ?? [])]);
}

function quantise(p: PassWeights, minWeight: number): { header: PassHeader; sections: Buffer[] } {
  const T = NUM_TAGS;
  let maxAbs = 0;
  for (let i = 0; i < p.weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(p.weights[i]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const keptKeys: number[] = [];
  const masks: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < p.keys.length; r++) {
    let mask = 0;
    const vals: number[] = [];
    for (let t = 0; t < T; t++) {
      const q = Math.round(p.weights[r * T + t] / scale);
      if (q !== 0 && Math.abs(p.weights[r * T + t]) >= minWeight) {
        mask |= 1 << t;
        vals.push(q);
      }
    }
    if (mask === 0) continue;
    keptKeys.push(p.keys[r]);
    masks.push(mask);
    values.push(...vals);
  }
  return {
    header: { rows: keptKeys.length, nonZero: values.length, scale },
    sections: [
      Buffer.from(Int32Array.from(keptKeys).buffer),
      Buffer.from(Uint32Array.from(masks).buffer),
      Buffer.from(Float32Array.from(p.trans).buffer),
      Buffer.from(Int16Array.from(values).buffer),
    ],
  };
}

export function deserialiseModel(gz: Buffer): NerModel {
  const { header, buf, offset } = readModelFile<Header>(gz, MAGIC, 'NER');
  if (header.tags.join(',') !== TAGS.join(',')) throw new Error('model tag set differs from this version');
  const take = sectionReader(buf, offset);
  const readPass = (h: PassHeader): PassWeights => {
    const keys = new Int32Array(take(h.rows * 4));
    const masks = new Uint32Array(take(h.rows * 4));
    const trans = new Float32Array(take(TRANS_SIZE * 4));
    const values = new Int16Array(take(h.nonZero * 2));
    const T = NUM_TAGS;
    const weights = new Float32Array(h.rows * T);
    let v = 0;
    for (let r = 0; r < h.rows; r++) {
      const m = masks[r];
      for (let t = 0; t < T; t++) if (m & (1 << t)) weights[r * T + t] = values[v++] * h.scale;
    }
    return { keys, weights, trans };
  };
  const first = readPass(header);
  const second = header.secondPass ? readPass(header.secondPass) : undefined;
  const resources: NerResources = {
    clusters: clusterMap(header.clusters),
    casing: new Map(header.casing),
    gazetteer: Gazetteer.fromEntries(header.gazetteer.categories, header.gazetteer.entries),
  };
  return createModel(first.keys, first.weights, first.trans, resources, header.info, second);
}
