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
import { parseMeantime } from '../timeml/meantime-read.js';

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

/** The text (tokens joined as eval meantime joins them) and its named PER/ORG/LOC mentions. */
export function readMeantimeNames(xml: string): { text: string; names: GoldName[] } {
  const { text, entities } = parseMeantime(xml, '');
  const names = entities
    .filter((e) => e.syntacticType === 'NAM' && SCORED.has(e.type))
    .map((e) => ({ start: e.start, end: e.end, type: e.type as EntityType }));
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
