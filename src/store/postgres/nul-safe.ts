// PostgreSQL text cannot hold the NUL character (U+0000), and jsonb refuses its JSON escape: a
// value carrying one fails the whole statement, and with it a whole batch. SQLite stores it. So
// every string bound to a PostgreSQL statement has NUL replaced by U+FFFD, the replacement
// character: the same length in UTF-16, so every span over the text stays valid, and a lookup
// key with a NUL simply matches nothing.
import pg from 'pg';

const NUL = /\u0000/g;
// The JSON escape of NUL (\u0000) not itself escaped (an even run of backslashes before it).
const NUL_ESCAPE = /(?<!\\)((?:\\\\)*)\\u0000/g;

export function withoutNul(value: unknown): unknown {
  if (typeof value === 'string') {
    if (value.indexOf('\u0000') < 0 && value.indexOf('\\u0000') < 0) return value;
    return value.replace(NUL, '\uFFFD').replace(NUL_ESCAPE, '$1\\ufffd');
  }
  if (Array.isArray(value)) return value.map(withoutNul);
  return value;
}

/** A pg.Client whose bound values never carry NUL (pass as the pool's Client). */
export class NulSafeClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    const safe = (...args: unknown[]): unknown => {
      const [first, values, ...rest] = args;
      if (Array.isArray(values)) return query(first, values.map(withoutNul), ...rest);
      if (first && typeof first === 'object' && Array.isArray((first as pg.QueryConfig).values)) {
        const config = first as pg.QueryConfig;
        return query({ ...config, values: config.values!.map(withoutNul) }, values, ...rest);
      }
      return query(...args);
    };
    this.query = safe as typeof this.query;
  }
}
