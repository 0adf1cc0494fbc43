// The attribution model: a cue tagger (O, B-cue, I-cue) and a role tagger (O, B/I-source,
// B/I-content, relative to one cue), saved together in one gzip file: a JSON header, then per
// tagger its feature keys, int16 weights on one scale, and float transitions.
import { existsSync, readFileSync } from 'node:fs';
import { readModelFile, sectionReader, writeModelFile } from '../../model-file.js';
import { projectPath } from '../../../paths.js';
import { LinearSequenceModel, bioGrammar } from './linear.js';
import { CANDIDATE_TABLE_BITS, type CandidateClassifier } from './candidates.js';

const MAGIC = 'CHRONICLE-ATTRIBUTION-1\n';
export const DEFAULT_ATTRIBUTION_MODEL = 'attribution.bin.gz';

export const CUE_ROLES = 1;
/** Role tagger roles: 0 source, 1 content. */
export const ROLE_ROLES = 2;

export interface AttributionModel {
  cue: LinearSequenceModel;
  role: LinearSequenceModel;
  /** Trained with parse features: then the parse is read at run time too. */
  usesSyntax: boolean;
  /** Cue candidates from the parse that the cue tagger passed over, and the classifier that takes some (optional). */
  candidates?: CandidateClassifier;
  info: Record<string, string | number | boolean>;
}

export function newAttributionModel(usesSyntax: boolean): AttributionModel {
  return {
    cue: new LinearSequenceModel(1 + 2 * CUE_ROLES, bioGrammar(CUE_ROLES), 1 << 18),
    role: new LinearSequenceModel(1 + 2 * ROLE_ROLES, bioGrammar(ROLE_ROLES), 1 << 20),
    usesSyntax,
    info: {},
  };
}

interface TaggerHeader {
  tags: number;
  rows: number;
  scale: number;
  bias?: number[];
}

interface Header {
  usesSyntax: boolean;
  info: Record<string, string | number | boolean>;
  cue: TaggerHeader;
  role: TaggerHeader;
  /** The candidate classifier's non-zero weights (indices, then values) follow the role tagger's sections. */
  candidates?: { weights: number; threshold: number };
}

/** Rows whose largest |weight| is below minWeight are dropped (they change no decision worth keeping). */
export function serialiseAttributionModel(m: AttributionModel, minWeight: number): Buffer {
  const packed = [m.cue, m.role].map((t) => pack(t, minWeight));
  const header: Header = { usesSyntax: m.usesSyntax, info: m.info, cue: packed[0].header, role: packed[1].header };
  const sections = packed.flatMap((p) => [p.keys, p.values, p.trans]);
  if (m.candidates) {
    const at: number[] = [];
    const values: number[] = [];
    m.candidates.weights.forEach((w, i) => {
      if (w !== 0) {
        at.push(i);
        values.push(w);
      }
    });
    header.candidates = { weights: at.length, threshold: m.candidates.threshold };
    sections.push(Buffer.from(Int32Array.from(at).buffer), Buffer.from(Float32Array.from(values).buffer));
  }
  return writeModelFile(MAGIC, header, sections);
}

function pack(t: LinearSequenceModel, minWeight: number): { header: TaggerHeader; keys: Buffer; values: Buffer; trans: Buffer } {
  const T = t.tags;
  const keys: number[] = [];
  const rows: number[] = [];
  let maxAbs = 0;
  const keyOf = t.keys;
  for (let r = 0; r < t.rows; r++) {
    let m = 0;
    for (let k = 0; k < T; k++) m = Math.max(m, Math.abs(t.weights[r * T + k]));
    if (m < minWeight || keyOf[r] === 0) continue;
    keys.push(keyOf[r]);
    rows.push(r);
    maxAbs = Math.max(maxAbs, m);
  }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const values = new Int16Array(rows.length * T);
  rows.forEach((r, i) => {
    for (let k = 0; k < T; k++) values[i * T + k] = Math.round(t.weights[r * T + k] / scale);
  });
  return {
    header: { tags: T, rows: rows.length, scale, bias: [...t.bias] },
    keys: Buffer.from(Int32Array.from(keys).buffer),
    values: Buffer.from(values.buffer),
    trans: Buffer.from(Float32Array.from(t.trans).buffer),
  };
}

export function deserialiseAttributionModel(gz: Buffer): AttributionModel {
  const { header, buf, offset } = readModelFile<Header>(gz, MAGIC, 'attribution');
  const take = sectionReader(buf, offset);
  const unpack = (h: TaggerHeader, roles: number) => {
    const keys = new Int32Array(take(h.rows * 4));
    const values = new Int16Array(take(h.rows * h.tags * 2));
    const trans = new Float32Array(take((h.tags * h.tags + h.tags) * 4));
    const t = new LinearSequenceModel(h.tags, bioGrammar(roles), Math.max(1, h.rows));
    for (let r = 0; r < h.rows; r++) t.intern(keys[r]);
    for (let i = 0; i < values.length; i++) t.weights[i] = values[i] * h.scale;
    t.trans.set(trans);
    if (h.bias) t.bias.set(h.bias);
    t.freeze();
    return t;
  };
  const cue = unpack(header.cue, CUE_ROLES);
  const role = unpack(header.role, ROLE_ROLES);
  const model: AttributionModel = { cue, role, usesSyntax: header.usesSyntax, info: header.info };
  if (header.candidates) {
    const at = new Int32Array(take(header.candidates.weights * 4));
    const values = new Float32Array(take(header.candidates.weights * 4));
    const weights = new Float32Array(1 << CANDIDATE_TABLE_BITS);
    for (let k = 0; k < at.length; k++) weights[at[k]] = values[k];
    model.candidates = { weights, threshold: header.candidates.threshold };
  }
  return model;
}

const cache = new Map<string, AttributionModel | null>();

/** The shipped model (or FILE), loaded once per process; null when no model file exists. */
export function loadAttributionModel(file?: string): AttributionModel | null {
  const path = file ?? projectPath('models', DEFAULT_ATTRIBUTION_MODEL);
  if (!cache.has(path)) cache.set(path, existsSync(path) ? deserialiseAttributionModel(readFileSync(path)) : null);
  const m = cache.get(path) ?? null;
  if (!m && file) throw new Error(`${file}: no such attribution model`);
  return m;
}
