// Anchored gold: the gold file's shape (gold-format.ts) with event and figure evidence and quote
// text given as character offsets into the text the read stage makes of each listed file, so the
// file itself holds no article text. "anchoredTo" names the reader ("timeml": the read stage's text of
// a .tml file; "ecbplus": an ECB+ .xml file's tokens as the event-coreference eval reads them, see
// ecb/text.ts); a document's key is its file's path relative to the corpus folder. At load the offsets become the strings they
// cover, and the gold is scored as any other.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, normalize, sep } from 'node:path';
import { formatFailure, readInputs } from '../../pipeline/read/index.js';
import type { RawDoc } from '../../types.js';
import { parseEcbDocument } from '../ecb/read.js';
import { ecbRawDoc } from '../ecb/text.js';
import { readGoldJson, type GoldDocument, type GoldEvent, type GoldFigure, type GoldFile, type GoldQuote } from './gold-format.js';

export interface Anchor {
  start: number;
  end: number;
}

type Anchorable<T, K extends keyof T> = Omit<T, K> & { [P in K]: string | Anchor };

export interface AnchoredDocument extends Omit<GoldDocument, 'events' | 'figures' | 'quotes'> {
  events?: Array<Anchorable<GoldEvent, 'evidence'>>;
  figures?: Array<Anchorable<GoldFigure & { claimGroup?: string }, 'evidence'>>;
  quotes?: Array<Anchorable<GoldQuote, 'text'>>;
}

/** One listed file read into the document whose text the offsets point into. */
type ReadListedFile = (path: string, key: string) => Promise<RawDoc>;

/** The read stage's document of one file (TimeML: its <TEXT>, tags stripped). */
async function readByReadStage(path: string, key: string): Promise<RawDoc> {
  for await (const r of readInputs([path])) {
    if (!r.ok) throw new Error(`document "${key}" of the gold: ${formatFailure(r.failure)}`);
    return r.raw;
  }
  throw new Error(`document "${key}" of the gold: the read stage gave no document`);
}

/** An ECB+ document's tokens as text (every sentence, the headline's URL line included). */
async function readEcb(path: string): Promise<RawDoc> {
  const doc = parseEcbDocument(readFileSync(path, 'utf8'), basename(dirname(path)), null);
  return ecbRawDoc(doc, path);
}

/** The readers offsets may be anchored to: the file extension each reads, and how. */
const READERS: Record<string, { ext: string; read: ReadListedFile }> = {
  timeml: { ext: '.tml', read: readByReadStage },
  ecbplus: { ext: '.xml', read: readEcb },
};

export interface AnchoredGoldFile extends Omit<GoldFile, 'documents'> {
  anchoredTo: string;
  documents: Record<string, AnchoredDocument>;
}

/** A gold file, plain or anchored (it carries "anchoredTo"). */
export function loadAnchoredOrPlain(path: string): { plain: GoldFile } | { anchored: AnchoredGoldFile } {
  const parsed = readGoldJson(path);
  if (parsed.anchoredTo === undefined) return { plain: parsed };
  if (typeof parsed.anchoredTo !== 'string') throw new Error(`${path}: "anchoredTo" must name a reader (${Object.keys(READERS).join(', ')})`);
  return { anchored: parsed as unknown as AnchoredGoldFile };
}

/** Checks the reader and that every key is a relative path of that reader's kind inside the corpus. */
export function checkAnchoredGold(gold: AnchoredGoldFile): void {
  const ext = READERS[gold.anchoredTo]?.ext;
  if (!ext) throw new Error(`anchoredTo "${gold.anchoredTo}" is not a reader offsets can be anchored to (${Object.keys(READERS).join(', ')})`);
  for (const key of Object.keys(gold.documents)) {
    const clean = normalize(key);
    if (isAbsolute(key) || clean.startsWith(`..${sep}`) || clean === '..') throw new Error(`document "${key}": not a path inside --corpus`);
    if (extname(key).toLowerCase() !== ext) throw new Error(`document "${key}": the gold is anchored to ${gold.anchoredTo}, which reads ${ext} files`);
  }
}

/** The string an anchor covers; a string passes through. Throws when the anchor is not inside the text. */
function at(text: string, value: string | Anchor, where: string): string {
  if (typeof value === 'string') return value;
  const { start, end } = value ?? ({} as Partial<Anchor>);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length)
    throw new Error(`${where}: offsets ${JSON.stringify(value)} are not inside the text (${text.length} characters)`);
  return text.slice(start, end);
}

/** The plain gold: every anchor replaced by the text it covers in its document's read text. */
export function resolveAnchors(gold: AnchoredGoldFile, texts: Map<string, string>): GoldFile {
  const documents: Record<string, GoldDocument> = {};
  for (const [key, d] of Object.entries(gold.documents)) {
    const text = texts.get(key);
    if (text === undefined) throw new Error(`document "${key}": no text to resolve its offsets against`);
    const { events, figures, quotes, ...rest } = d;
    documents[key] = {
      ...rest,
      ...(events ? { events: events.map((e, i) => ({ ...e, evidence: at(text, e.evidence, `${key} event ${e.id ?? i}`) })) } : {}),
      ...(figures ? { figures: figures.map((f, i) => ({ ...f, evidence: at(text, f.evidence, `${key} figure ${i}`) })) } : {}),
      ...(quotes ? { quotes: quotes.map((q, i) => ({ ...q, text: at(text, q.text, `${key} quote ${i}`) })) } : {}),
    };
  }
  const { anchoredTo: _reader, ...rest } = gold;
  return { ...rest, documents };
}

/** Reads the files the gold lists, each by its key under the corpus folder; a missing or unreadable one throws. */
export async function readListed(gold: AnchoredGoldFile, corpus: string): Promise<Map<string, RawDoc>> {
  checkAnchoredGold(gold);
  const out = new Map<string, RawDoc>();
  for (const key of Object.keys(gold.documents)) {
    const path = join(corpus, key);
    if (!existsSync(path)) throw new Error(`document "${key}" of the gold: no such file under ${corpus}`);
    out.set(key, await READERS[gold.anchoredTo].read(path, key));
  }
  return out;
}
