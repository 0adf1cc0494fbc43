// Query-parameter schemas: each route declares its parameters once; the same declaration
// validates requests (clear 400 messages) and describes the route in the OpenAPI document.
import { HttpError } from './http.js';

export type ParamSpec =
  | { type: 'integer'; description: string; min: number; max: number; default?: number }
  /** expected: what the pattern takes, in words, for the message refusing a value (else the pattern's source) */
  | { type: 'string'; description: string; maxLength?: number; pattern?: RegExp; expected?: string; default?: string }
  | { type: 'enum'; description: string; values: readonly string[]; default?: string }
  | { type: 'boolean'; description: string; default?: boolean }
  | { type: 'date'; description: string };

export type QuerySchema = Record<string, ParamSpec>;

type ValueOf<S> = S extends { type: 'integer' }
  ? number
  : S extends { type: 'boolean' }
    ? boolean
    : S extends { type: 'enum'; values: readonly (infer E)[] }
      ? E
      : string;

export type ParsedQuery<Q extends QuerySchema> = {
  [K in keyof Q]: Q[K] extends { default: unknown } ? ValueOf<Q[K]> : ValueOf<Q[K]> | undefined;
};

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** limit/offset parameters shared by every listing. */
export function paging(defaultLimit = 20, maxLimit = 200) {
  return {
    limit: { type: 'integer', description: 'Items per page', min: 1, max: maxLimit, default: defaultLimit },
    offset: { type: 'integer', description: 'Items to skip', min: 0, max: 1_000_000, default: 0 },
  } as const;
}

export function parseQuery<Q extends QuerySchema>(params: URLSearchParams, schema: Q): ParsedQuery<Q> {
  const out: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    if (!(name in schema)) {
      const known = Object.keys(schema);
      throw new HttpError(400, `unknown query parameter "${name}"${known.length ? `; this route takes: ${known.join(', ')}` : '; this route takes none'}`);
    }
    if (params.getAll(name).length > 1) throw new HttpError(400, `query parameter "${name}" is given more than once`);
    if (params.get(name)!.includes('\u0000')) throw new HttpError(400, `query parameter "${name}" must not contain a NUL character`);
  }
  for (const [name, spec] of Object.entries(schema)) {
    const raw = params.get(name);
    out[name] = raw === null || raw === '' ? ('default' in spec ? spec.default : undefined) : parseValue(name, raw, spec);
  }
  return out as ParsedQuery<Q>;
}

function parseValue(name: string, raw: string, spec: ParamSpec): unknown {
  const bad = (expected: string) => new HttpError(400, `query parameter "${name}" must be ${expected}, got "${raw.slice(0, 80)}"`);
  switch (spec.type) {
    case 'integer': {
      const n = Number(raw);
      if (!/^-?\d+$/.test(raw) || n < spec.min || n > spec.max) throw bad(`a whole number from ${spec.min} to ${spec.max}`);
      return n;
    }
    case 'boolean':
      if (raw === 'true' || raw === '1') return true;
      if (raw === 'false' || raw === '0') return false;
      throw bad('true or false');
    case 'enum':
      if (!spec.values.includes(raw)) throw bad(`one of ${spec.values.join(', ')}`);
      return raw;
    case 'date':
      if (!DATE.test(raw)) throw bad('a date as YYYY, YYYY-MM or YYYY-MM-DD');
      return raw;
    case 'string':
      if (raw.length > (spec.maxLength ?? 200)) throw bad(`at most ${spec.maxLength ?? 200} characters`);
      if (spec.pattern && !spec.pattern.test(raw)) throw bad(spec.expected ?? `text matching ${spec.pattern.source}`);
      return raw;
  }
}
