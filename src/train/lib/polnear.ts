// Reads PolNeAR (brat standoff): text/NAME.txt beside attributions/NAME_ANNOTATOR.ann.
// An attribution ties a source (who), a cue (the verb or phrase) and one or more content
// spans (what); a span may be discontinuous ("s e;s e"). Annotators' flags (Discard,
// Discuss) and notes are part of no attribution and are dropped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../types.js';

export type AttributionRole = 'source' | 'cue' | 'content';
export const ATTRIBUTION_ROLES: readonly AttributionRole[] = ['source', 'cue', 'content'];

/** One annotated span: its pieces in text order (one piece unless discontinuous). */
export interface RoleSpan {
  pieces: Span[];
}

export interface AttributionRelation {
  source: RoleSpan | null;
  cue: RoleSpan | null;
  /** Content, then Content2 … in the order the file lists them. */
  contents: RoleSpan[];
}

export interface AnnotatedArticle {
  name: string;
  /** Annotator suffix of the .ann file used. */
  annotator: string;
  text: string;
  relations: AttributionRelation[];
}

const ID_LINE = /^([TE])(\d+)\t(.*)$/;

/**
 * Parses one .ann file over its text. brat counts offsets in Unicode code points; they are
 * mapped to the UTF-16 offsets JavaScript strings use.
 */
export function parseAnn(ann: string, text: string): AttributionRelation[] {
  const toUtf16 = codePointToUtf16(text);
  const spans = new Map<string, { type: string; span: RoleSpan }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    // a span's text may run over several lines: anything not starting with an id is its continuation
    const m = ID_LINE.exec(line.replace(/\r$/, ''));
    if (!m) continue;
    if (m[1] === 'E') {
      events.push(m[3]);
      continue;
    }
    const [head] = m[3].split('\t');
    const sp = head.indexOf(' ');
    if (sp < 0) continue;
    const type = head.slice(0, sp);
    const pieces: Span[] = [];
    for (const part of head.slice(sp + 1).split(';')) {
      const [s, e] = part.trim().split(/\s+/).map(Number);
      if (!Number.isInteger(s) || !Number.isInteger(e) || e < s) throw new Error(`bad span "${part}" in line: ${line}`);
      pieces.push({ start: toUtf16(s), end: toUtf16(e) });
    }
    pieces.sort((a, b) => a.start - b.start);
    spans.set(`T${m[2]}`, { type, span: { pieces } });
  }
  const relations: AttributionRelation[] = [];
  for (const ev of events) {
    const args = ev.trim().split(/\s+/);
    const [trigger] = args;
    if (!trigger.startsWith('Attribution')) continue;
    const rel: AttributionRelation = { source: null, cue: null, contents: [] };
    for (const arg of args.slice(1)) {
      const [role, id] = arg.split(':');
      const ref = spans.get(id);
      if (!ref) continue;
      if (role === 'Source') rel.source = ref.span;
      else if (role === 'Cue') rel.cue = ref.span;
      else if (/^Content\d*$/.test(role)) rel.contents.push(ref.span);
    }
    relations.push(rel);
  }
  return relations;
}

function codePointToUtf16(text: string): (cp: number) => number {
  // fast path: no astral characters, offsets agree
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/** Every article of a PolNeAR-layout folder (DIR/text, DIR/attributions), one annotator each: the suffix that sorts first. */
export function readPolnear(dir: string): AnnotatedArticle[] {
  return [...annotatorsByArticle(dir)].map(([name, annotators]) => readAnnotation(dir, name, annotators[0]));
}

/** Every annotation of each article annotated more than once, the one readPolnear uses first. */
export function readPolnearRepeated(dir: string): AnnotatedArticle[][] {
  return [...annotatorsByArticle(dir)].filter(([, annotators]) => annotators.length > 1).map(([name, annotators]) => annotators.map((a) => readAnnotation(dir, name, a)));
}

/** Article names in order, each with its annotator suffixes in order. */
function annotatorsByArticle(dir: string): Map<string, string[]> {
  const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const byName = new Map<string, string[]>();
  for (const f of annFiles) {
    const cut = f.lastIndexOf('_');
    if (cut <= 0) continue;
    const name = f.slice(0, cut);
    const annotator = f.slice(cut + 1, -'.ann'.length);
    const list = byName.get(name);
    if (list) list.push(annotator);
    else byName.set(name, [annotator]);
  }
  for (const list of byName.values()) list.sort();
  return new Map([...byName].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

function readAnnotation(dir: string, name: string, annotator: string): AnnotatedArticle {
  const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
  const ann = readFileSync(join(dir, 'attributions', `${name}_${annotator}.ann`), 'utf8');
  return { name, annotator, text, relations: parseAnn(ann, text) };
}

/** The whole extent of a span (first piece's start to last piece's end). */
export function extent(s: RoleSpan): Span {
  return { start: s.pieces[0].start, end: s.pieces[s.pieces.length - 1].end };
}
