// Silver training data for self-training the entity tagger: unlabeled articles segmented as at
// run time, tagged by several models trained apart (different seeds), keeping only the sentences
// on which every model agrees. Agreement stands in for confidence: where bagged models disagree
// the tags are least trustworthy, and where they agree the sentence still brings names (and
// contexts) that the labelled data never shows.
import { segment } from '../../pipeline/segment/index.js';
import type { NerModel } from '../../pipeline/entities/model.js';
import { tagDocument } from '../../pipeline/entities/tagger.js';
import { bilouSpans, TYPES } from '../../pipeline/entities/tags.js';
import type { ConllDoc, ConllSentence } from './conll.js';

export interface SilverOptions {
  /** Stop once this many tokens are kept. */
  maxTokens: number;
  /** Sentences shorter than this are left out (datelines, table rows, sign-offs). */
  minWords?: number;
}

export interface SilverStats {
  articles: number;
  sentences: number;
  kept: number;
  tokens: number;
  names: number;
}

/** Tags each text with every model and keeps, per article, the sentences all models tag alike. */
export function silverDocs(texts: Iterable<string>, models: readonly NerModel[], opts: SilverOptions): { docs: ConllDoc[]; stats: SilverStats } {
  if (models.length === 0) throw new Error('silver data needs at least one model');
  const minWords = opts.minWords ?? 5;
  const stats: SilverStats = { articles: 0, sentences: 0, kept: 0, tokens: 0, names: 0 };
  const docs: ConllDoc[] = [];
  for (const text of texts) {
    if (stats.tokens >= opts.maxTokens) break;
    const sentences = sentenceWords(text);
    // all-capitals wire copy carries no casing signal and would teach the tagger to ignore it
    if (sentences.length === 0 || !sentences.some((s) => s.some((w) => /\p{Ll}/u.test(w)))) continue;
    stats.articles++;
    const doc = { sentences };
    const taggings = models.map((m) => tagDocument(m, doc));
    const kept: ConllSentence[] = [];
    let k = 0;
    for (const words of sentences) {
      const from = k;
      k += words.length;
      stats.sentences++;
      if (words.length < minWords || words.some((w) => /\s/u.test(w)) || !agree(taggings, from, k)) continue;
      const labels = iobLabels(taggings[0].subarray(from, k));
      stats.names += labels.filter((l) => l.startsWith('B-')).length;
      kept.push({ words, labels });
      stats.tokens += words.length;
    }
    stats.kept += kept.length;
    if (kept.length) docs.push({ sentences: kept });
  }
  return { docs, stats };
}

/** Words of each sentence as the run-time segmenter splits them. */
export function sentenceWords(text: string): string[][] {
  const seg = segment(text);
  const out: string[][] = [];
  for (let s = 0; s + 1 < seg.sentenceTokenStart.length; s++) {
    const words: string[] = [];
    for (let t = seg.sentenceTokenStart[s]; t < seg.sentenceTokenStart[s + 1]; t++) words.push(seg.tokens[t].text);
    if (words.length) out.push(words);
  }
  return out;
}

function agree(taggings: readonly Uint8Array[], from: number, to: number): boolean {
  for (let m = 1; m < taggings.length; m++) for (let i = from; i < to; i++) if (taggings[m][i] !== taggings[0][i]) return false;
  return true;
}

/** IOB2 labels (every name starts with B-), which parseConll reads back unambiguously. */
export function iobLabels(tags: Uint8Array): string[] {
  const labels = Array.from(tags, () => 'O');
  for (const s of bilouSpans(tags)) for (let i = s.start; i < s.end; i++) labels[i] = `${i === s.start ? 'B' : 'I'}-${TYPES[s.type]}`;
  return labels;
}

/** CoNLL-2003 layout (word, two placeholder columns, label), one -DOCSTART- per article. */
export function formatConll(docs: readonly ConllDoc[]): string {
  const parts: string[] = [];
  for (const d of docs) {
    parts.push('-DOCSTART- -X- -X- O\n');
    for (const s of d.sentences) parts.push(s.words.map((w, i) => `${w} _ _ ${s.labels[i]}`).join('\n') + '\n');
  }
  return parts.join('\n');
}
