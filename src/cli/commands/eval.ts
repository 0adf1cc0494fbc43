import { groupCommand } from '../subcommands.js';

// Each eval lives in src/eval/<name>.ts and exports a default Subcommand.
export default groupCommand('eval', 'Measure accuracy: prints JSON metrics', new URL('../../eval/', import.meta.url));
