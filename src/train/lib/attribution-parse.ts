// The dependency parse for training and evaluating attribution: the shipped parser
// (models/parser.bin.gz), as the pipeline's syntax stage runs it.
import { existsSync } from 'node:fs';
import type { Segmentation, Syntax } from '../../types.js';
import { projectPath } from '../../paths.js';
import { DEFAULT_SYNTAX_MODEL, loadSyntaxModel, parseDocument } from '../../pipeline/syntax/index.js';

export type ParseFn = (text: string, seg: Segmentation) => Syntax | null;

/** A parse function, or undefined when this build ships no parser model. */
export async function parserForTraining(): Promise<ParseFn | undefined> {
  if (!existsSync(projectPath('models', DEFAULT_SYNTAX_MODEL))) return undefined;
  const model = loadSyntaxModel();
  return (text, seg) => parseDocument(text, seg, model);
}
