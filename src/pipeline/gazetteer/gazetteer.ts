// The shipped gazetteer, read once on first use. Loading only finds where its lines start: the
// name index is binary-searched in place and an entry is parsed the first time a lookup reaches it.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { projectPath } from '../../paths.js';
import { GAZETTEER_HEADER, parseRow, type GazetteerRow, type RowKind } from './format.js';
import { looseKey, nameKey } from './normalize.js';
import { ByteLines } from './byte-lines.js';
import { bytesOf, type ByteSource } from '../shared-bytes.js';

/** A gazetteer row as looked up: alternate names are in the index, demonym rows are not places. */
export interface Entry extends Omit<GazetteerRow, 'kind' | 'alt'> {
  kind: Exclude<RowKind, 'D'>;
}

/** Index keys whose entries a gazetteer remembers (bounds memory in long-lived processes). */
const POSTING_CACHE_LIMIT = 50_000;

export class Gazetteer {
  private readonly entries = new Map<number, Entry>();
  /** Lines [indexStart, lines.length) are the sorted name index. */
  private readonly indexStart: number;
  private readonly countryByCode = new Map<string, Entry>();
  private readonly demonymMap = new Map<string, Set<string>>();
  private regionList: Entry[] | undefined;
  /** Names added at load (data/places/extra-names.tsv), by '=' + nameKey or '~' + looseKey. */
  private readonly extra = new Map<string, number[]>();
  /** The names added at load, by the entry's line. */
  private readonly extraByLine = new Map<number, string[]>();
  /** Each parsed entry's line, to read its alternate names when asked. */
  private readonly lineOf = new Map<Entry, number>();

  /** `extraNames`: ref → names to add to that entry, looked up like its own alternate names. */
  constructor(private readonly lines: ByteLines, extraNames: ReadonlyMap<string, ExtraNames> = new Map()) {
    const header = lines.text(0);
    if (header !== GAZETTEER_HEADER) throw new Error(`gazetteer: expected header "${GAZETTEER_HEADER}", got "${header.slice(0, 40)}"`);
    let i = 1;
    for (; i < lines.length; i++) {
      const c = lines.firstCode(i);
      if (c === 61 /* = */ || c === 126 /* ~ */ || c === 33 /* ! */) break;
      if (c === 67 /* C */) {
        const e = this.entry(i);
        this.countryByCode.set(e.cc, e);
      } else if (c === 68 /* D */) {
        const row = parseRow(lines.text(i));
        const key = nameKey(row.name);
        const set = this.demonymMap.get(key) ?? new Set<string>();
        this.demonymMap.set(key, set.add(row.cc));
      }
    }
    this.indexStart = i;
    if (extraNames.size) this.addNames(extraNames);
  }

  private addNames(extraNames: ReadonlyMap<string, ExtraNames>): void {
    const add = (key: string, line: number) => {
      const list = this.extra.get(key) ?? [];
      if (!list.includes(line)) list.push(line);
      this.extra.set(key, list);
    };
    const missing: string[] = [];
    for (const [ref, { name, names }] of extraNames) {
      // Found through the entry's own name in the index: no scan of the whole file at load.
      const line = this.indexedLines('=' + nameKey(name)).find((n) => this.entry(n).ref === ref);
      if (line === undefined) {
        missing.push(`${ref} (${name})`);
        continue;
      }
      this.extraByLine.set(line, [...(this.extraByLine.get(line) ?? []), ...names]);
      for (const extra of names) {
        const key = nameKey(extra);
        if (!key) continue;
        add('=' + key, line);
        add('~' + looseKey(key), line);
      }
    }
    // A line that matches no entry is stale data: say so rather than drop the name silently.
    if (missing.length) throw new Error(`gazetteer: extra names for unknown entries: ${missing.join(', ')}`);
  }

  private entry(line: number): Entry {
    let e = this.entries.get(line);
    if (!e) {
      const r = parseRow(this.lines.text(line));
      e = { kind: r.kind as Entry['kind'], ref: r.ref, name: r.name, cc: r.cc, lat: r.lat, lon: r.lon, pop: r.pop, tag: r.tag, admin1: r.admin1 };
      this.entries.set(line, e);
      this.lineOf.set(e, line);
    }
    return e;
  }

  /** Every spelling of an entry: its name, the names added at load, then the source's alternate names. */
  spellings(e: Entry): string[] {
    const line = this.lineOf.get(e);
    if (line === undefined) return [e.name];
    return [e.name, ...(this.extraByLine.get(line) ?? []), ...parseRow(this.lines.text(line)).alt];
  }

