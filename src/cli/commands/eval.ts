import type { Command } from '../command.js';
import { describeSubcommands, runSubcommand } from '../subcommands.js';

// Each eval lives in src/eval/<name>.ts and exports a default Subcommand.
const dir = new URL('../../eval/', import.meta.url);

const command: Command = {
  summary: 'Measure accuracy: prints JSON metrics',
  get usage() {
    return 'Usage: chronicle eval <name> [options]   (chronicle eval <name> --help for its options)';
  },
  async run(argv) {
    if (argv.length === 0) {
      console.log(`Usage: chronicle eval <name> [options]\n\n${await describeSubcommands(dir)}`);
      return 1;
    }
    return runSubcommand('eval', dir, argv);
  },
};
export default command;
