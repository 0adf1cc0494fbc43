// Scores the syntax model against gold CoNLL-U sentences (gold words, so no alignment needed).
import { analyseSentences, type AnalyseOptions } from '../../pipeline/syntax/analyse.js';
import { universalRelation, type ConlluSentence } from '../../pipeline/syntax/conllu.js';
import type { SyntaxModel } from '../../pipeline/syntax/model.js';

export interface ParserScore {
  sentences: number;
  words: number;
  upos: number;
  uas: number;
  las: number;
  lemma: number;
  wordsPerSecond: number;
}

export function scoreParser(model: SyntaxModel, sentences: readonly ConlluSentence[], opts: AnalyseOptions = {}): ParserScore {
  const gold = sentences.filter((s) => s.words.length > 0);
  const forms = gold.map((s) => s.words.map((w) => w.form));
  // warm up once so the timing measures steady-state speed, not the JIT
  analyseSentences(model, forms.slice(0, 200), opts);
  const started = process.cpuUsage();
  const analyses = analyseSentences(model, forms, opts);
  const cpu = process.cpuUsage(started);
  let words = 0, upos = 0, uas = 0, las = 0, lemma = 0;
  gold.forEach((s, k) => {
    const a = analyses[k];
    s.words.forEach((w, i) => {
      words++;
      if (a.upos[i] === w.upos) upos++;
      if (a.lemmas[i] === w.lemma) lemma++;
      if (a.heads[i] !== w.head) return;
      uas++;
      if (universalRelation(a.deprels[i]) === universalRelation(w.deprel)) las++;
    });
  });
  const seconds = (cpu.user + cpu.system) / 1e6;
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    sentences: gold.length,
    words,
    upos: round(upos / words),
    uas: round(uas / words),
    las: round(las / words),
    lemma: round(lemma / words),
    wordsPerSecond: Math.round(words / Math.max(seconds, 1e-6)),
  };
}
