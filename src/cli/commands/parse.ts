import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags } from '../args.js';
import { printDocumentSyntax } from '../syntax-view.js';

const command: Command = {
  summary: 'Show how Chronicle reads a text: each sentence\'s words, tags and grammar (dependency parse), as CoNLL-U and as a tree',
  usage: `Usage: chronicle parse "TEXT" [--model FILE] [--json]
       chronicle parse - < file.txt

Splits TEXT into sentences and words as ingestion does, then prints each sentence's parse as
CoNLL-U (character offsets in MISC as Span=START-END) and as an indented tree (each word under
its head, with its UPOS tag, relation and lemma). --json prints {words, sentenceWordStart}.
--model FILE parses with another parser model than the one Chronicle ships (see \`chronicle
train parser\`).`,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { model: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length === 0) throw new UsageError('give the text to parse (or - to read stdin)');
    const text = positionals.length === 1 && positionals[0] === '-' ? await readStdin() : positionals.join(' ');
    printDocumentSyntax(text, values.json === true, values.model);
    return 0;
  },
};
export default command;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
