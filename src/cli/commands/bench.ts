import { groupCommand } from '../subcommands.js';

// Each bench lives in src/bench/<name>.ts and exports a default Subcommand.
export default groupCommand('bench', 'Measure speed and memory (for developers): prints JSON', new URL('../../bench/', import.meta.url));
