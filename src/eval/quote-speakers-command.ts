// `eval attribution --quote-speakers`: runs the whole pipeline over a PolNeAR-layout folder (or
// one half of it) and prints the speaker census of its direct quotes (quote-speakers.ts).
import { join } from 'node:path';
import { printJson } from '../cli/output.js';
import { readPolnear } from '../train/lib/polnear.js';
import { analyseCorpus } from './gold.js';
import { QuoteSpeakerCensus, type SpeakerCensus } from './quote-speakers.js';

export interface QuoteSpeakerOptions {
  /** The articles at even or odd places of the sorted list; all when absent. */
  part?: 'even' | 'odd';
  json: boolean;
  details: boolean;
}

export async function quoteSpeakerCensus(corpus: string, part?: 'even' | 'odd', withCases = false): Promise<SpeakerCensus> {
  const articles = readPolnear(corpus).filter((_, k) => !part || k % 2 === (part === 'even' ? 0 : 1));
  const analyses = await analyseCorpus(articles.map((a) => join(corpus, 'text', `${a.name}.txt`)));
  const census = new QuoteSpeakerCensus();
  for (const a of articles) {
    const analysis = analyses.get(`${a.name}.txt`);
    if (analysis) census.add(a.name, a.text, a.relations, analysis);
  }
  return census.census(withCases);
}

export async function printQuoteSpeakers(corpus: string, opts: QuoteSpeakerOptions): Promise<number> {
  const c = await quoteSpeakerCensus(corpus, opts.part, opts.details);
  if (opts.json) {
    printJson({ corpus, part: opts.part ?? 'all', quoteSpeakers: opts.details ? c : { ...c, cases: undefined } });
    return 0;
  }
  const counts = (r: Record<string, number>) => Object.entries(r).map(([k, n]) => `${k} ${n}`).join('; ') || 'none';
  console.log(`${c.articles} articles, ${c.directQuotes} direct quotes (${c.noGoldContent} overlap no gold content, ${c.goldWithoutSource} whose gold names no source)`);
  console.log(`named gold sources: speaker accuracy ${c.named.accuracy.toFixed(3)} (${c.named.right}/${c.named.total}; wrong ${c.named.wrong}, no speaker ${c.named.noSpeaker})`);
  console.log(`gold pronouns: ${counts(c.pronoun)}`);
  console.log(`gold descriptions: ${counts(c.description)}`);
  console.log(`named misses by where the gold source lies: ${counts(c.missesByWhere)}`);
  for (const x of c.cases) console.log(`  [${x.kind} ${x.verdict}] ${x.doc}: gold "${x.gold}" (${x.goldWhere}), found ${x.speaker ?? '—'}${x.speakerText ? ` as "${x.speakerText}"` : ''}${x.speakerWhere ? ` (${x.speakerWhere})` : ''}: ${x.quote}`);
  return 0;
}
