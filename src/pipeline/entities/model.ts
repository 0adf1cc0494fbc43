// The shipped model: hashed feature ids → sparse, int16-quantised weight rows, transition
// weights, and the word resources (clusters, casing prior, name lists), in one gzip file.
import { readModelFile, writeModelFile } from '../model-file.js';
import type { NerResources } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { IntTable } from './hash.js';
import { CachedTagger } from './tagger.js';
import { NUM_TAGS, TAGS } from './tags.js';
import { TRANS_SIZE, type LinearParams } from './decode.js';

const MAGIC = 'CHRONICLE-NER-1\n';

export interface NerModel {
  /** Hash of a feature → row in params.weights. */
  table: IntTable;
  params: LinearParams;
  resources: NerResources;
  /** Tags documents with these weights (caches per-word scores). */
  tagger: CachedTagger;
  /** Free-form facts about how the model was trained (data, epochs, dev F1). */
  info: Record<string, string | number>;
}

interface Header {
  tags: string[];
  rows: number;
  nonZero: number;
  scale: number;
  info: Record<string, string | number>;
  clusters: Array<[string, ...number[]]>;
  casing: Array<[string, number]>;
  gazetteer: { categories: string[]; entries: Array<[string, number]> };
}

export function createModel(
  keys: Int32Array,
  weights: Float32Array,
  trans: Float32Array,
  resources: NerResources,
  info: Record<string, string | number>,
): NerModel {
  const table = new IntTable(keys.length);
  for (let r = 0; r < keys.length; r++) table.set(keys[r], r);
  const params = { weights, trans };
  return { table, params, resources, tagger: new CachedTagger(table, params, resources), info };
}

/**
 * Serialises with rows whose largest |weight| is below minWeight dropped, and the rest stored
 * sparsely (a tag bitmask per row, int16 values on one global scale).
 */
export function serialiseModel(keys: Int32Array, weights: Float32Array, trans: Float32Array, res: NerResources, info: Record<string, string | number>, minWeight: number): Buffer {
  const T = NUM_TAGS;
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const keptKeys: number[] = [];
  const masks: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    let mask = 0;
    const vals: number[] = [];
    for (let t = 0; t < T; t++) {
      const q = Math.round(weights[r * T + t] / scale);
      if (q !== 0 && Math.abs(weights[r * T + t]) >= minWeight) {
        mask |= 1 << t;
        vals.push(q);
      }
    }
    if (mask === 0) continue;
    keptKeys.push(keys[r]);
    masks.push(mask);
    values.push(...vals);
  }
  const header: Header = {
    tags: [...TAGS],
    rows: keptKeys.length,
    nonZero: values.length,
    scale,
    info,
    clusters: [...res.clusters].map(([w, ids]) => [w, ...ids] as [string, ...number[]]),
    casing: [...res.casing],
    gazetteer: { categories: res.gazetteer.categories, entries: res.gazetteer.entries() },
  };
  return writeModelFile(MAGIC, header, [
    Buffer.from(Int32Array.from(keptKeys).buffer),
    Buffer.from(Uint32Array.from(masks).buffer),
    Buffer.from(Float32Array.from(trans).buffer),
    Buffer.from(Int16Array.from(values).buffer),
  ]);
}

export function deserialiseModel(gz: Buffer): NerModel {
  const { header, buf, offset } = readModelFile<Header>(gz, MAGIC, 'NER');
  let pos = offset;
  if (header.tags.join(',') !== TAGS.join(',')) throw new Error('model tag set differs from this version');
  const take = (bytes: number) => {
    const copy = new Uint8Array(bytes);
    copy.set(buf.subarray(pos, pos + bytes));
    pos += bytes;
    return copy.buffer;
  };
  const keys = new Int32Array(take(header.rows * 4));
  const masks = new Uint32Array(take(header.rows * 4));
  const trans = new Float32Array(take(TRANS_SIZE * 4));
  const values = new Int16Array(take(header.nonZero * 2));
  const T = NUM_TAGS;
  const weights = new Float32Array(header.rows * T);
  let v = 0;
  for (let r = 0; r < header.rows; r++) {
    const m = masks[r];
    for (let t = 0; t < T; t++) if (m & (1 << t)) weights[r * T + t] = values[v++] * header.scale;
  }
  const resources: NerResources = {
    clusters: new Map(header.clusters.map(([w, ...ids]) => [w, Int32Array.from(ids)])),
    casing: new Map(header.casing),
    gazetteer: Gazetteer.fromEntries(header.gazetteer.categories, header.gazetteer.entries),
  };
  return createModel(keys, weights, trans, resources, header.info);
}
