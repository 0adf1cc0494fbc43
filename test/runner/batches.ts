// How scripts/run-tests.mjs groups the compiled test files into processes. Node's runner starts a
// process per file, and most files spend more CPU loading the pipeline and its models (the browser
// files: the server and playwright) than running their tests; so the files that leave the process
// alone run several to a process. In a batch each file is imported inside a suite of its own, named
// by its path, so that its file-wide hooks (the browser files' server and page) open and close
// around its own tests only: node:test gives a test or hook to the suite whose function is running.
import { pathToFileURL } from 'node:url';

/**
 * What makes a file need a process of its own: a change to the process its neighbours share (reading
 * the environment is not one), a measure of the process itself, or mocks.
 */
const NEEDS_OWN_PROCESS =
  /process\.(chdir|on|once|exit|exitCode|stdout|stderr|argv|memoryUsage|cpuUsage|hrtime)\b|process\.env(\.\w+|\[[^\]]+\])\s*(\?\?|\|\||&&)?=(?!=)|delete\s+process\.env|\bmock\b|globalThis|\.only\b|\bgc\(\)/;

/** Whether a compiled test file, by its text, must run in a process of its own. */
export function needsOwnProcess(source: string): boolean {
  return NEEDS_OWN_PROCESS.test(source);
}

/**
 * `files` dealt round `Math.ceil(files.length / perBatch)` batches like cards, so that each batch
 * holds a share of every folder (the browser files are the slowest) and the runners finish together.
 */
export function dealIntoBatches<T>(files: T[], perBatch: number): T[][] {
  const count = Math.ceil(files.length / perBatch);
  return Array.from({ length: count }, (_, b) => files.filter((_, i) => i % count === b));
}

/** The text of a batch module: each file (an absolute path) imported inside a suite named `name(file)`. */
export function batchModule(files: string[], name: (file: string) => string): string {
  const suites = files.map((f) => `describe(${JSON.stringify(name(f))}, async () => { await import(${JSON.stringify(pathToFileURL(f).href)}); });`);
  return `import { describe } from 'node:test';\n${suites.join('\n')}\n`;
}
