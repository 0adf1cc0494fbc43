// `chronicle eval|bench|train <name>` dispatch to modules found by file name, so each
// measurement lives beside its own code and adding one edits no shared file.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError } from './command.js';

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

export async function runSubcommand(group: string, dirUrl: URL, argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const names = subcommandNames(dirUrl);
  if (!name || !names.includes(name)) {
    const listing = await describeSubcommands(dirUrl);
    throw new UsageError(name ? `unknown ${group} "${name}"\n${listing}` : `which ${group}?\n${listing}`);
  }
  const mod = (await import(new URL(`${name}.js`, dirUrl).href)) as { default: Subcommand };
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(mod.default.usage);
    return 0;
  }
  return mod.default.run(rest);
}

export async function describeSubcommands(dirUrl: URL): Promise<string> {
  const lines: string[] = [];
  for (const name of subcommandNames(dirUrl)) {
    const mod = (await import(new URL(`${name}.js`, dirUrl).href)) as { default: Subcommand };
    lines.push(`  ${name.padEnd(10)} ${mod.default.summary}`);
  }
  return lines.join('\n');
}

/** A command whose subcommands live in a folder: `chronicle eval|bench|train <name>`. */
export function groupCommand(group: string, summary: string, dirUrl: URL) {
  return {
    summary,
    delegatesHelp: true,
    usage: `Usage: chronicle ${group} <name> [options]   (chronicle ${group} <name> --help for its options)`,
    async run(argv: string[]): Promise<number> {
      if (argv.length === 0) {
        console.log(`Usage: chronicle ${group} <name> [options]\n\n${await describeSubcommands(dirUrl)}`);
        return 1;
      }
      return runSubcommand(group, dirUrl, argv);
    },
  };
}
