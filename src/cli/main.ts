import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SubcommandUsageError, UsageError, type Command } from './command.js';
import { fileErrorMessage, isFolder, PathError, pathErrorMessage } from './file-error.js';
import { fitHelp, HELP_WIDTH, wrapWords } from './help-width.js';
import { nearestName } from './args.js';
import { projectPath } from '../paths.js';

const commandsDir = fileURLToPath(new URL('./commands/', import.meta.url));

export function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export async function loadCommand(name: string): Promise<Command | null> {
  if (!/^[a-z][a-z-]*$/.test(name) || !commandNames().includes(name)) return null;
  const mod = (await import(`./commands/${name}.js`)) as { default: Command };
  return mod.default;
}

async function printHelp(): Promise<void> {
  const lines = [
    'chronicle — turn a pile of news articles into a cited knowledge base',
    '',
    'Usage: chronicle <command> [options]',
    '',
    'Commands:',
  ];
  for (const name of commandNames()) {
    const cmd = await loadCommand(name);
    if (cmd) lines.push(...wrapWords(`  ${name.padEnd(10)} ${cmd.summary}`, HELP_WIDTH, ' '.repeat(13)));
  }
  lines.push(
    '',
    'Every command takes --help (chronicle --version prints the version).',
    'Listing commands take --json (JSON only on stdout).',
    'The database is ./chronicle.db unless --db FILE or CHRONICLE_DB says otherwise.',
    'New here? chronicle ingest ARTICLES… stores articles (files, folders, URLs);',
    'chronicle docs lists them; chronicle serve opens them in a browser; npm start',
    'shows a demo corpus.',
  );
  console.log(lines.join('\n'));
}

export { wrapWords };

let pipeGuarded = false;

/**
 * `chronicle docs | head` closes the pipe before the listing ends: the reader has what it wanted,
 * so stop quietly instead of dying on an unhandled EPIPE with a stack trace.
 */
function exitQuietlyOnClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

export async function runCli(argv: string[]): Promise<number> {
  exitQuietlyOnClosedPipe();
  // `chronicle help search` is asked as `chronicle search --help` (it printed the list of commands).
  const [name, ...rest] = argv[0] === 'help' && argv.length > 1 ? [argv[1], '--help'] : argv;
  if (name === '--version' || name === '-V') {
    // asked first when reporting a problem: it was refused as an unknown command
    const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string };
    console.log(`chronicle ${pkg.version}`);
    return 0;
  }
  // `chronicle` alone lists the commands, as --help does, and has done what was asked: exit 0, like
  // a bare `chronicle eval` listing its measurements
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await printHelp();
    return 0;
  }
  // `chronicle --db kb.db docs`: an option before the command (as git takes some) is shown in its place
  if (name.startsWith('-')) {
    const at = argv.findIndex((a) => commandNames().includes(a));
    const reordered = at > 0 ? ['chronicle', argv[at], ...argv.slice(0, at), ...argv.slice(at + 1)].map(shellWord).join(' ') : null;
    console.error(reordered
      ? `chronicle: options go after the command: ${reordered}`
      : `chronicle: "${name}" is an option; give a command first (chronicle COMMAND ${name} …). Run \`chronicle --help\` for the list.`);
    return 2;
  }
  const cmd = await loadCommand(name);
  if (!cmd) {
    const near = nearestName(name, commandNames());
    console.error(`chronicle: unknown command "${name}"${near ? `; did you mean \`chronicle ${near}\`?` : '.'} Run \`chronicle --help\` for the list.`);
    return 2;
  }
  // A command with subcommands answers --help itself: after a name it is the subcommand's, alone it
  // lists the subcommands.
  const helpIsSubcommands = cmd.delegatesHelp && rest.length > 0;
  if (!helpIsSubcommands && (rest.includes('--help') || rest.includes('-h'))) {
    console.log(fitHelp(cmd.usage));
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (err) {
    if (err instanceof SubcommandUsageError) {
      console.error(`chronicle ${err.command}: ${err.message}\n\n${usageOnError(err.command, { usage: err.usage })}`);
      return 2;
    }
    if (err instanceof UsageError) {
      console.error(`chronicle ${name}: ${err.message}\n\n${usageOnError(name, cmd)}`);
      return 2;
    }
    // a subcommand's failure names it ("chronicle bench api: no database …"), as its usage errors do
    const helpName = cmd.delegatesHelp && rest[0] && !rest[0].startsWith('-') ? `${name} ${rest[0]}` : name;
    // a path given that is missing or of the wrong kind: the option it came from and what it takes, else in words
    const pathError = err instanceof PathError ? err.message : cmd.delegatesHelp ? null : pathErrorMessage(err, rest, cmd.usage, isFolder);
    const fileError = pathError ?? fileErrorMessage(err);
    if (fileError) console.error(`chronicle ${helpName}: ${fileError} (chronicle ${helpName} --help says what it reads).`);
    else console.error(`chronicle ${helpName}: ${err instanceof Error ? err.message : String(err)}`);
    if (process.env.CHRONICLE_DEBUG && err instanceof Error) console.error(err.stack);
    return 1;
  }
}

/**
 * What follows a command-line mistake: the command's synopsis (its usage up to the first blank line)
 * and where the rest is, not the whole help, which scrolled the one line that says what was wrong
 * off the screen (export's help is 50 lines). A command with subcommands has a one-line usage that
 * already says where each subcommand's options are.
 */
export function usageOnError(name: string, cmd: Pick<Command, 'usage' | 'delegatesHelp'>): string {
  const synopsis = fitHelp(cmd.usage.split(/\n\s*\n/)[0]);
  if (cmd.delegatesHelp || synopsis === fitHelp(cmd.usage)) return synopsis;
  return `${synopsis}\nRun \`chronicle ${name} --help\` for every option.`;
}

/** A word as a shell reads it back: quoted when it holds anything but plain characters. */
function shellWord(word: string): string {
  return /^[\w./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
