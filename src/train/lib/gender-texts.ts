// Unlabelled text for the given-name gender table beyond Reuters and plain .txt folders: TimeML
// files (their <TEXT>), each document as sentences of words, with the documents of held-out golds
// left out by key ("TimeBank/wsj_0505.tml"). UD EWT's web text and ECB+'s train topics were tried
// too and left out: their votes lost common names (Jane, Michelle, Jack) to noise (a publicist named
// in many outlets' stories about an actress; e-mails' vocatives).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseTimeml, timemlArticleText } from '../../pipeline/read/timeml.js';
import { sentenceWords } from './ner-silver.js';

export type SentenceWords = string[][];

/** Document keys to leave out: a gold file's document keys (JSON), else one key a line. */
export function skippedKeys(files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    if (f.endsWith('.json')) for (const k of Object.keys((JSON.parse(text) as { documents?: Record<string, unknown> }).documents ?? {})) out.add(k);
    else for (const line of text.split('\n')) if (line.trim() && !line.startsWith('#')) out.add(line.trim());
  }
  return out;
}

/** The .tml files under dir (sorted by their path from it), those skipped left out, as the run-time segmenter splits them. */
export function timemlDocuments(dir: string, skip: ReadonlySet<string>): SentenceWords[] {
  const docs: SentenceWords[] = [];
  for (const path of tmlFiles(dir)) {
    const key = relative(dir, path).split(sep).join('/');
    if (skip.has(key)) continue;
    const text = timemlArticleText(parseTimeml(readFileSync(path, 'utf8'), key).text);
    if (text) docs.push(sentenceWords(text));
  }
  return docs;
}

function tmlFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} not found`);
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tmlFiles(p));
    else if (e.name.endsWith('.tml')) out.push(p);
  }
  return out;
}
