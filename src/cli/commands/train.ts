import { groupCommand } from '../subcommands.js';

// Each train lives in src/train/<name>.ts and exports a default Subcommand.
export default groupCommand('train', 'Train a model from annotated data (for developers)', new URL('../../train/', import.meta.url));
