// The dependency parser for training and evaluating attribution, when this build has one
// (src/pipeline/syntax); without it the model uses word and quote features only.
import type { Segmentation, Syntax } from '../../types.js';

export type ParseFn = (text: string, seg: Segmentation) => Syntax | null;

export async function parserForTraining(): Promise<ParseFn | undefined> {
  return undefined;
}
