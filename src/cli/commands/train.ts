import type { Command } from '../command.js';
import { describeSubcommands, runSubcommand } from '../subcommands.js';

// Each train lives in src/train/<name>.ts and exports a default Subcommand.
const dir = new URL('../../train/', import.meta.url);

const command: Command = {
  summary: 'Train a model from annotated data',
  get usage() {
    return 'Usage: chronicle train <name> [options]   (chronicle train <name> --help for its options)';
  },
  async run(argv) {
    if (argv.length === 0) {
      console.log(`Usage: chronicle train <name> [options]\n\n${await describeSubcommands(dir)}`);
      return 1;
    }
    return runSubcommand('train', dir, argv);
  },
};
export default command;
