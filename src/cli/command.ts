// The shape every CLI command module in ./commands exports.
// main.ts finds commands by file name, so adding a command never edits a shared file.

export interface Command {
  /** One line for `chronicle --help`. */
  summary: string;
  /** Full help text for `chronicle <command> --help`. */
  usage: string;
  /** Set by commands with subcommands (eval, bench, train): `--help` after a subcommand is theirs. */
  delegatesHelp?: boolean;
  /** Runs the command; resolves to the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** Thrown for bad command-line use; main prints the message and the command's usage. */
export class UsageError extends Error {}

/** A subcommand's mistake (`chronicle eval gold --bogus`): main names the subcommand and shows its
 *  synopsis, not the group's. */
export class SubcommandUsageError extends UsageError {
  constructor(
    message: string,
    /** "eval gold" */
    readonly command: string,
    readonly usage: string,
  ) {
    super(message);
  }
}
