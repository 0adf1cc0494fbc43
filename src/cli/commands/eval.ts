import { groupCommand } from '../subcommands.js';

// Each eval lives in src/eval/<name>.ts and exports a default Subcommand.
export default groupCommand('eval', 'Measure accuracy against annotated data (for developers): prints JSON', new URL('../../eval/', import.meta.url));
