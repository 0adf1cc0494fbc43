// Prints a text's parse for `show --syntax` and `parse`: the parse is recomputed from the clean
// text (it is not stored), with the same segmentation ingestion uses.
import { segment } from '../pipeline/segment/index.js';
import { loadSyntaxModel, parseDocument } from '../pipeline/syntax/index.js';
import { formatSyntax } from '../pipeline/syntax/format.js';
import { printJson } from './output.js';

export function printDocumentSyntax(text: string, json: boolean, modelPath?: string): void {
  const syntax = parseDocument(text, segment(text), loadSyntaxModel(modelPath));
  if (json) printJson(syntax);
  else process.stdout.write(formatSyntax(syntax, text));
}
