// Entity typing on MEANTIME (Wikinews, four topics): every named mention (syntactic_type NAM)
// of a person, organisation or place counts as found when the entity stage gives a mention of the
// same type overlapping it. A second source next to the BBC dev gold for the rules after the
// tagger (MEANTIME marks product, financial and mixed entities too; those are not scored).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EntityType } from '../../types.js';
import { recognise, type NerModel } from '../../pipeline/entities/index.js';
import { segment } from '../../pipeline/segment/index.js';
import { parseDocument, type SyntaxModel } from '../../pipeline/syntax/index.js';

export interface MeantimeEntityScore {
  documents: number;
  found: number;
  total: number;
  accuracy: number;
  perType: Record<string, { found: number; total: number }>;
  /** With details: each miss as "file TYPE "text" → what the stage gave". */
  misses?: string[];
}

interface GoldName {
  start: number;
  end: number;
  type: EntityType;
}

const SCORED = new Set<string>(['PER', 'ORG', 'LOC']);
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The text (tokens joined as eval meantime joins them) and its named PER/ORG/LOC mentions. */
export function readMeantimeNames(xml: string): { text: string; names: GoldName[] } {
  const spans = new Map<string, { start: number; end: number }>();
  let text = '';
  let last = -1;
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const sentence = Number(/sentence="(\d+)"/.exec(m[1])?.[1] ?? 0);
    const tid = /t_id="(\d+)"/.exec(m[1])?.[1] ?? '';
    if (text) text += sentence !== last && sentence <= 2 ? '\n\n' : ' ';
    last = sentence;
    const word = unescape(m[2]);
    spans.set(tid, { start: text.length, end: text.length + word.length });
    text += word;
  }
  const typeOfEntity = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY\b([^>]*)\/>/g)) typeOfEntity.set(/m_id="(\d+)"/.exec(m[1])?.[1] ?? '', /ent_type="(\w+)"/.exec(m[1])?.[1] ?? '');
  const entityOf = new Map<string, string>();
  for (const m of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1])?.[1] ?? '';
    for (const s of m[1].matchAll(/<source m_id="(\d+)"/g)) entityOf.set(s[1], target);
  }
  const names: GoldName[] = [];
  for (const m of xml.matchAll(/<ENTITY_MENTION\b([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    if (!/syntactic_type="NAM"/.test(m[1])) continue;
    const type = typeOfEntity.get(entityOf.get(/m_id="(\d+)"/.exec(m[1])?.[1] ?? '') ?? '');
    const tokens = [...m[2].matchAll(/t_id="(\d+)"/g)].map((x) => spans.get(x[1])).filter((s) => s !== undefined);
    if (!type || !SCORED.has(type) || tokens.length === 0) continue;
    names.push({ start: Math.min(...tokens.map((s) => s.start)), end: Math.max(...tokens.map((s) => s.end)), type: type as EntityType });
  }
  return { text, names };
}

function xmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? xmlFiles(p) : f.endsWith('.xml') ? [p] : [];
    });
}

export function scoreMeantimeNames(dir: string, model: NerModel, syntax: SyntaxModel, withDetails = false): MeantimeEntityScore {
  const perType: Record<string, { found: number; total: number }> = {};
  const misses: string[] = [];
  let found = 0;
  let total = 0;
  const files = xmlFiles(dir);
  for (const file of files) {
    const { text, names } = readMeantimeNames(readFileSync(file, 'utf8'));
    const seg = segment(text);
    const mentions = recognise(text, seg, model, parseDocument(text, seg, syntax));
    for (const g of names) {
      const t = (perType[g.type] ??= { found: 0, total: 0 });
      total++;
      t.total++;
      const over = mentions.filter((m) => m.start < g.end && g.start < m.end);
      if (over.some((m) => m.type === g.type)) {
        found++;
        t.found++;
      } else if (withDetails) misses.push(`${basename(file)} ${g.type} "${text.slice(g.start, g.end)}" → ${over.map((m) => `${m.type}:${m.text}`).join(', ') || 'nothing'}`);
    }
  }
  const accuracy = total ? Math.round((found / total) * 1000) / 1000 : 1;
  return { documents: files.length, found, total, accuracy, perType, ...(withDetails ? { misses } : {}) };
}
