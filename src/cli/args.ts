import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with errors turned into UsageError, so the user sees the command's usage.
 *  alsoKnown: options a wrapping command takes before this parser sees the line (events --merged),
 *  offered as near misses too. */
export function parseFlags<T extends Options>(argv: string[], options: T, allowPositionals = true, alsoKnown: string[] = []) {
  try {
    return parseArgs({ args: joinNegativeValues(argv, options), allowPositionals, options, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? flagProblem(err, argv, [...Object.keys(options), ...alsoKnown], allowPositionals) : String(err));
  }
}

/**
 * `--limit -3` as `--limit=-3`: node reads a value that starts with "-" as a possible option and
 * refuses it, advising the = form, which the option's own check then refused as well (two errors
 * for one mistake). A negative number after an option that takes a value is that value, so the
 * check that says what is allowed answers at once. Nothing after a lone `--` is touched.
 */
export function joinNegativeValues(argv: string[], options: Options): string[] {
  const takesValue = (arg: string): boolean => {
    const long = /^--([^=]+)$/.exec(arg)?.[1];
    const short = /^-([^-])$/.exec(arg)?.[1];
    const name = long ?? Object.keys(options).find((k) => short !== undefined && options[k].short === short);
    return name !== undefined && options[name]?.type === 'string';
  };
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return [...out, ...argv.slice(i)];
    const next = argv[i + 1];
    if (next !== undefined && /^-(\d|\.\d)/.test(next) && takesValue(argv[i])) {
      out.push(`${argv[i]}=${next}`);
      i++;
    } else out.push(argv[i]);
  }
  return out;
}

/** Node's parse errors in a person's words: its unknown-option text ends in an unbalanced quote
 *  and its missing-value text in "<value>"; an unknown option close to a known one is named. */
function flagProblem(err: Error, argv: string[], known: string[], allowPositionals: boolean): string {
  const code = (err as { code?: string }).code;
  const quoted = /'([^']*)'/.exec(err.message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    // "-taxi" is reported as its first letter "-t": show the word as typed (a long option is
    // reported whole, and a search could land on a known one it starts: "--d" in "--db")
    const typed = quoted.startsWith('--') ? quoted : (argv.find((a) => a.startsWith(quoted)) ?? quoted);
    const name = typed.startsWith('--') ? typed.slice(2).replace(/=.*/, '') : null;
    const near = name ? nearestName(name, known) : undefined;
    const dash = allowPositionals ? ` (text that starts with "-" goes after --, as in: -- "${typed}")` : '';
    return `unknown option ${typed}${near ? `; did you mean --${near}?` : dash}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = quoted.replace(/ <value>$/, '');
    if (/ambiguous/.test(err.message)) return `${flag}'s value starts with "-": write it as ${flag}=VALUE`;
    if (/argument missing/.test(err.message)) return `${flag} needs a value`;
    if (/does not take an argument/.test(err.message)) return `${flag} takes no value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected "${quoted}": this command takes options only`;
  return err.message;
}

/** The known name nearest `typed` within a typo or two (one for names of four letters or fewer);
 *  the first such on a tie ("serch" is search, not bench, which is also two edits away). */
export function nearestName(typed: string, known: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const k of known) {
    const distance = editDistance(typed, k);
    if (distance <= (k.length > 4 ? 2 : 1) && (!best || distance < best.distance)) best = { name: k, distance };
  }
  return best?.name;
}

/** Levenshtein distance, for short option names. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The database to use: --db, else CHRONICLE_DB, else ./chronicle.db. */
export function resolveDbPath(flag: string | undefined): string {
  return flag ?? process.env.CHRONICLE_DB ?? 'chronicle.db';
}

/** Digits only: Number() also takes "", "1e3", "0x10" and " 7 ", which nobody means as a count. */
const DIGITS = /^\d+$/;

export function parsePositiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!DIGITS.test(value) || n <= 0 || !Number.isSafeInteger(n)) throw new UsageError(`--${name} must be a positive whole number (1, 2, …), got "${value}"`);
  return n;
}

/** The seconds `--time-limit S` allows one document's analysis in a thread (ingest, bench ingest) when not given. */
export const DEFAULT_TIME_LIMIT_S = 60;

/** `--time-limit S` (ingest, bench ingest) in milliseconds: S a positive whole number of seconds, DEFAULT_TIME_LIMIT_S when not given. */
export function parseTimeLimitMs(value: string | undefined): number {
  return parsePositiveInt(value, 'time-limit', DEFAULT_TIME_LIMIT_S) * 1000;
}

/** An optional cap such as --limit: undefined when not given; given, a positive whole number
 *  ("--limit ''" was read as no limit, "--limit 0" as a mistake). */
export function parseOptionalPositiveInt(value: string | undefined, name: string): number | undefined {
  return value === undefined ? undefined : parsePositiveInt(value, name, 0);
}

/** A count that may be 0, such as how many rows to skip (--offset). */
export function parseWholeNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!DIGITS.test(value) || !Number.isSafeInteger(n)) throw new UsageError(`--${name} must be a whole number, 0 or more, got "${value}"`);
  return n;
}

/** A TCP port, 0 (any free one) to 65535. */
export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!DIGITS.test(value) || n > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, got "${value}"`);
  return n;
}

/** A decimal setting such as a threshold or weight, within [min, max] when given. */
export function parseDecimal(value: string | undefined, name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  const { min = -Infinity, max = Infinity } = range;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(value) || n < min || n > max) {
    const allowed = Number.isFinite(min) && Number.isFinite(max) ? `from ${min} to ${max}` : Number.isFinite(min) ? `${min} or more` : Number.isFinite(max) ? `${max} or less` : 'a number';
    throw new UsageError(`--${name} must be a number${allowed === 'a number' ? '' : ` ${allowed}`}, got "${value}"`);
  }
  return n;
}

/**
 * The options a command cannot run without: a UsageError naming, in one line, those not given
 * ("missing --corpus DIR"); main then shows the synopsis and where the full help is.
 * `wanted` maps each option to the placeholder its synopsis shows ({ gold: 'FILE', corpus: 'DIR' }).
 */
export function requireOptions<V extends object, K extends keyof V & string>(
  values: V,
  wanted: Readonly<Record<K, string>>,
): asserts values is V & { [P in K]-?: NonNullable<V[P]> } {
  const given = values as Readonly<Record<string, unknown>>;
  const missing = Object.entries<string>(wanted)
    .filter(([name]) => {
      const v = given[name];
      return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
    })
    .map(([name, placeholder]) => `--${name} ${placeholder}`);
  if (missing.length === 0) return;
  const listed = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
  throw new UsageError(`missing ${listed}`);
}
