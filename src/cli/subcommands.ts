// `chronicle eval|bench|train <name>` dispatch to modules found by file name, so each
// measurement lives beside its own code and adding one edits no shared file.
import { readdirSync } from 'node:fs';
import { isFolder, PathError, pathErrorMessage } from './file-error.js';
import { fileURLToPath } from 'node:url';
import { SubcommandUsageError, UsageError } from './command.js';
import { fitHelp } from './help-width.js';

export interface Subcommand {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

export function subcommandNames(dirUrl: URL): string[] {
  return readdirSync(fileURLToPath(dirUrl))
    .filter((f) => f.endsWith('.js') && !f.startsWith('_'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/**
 * The subcommand a module of the folder exports, or undefined for a helper module that sits beside
 * the subcommands (eval/ holds e.g. mention-head.js, which exports no default).
 */
export async function loadSubcommand(dirUrl: URL, name: string): Promise<Subcommand | undefined> {
  const mod = (await import(new URL(`${name}.js`, dirUrl).href)) as { default?: Subcommand };
  return typeof mod.default?.run === 'function' ? mod.default : undefined;
}

export async function runSubcommand(group: string, dirUrl: URL, argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const sub = name && subcommandNames(dirUrl).includes(name) ? await loadSubcommand(dirUrl, name) : undefined;
  if (!sub) {
    const listing = await describeSubcommands(dirUrl);
    throw new UsageError(fitHelp(name ? `unknown ${group} "${name}"\n${listing}` : `which ${group}?\n${listing}`));
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(fitHelp(sub.usage));
    return 0;
  }
  try {
    return await sub.run(rest);
  } catch (err) {
    if (err instanceof UsageError && !(err instanceof SubcommandUsageError)) throw new SubcommandUsageError(err.message, `${group} ${name}`, sub.usage);
    const said = pathErrorMessage(err, rest, sub.usage, isFolder);
    throw said ? new PathError(said) : err;
  }
}

export async function describeSubcommands(dirUrl: URL): Promise<string> {
  const subs: Array<[string, Subcommand]> = [];
  for (const name of subcommandNames(dirUrl)) {
    const sub = await loadSubcommand(dirUrl, name);
    if (sub) subs.push([name, sub]);
  }
  // Pad to the longest name so that summaries line up ("event-coref" is longer than a fixed 10).
  // Two spaces at least after the longest, so that its summary reads as a column of its own.
  const width = Math.max(10, ...subs.map(([n]) => n.length + 1));
  return subs.map(([name, sub]) => `  ${name.padEnd(width)} ${sub.summary}`).join('\n');
}

/** `chronicle eval|bench|train --help`: the usage and the names it runs, in 80 columns. */
export async function groupHelp(group: string, dirUrl: URL): Promise<string> {
  return fitHelp(`Usage: chronicle ${group} <name> [options]   (chronicle ${group} <name> --help for its options)\n\n${await describeSubcommands(dirUrl)}`);
}

/** A command whose subcommands live in a folder: `chronicle eval|bench|train <name>`. */
export function groupCommand(group: string, summary: string, dirUrl: URL) {
  return {
    summary,
    /** Where its subcommands are (the help test reads each one's usage). */
    subcommandsDir: dirUrl,
    delegatesHelp: true,
    usage: `Usage: chronicle ${group} <name> [options]   (chronicle ${group} <name> --help for its options)`,
    async run(argv: string[]): Promise<number> {
      // A bare `chronicle eval` lists the names it can run, as `chronicle eval --help` and
      // `chronicle help eval` do, and exits 0 as they do (it exited 1, as if it had failed).
      if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
        console.log(await groupHelp(group, dirUrl));
        return 0;
      }
      return runSubcommand(group, dirUrl, argv);
    },
  };
}
