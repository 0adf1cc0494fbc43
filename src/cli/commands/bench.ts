import type { Command } from '../command.js';
import { describeSubcommands, runSubcommand } from '../subcommands.js';

// Each bench lives in src/bench/<name>.ts and exports a default Subcommand.
const dir = new URL('../../bench/', import.meta.url);

const command: Command = {
  summary: 'Measure speed and memory: prints JSON',
  get usage() {
    return 'Usage: chronicle bench <name> [options]   (chronicle bench <name> --help for its options)';
  },
  async run(argv) {
    if (argv.length === 0) {
      console.log(`Usage: chronicle bench <name> [options]\n\n${await describeSubcommands(dir)}`);
      return 1;
    }
    return runSubcommand('bench', dir, argv);
  },
};
export default command;
