// The gold file's shape (see the file's own `about`): per document, events, figures and
// quotes with evidence strings that are exact substrings of the article.
import { readFileSync, statSync } from 'node:fs';
import type { GoldCrossDocument } from './cross-document.js';

export type GoldQualifier = 'exact' | 'about' | 'at_least' | 'up_to' | 'more_than';

export interface GoldCount {
  value: number;
  qualifier: GoldQualifier;
}

export interface GoldEvent {
  id: string;
  type: string;
  date?: string | null;
  place?: string | null;
  actors?: string[];
  targets?: string[];
  killed?: GoldCount;
  injured?: GoldCount;
  count?: GoldCount;
  evidence: string;
  optional?: boolean;
}

export interface GoldFigure {
  what: string;
  value: number;
  qualifier: GoldQualifier;
  /** ISO 4217 code or "percent", for money and percentages (the dev gold carries it). */
  unit?: string;
  source?: string;
  evidence: string;
  optional?: boolean;
}

export interface GoldQuote {
  speaker: string;
  text: string;
  /** Absent: either kind is right (and indirect quotes are then scored). */
  kind?: 'direct' | 'indirect';
  optional?: boolean;
}

export interface GoldDocument {
  title?: string;
  published?: { value: string | null; notBefore?: string };
  boilerplate?: string[];
  mustNotExtract?: string[];
  events?: GoldEvent[];
  figures?: Array<GoldFigure & { claimGroup?: string }>;
  quotes?: GoldQuote[];
  entities?: GoldEntity[];
}

export interface GoldEntity {
  name: string;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  mentions?: string[];
}

export interface GoldFile {
  about?: string;
  documents: Record<string, GoldDocument>;
  crossDocument?: GoldCrossDocument;
}

/** A gold file as written: plain, or anchored (offsets instead of strings; see gold-anchored.ts). */
export function readGoldJson(path: string): GoldFile & { anchoredTo?: unknown } {
  // Node's EISDIR for a folder read as a file names no path: the command line would say "a folder was given" without which
  if (statSync(path).isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR', path });
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as GoldFile & { anchoredTo?: unknown };
  if (!parsed || typeof parsed.documents !== 'object') throw new Error(`${path}: no "documents" object`);
  return parsed;
}

/** A plain gold file; an anchored one needs its corpus to be read (loadAnchoredOrPlain in gold-anchored.ts). */
export function loadGold(path: string): GoldFile {
  const parsed = readGoldJson(path);
  if (parsed.anchoredTo !== undefined) throw new Error(`${path}: an anchored gold (anchoredTo ${JSON.stringify(parsed.anchoredTo)}): its offsets need the corpus`);
  return parsed;
}
