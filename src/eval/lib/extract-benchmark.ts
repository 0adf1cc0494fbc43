// Runs an extractor over the article-extraction benchmark pages and scores it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { aggregate, scorePage, tokensEqual, type ExtractionMetrics } from './extract-metric.js';

export interface BenchmarkPage {
  id: string;
  html: string;
  truth: string;
  url?: string;
}

export type Extractor = (html: string, url?: string) => string;

export function loadPages(pagesDir: string, truthFile: string): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const pages: BenchmarkPage[] = [];
  for (const file of readdirSync(pagesDir).sort()) {
    const m = /^(.+?)\.html?(\.gz)?$/.exec(file);
    if (!m) continue;
    const entry = truth[m[1]];
    if (!entry) continue;
    const bytes = readFileSync(join(pagesDir, file));
    const html = (m[2] ? gunzipSync(bytes) : bytes).toString('utf8');
    pages.push({ id: m[1], html, truth: entry.articleBody ?? '', ...(entry.url ? { url: entry.url } : {}) });
  }
  return pages;
}

export interface RunResult extends ExtractionMetrics {
  pages: number;
  accuracy: number;
  perPage: { id: string; precision: number; recall: number }[];
  seconds: number;
}

export function runExtractor(pages: BenchmarkPage[], extractor: Extractor, onPage?: () => void): RunResult {
  const scores = [];
  const perPage = [];
  let exact = 0;
  const started = performance.now();
  for (const page of pages) {
    let predicted = '';
    try {
      predicted = extractor(page.html, page.url);
    } catch {
      predicted = '';
    }
    const s = scorePage(page.truth, predicted);
    scores.push(s);
    perPage.push({ id: page.id, precision: s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 1, recall: s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 1 });
    if (tokensEqual(page.truth, predicted)) exact++;
    onPage?.();
  }
  const seconds = (performance.now() - started) / 1000;
  return { pages: pages.length, ...aggregate(scores), accuracy: pages.length ? exact / pages.length : 0, perPage, seconds };
}