  /** posting()'s answers: the same names are looked up in every article, by several stages. */
  private readonly postings = new Map<string, readonly Entry[]>();

  /** The entries filed under an index key; a fresh array each call (callers may edit it). */
  private posting(key: string): Entry[] {
    let found = this.postings.get(key);
    if (found === undefined) {
      found = this.lookUp(key);
      if (this.postings.size >= POSTING_CACHE_LIMIT) this.postings.clear();
      this.postings.set(key, found);
    }
    return found.slice();
  }

  private lookUp(key: string): Entry[] {
    const found = this.indexed(key);
    const extra = this.extra.get(key);
    if (!extra) return found;
    const added = extra.map((n) => this.entry(n)).filter((e) => !found.includes(e));
    return added.length ? [...found, ...added] : found;
  }

  private indexed(key: string): Entry[] {
    return this.indexedLines(key).map((n) => this.entry(n));
  }

  private indexedLines(key: string): number[] {
    const target = key + '\t';
    let lo = this.indexStart;
    let hi = this.lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const line = this.lines.text(mid);
      if (line.startsWith(target)) return line.slice(target.length).split(',').map(Number);
      if (line < target) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  }

  /** Entries whose name or alternative name has this nameKey. */
  byKey(key: string): Entry[] {
    return this.posting('=' + key);
  }

  /** Entries whose name has this looseKey (transliteration variants). */
  byLoose(key: string): Entry[] {
    return this.posting('~' + key);
  }

  /** Entries with this exact-case code of up to three letters ("US", "UAE"). */
  byCode(code: string): Entry[] {
    return this.posting('!' + code);
  }

  /** Country codes a demonym or adjective (by nameKey) can mean. */
  demonym(key: string): ReadonlySet<string> | undefined {
    return this.demonymMap.get(key);
  }

  country(cc: string): Entry | undefined {
    return this.countryByCode.get(cc);
  }

  /** All first-level regions (built on first use: only "X region" wordings need the full list). */
  regions(): Entry[] {
    if (!this.regionList) {
      this.regionList = [];
      for (let i = 1; i < this.lines.length; i++) if (this.lines.firstCode(i) === 82 /* R */) this.regionList.push(this.entry(i));
    }
    return this.regionList;
  }
}

let cached: Gazetteer | undefined;
let loadMs = 0;

export const GAZETTEER_FILE = ['data', 'places', 'gazetteer.tsv.gz'];

/** The shipped gazetteer's text as UTF-8 bytes: what analysis threads can share (shared-bytes.ts). */
export function gazetteerSource(): ByteSource {
  const file = projectPath(...GAZETTEER_FILE);
  return { key: `gunzip:${file}`, load: () => gunzipSync(readFileSync(file)) };
}
export const EXTRA_NAMES_FILE = ['data', 'places', 'extra-names.tsv'];

/** Names to add to one gazetteer entry: `name` is the entry's own, the one it is found by. */
export interface ExtraNames {
  name: string;
  names: string[];
}

/** data/places/extra-names.tsv: "ref TAB gazetteer name TAB name|name" lines, '#' comments. */
export function parseExtraNames(text: string): Map<string, ExtraNames> {
  const out = new Map<string, ExtraNames>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [ref, name = '', names = ''] = line.split('\t');
    const list = names.split('|').map((n) => n.trim()).filter(Boolean);
    out.set(ref, { name, names: [...(out.get(ref)?.names ?? []), ...list] });
  }
  return out;
}

/** The shipped gazetteer, read on the first call only. */
export function gazetteer(): Gazetteer {
  if (!cached) {
    const t0 = performance.now();
    cached = parseGazetteer(bytesOf(gazetteerSource()), parseExtraNames(readFileSync(projectPath(...EXTRA_NAMES_FILE), 'utf8')));
    loadMs = performance.now() - t0;
  }
  return cached;
}

/** Milliseconds the one-time load took (0 before it happened). */
export function gazetteerLoadMs(): number {
  return loadMs;
}

/** A gazetteer from the text of its file, as a string or as UTF-8 bytes (which it keeps: don't change them). */
export function parseGazetteer(text: string | Buffer, extraNames?: ReadonlyMap<string, ExtraNames>): Gazetteer {
  return new Gazetteer(new ByteLines(typeof text === 'string' ? Buffer.from(text, 'utf8') : text), extraNames);
}
