// How far PolNeAR's annotators agree with one another, on the scale the model is scored on:
// in each article annotated more than once, every other annotation is scored against the one
// `eval attribution` takes as gold (the annotator that sorts first). A ceiling to read the
// model's figures against: exact-span targets above it ask for more than annotators do.
import { segment } from '../pipeline/segment/index.js';
import { readPolnearRepeated } from '../train/lib/polnear.js';
import { AttributionScorer, type AttributionFigures } from '../train/lib/attribution-score.js';

export interface AnnotatorAgreement {
  /** Articles annotated more than once, and the annotations scored (all but each one's gold). */
  articles: number;
  annotationsScored: number;
  figures: AttributionFigures & { quoted: AttributionFigures };
}

export function annotatorAgreement(dir: string): AnnotatorAgreement {
  const scorer = new AttributionScorer();
  let articles = 0;
  let scored = 0;
  for (const [gold, ...others] of readPolnearRepeated(dir)) {
    articles++;
    const tokens = segment(gold.text).tokens;
    for (const other of others) {
      scorer.addAnnotation(gold.text, tokens, gold.relations, other.relations);
      scored++;
    }
  }
  return { articles, annotationsScored: scored, figures: scorer.figures() };
}
