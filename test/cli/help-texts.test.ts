// `chronicle <command> --help` must say what the command really does (checked against README's usage).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers.js';

test('eval, bench and train --help list the names they run, summaries aligned', () => {
  for (const [group, name] of [['eval', 'gold'], ['bench', 'ingest'], ['train', 'event-coref']]) {
    const res = runCli([group, '--help']);
    assert.equal(res.status, 0, res.stderr);
    // A name as long as "event-coref" once ran into its summary with no space between.
    assert.match(res.stdout, new RegExp(`^  ${name} +\\S`, 'm'), `${group} --help lists ${name}`);
    const columns = [...res.stdout.matchAll(/^  (\S+ +)\S/gm)].map((m) => m[1].length);
    assert.equal(new Set(columns).size, 1, `${group} --help summaries start in one column`);
  }
});

test('serve --help gives the token rule and what the token opens', () => {
  const res = runCli(['serve', '--help']);
  assert.equal(res.status, 0);
  assert.match(res.stdout, /at least 8\s+characters/);
  assert.match(res.stdout, /\/api\/curations/);
});

test('search --help names every operator the query parser keeps', () => {
  const res = runCli(['search', '--help']);
  assert.match(res.stdout, /prefix/);
  assert.match(res.stdout, /excludes/);
});

test('eval lists its measurements, not the helper modules beside them, and names an unknown one', () => {
  const res = runCli(['eval']);
  assert.equal(res.status, 0);
  assert.match(res.stdout, /^  gold +\S/m);
  assert.doesNotMatch(res.stdout, /mention-head/);
  const unknown = runCli(['eval', 'mention-head']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown eval "mention-head"/);
});

test('ingest --help names every option in its usage lines, --queue included, in 80 columns', () => {
  const res = runCli(['ingest', '--help']);
  const usage = res.stdout.split('\n\n')[0];
  for (const line of res.stdout.split('\n')) assert.ok(line.length <= 80, `${line.length}: ${line}`);
  for (const flag of res.stdout.match(/^ {2}--[a-z-]+/gm) ?? []) assert.ok(usage.includes(`[${flag.trim()}`), `usage line lists ${flag.trim()}`);
});

test('worker --help names every option in its usage line, --until included', () => {
  const res = runCli(['worker', '--help']);
  // the synopsis, on as many lines as 80 columns take
  const usage = res.stdout.split('\n\n')[0];
  for (const flag of res.stdout.match(/^ {2}--[a-z-]+/gm) ?? []) assert.ok(usage.includes(`[${flag.trim()}`), `usage line lists ${flag.trim()}`);
});

test('help texts say what a user must know to get a command right', () => {
  // an id prefix shorter than six characters is not looked up as one
  assert.match(runCli(['show', '--help']).stdout, /prefix of at least 6 characters/);
  // split --doc takes a prefix or a file name, as --doc does elsewhere (wrapped at 80 columns anywhere)
  assert.match(runCli(['split', '--help']).stdout, /an\s+id\s+prefix\s+of\s+at\s+least\s+6\s+characters,\s+or\s+a\s+source/);
  assert.doesNotMatch(runCli(['split', '--help']).stdout, /full id/);
  // an upload's body fields, which the server checks by name
  assert.match(runCli(['serve', '--help']).stdout, /\{content, format: "html"\|"text",\s+name\?, url\?\}/);
  // the port npm start serves on, and its database
  const start = runCli(['start', '--help']).stdout;
  assert.match(start, /--port 8080/);
  assert.match(start, /chronicle\.db/);
  // SIGTERM's exit code is not Ctrl-C's
  assert.match(runCli(['ingest', '--help']).stdout, /143 after SIGTERM/);
});

test('listing help says what the listing is and how many rows it prints by default', () => {
  for (const cmd of ['events', 'figures']) assert.match(runCli([cmd, '--help']).stdout, /^List [^\n]*\n(?:[^\n]+\n)?[^\n]*Every stored one is listed unless --limit N\./m, cmd);
  assert.match(runCli(['entities', '--help']).stdout, /unless\s+--limit\s+N/);
  // search alone stops at ten unless told otherwise
  assert.match(runCli(['search', '--help']).stdout, /best 10 articles/);
});

test('export --help ends with a command to copy, and how a JSON Lines export is restored, in 80 columns', () => {
  const help = runCli(['export', '--help']).stdout;
  for (const line of help.split('\n')) assert.ok(line.length <= 80, `${line.length}: ${line}`);
  assert.match(help, /chronicle export --format csv --type events --out events\.csv/);
  assert.match(help, /restore: chronicle ingest backup\.jsonl/);
});

test('help a first-time user can follow: options named in the synopsis, an option line about that option only', () => {
  // export's synopsis named "[filters]", which no option is called
  const exportUsage = runCli(['export', '--help']).stdout.split('\n\n')[0];
  for (const flag of ['--doc', '--event-type', '--entity-type', '--edges']) assert.ok(exportUsage.includes(`[${flag} `), flag);
  // figures' --type line carried the whole --json description
  const figures = runCli(['figures', '--help']).stdout;
  const typeLine = /^--type T[\s\S]*?(?=^--doc)/m.exec(figures)?.[0] ?? '';
  assert.match(typeLine, /qualifier/);
  assert.doesNotMatch(typeLine, /vagueWords|--json/);
  assert.match(figures, /vagueWords/);
  // quotes says what it lists before its options, and what direct and indirect mean
  assert.match(runCli(['quotes', '--help']).stdout, /\n\nLists what the articles quote[\s\S]*reported speech/);
  // the top-level help says where to start
  assert.match(runCli(['--help']).stdout, /New here\? chronicle ingest/);
});

test('every option a command\'s usage lines show is explained in its --help, not only named there', () => {
  // Before: quotes --limit, and --json of alias, merge, split and worker, were in the usage lines
  // only (merge's help named --json only inside `chronicle events --json`).
  const commands = [...runCli(['--help']).stdout.matchAll(/^  ([a-z]+) +\S/gm)].map((m) => m[1]).filter((c) => !['bench', 'eval', 'train'].includes(c));
  assert.ok(commands.length > 10, commands.join(' '));
  const unexplained: string[] = [];
  for (const command of commands) {
    const help = runCli([command, '--help']).stdout;
    const [usage, ...rest] = help.split('\n\n');
    // another command's line quoted in the text does not explain this one's option
    const text = rest.join('\n\n').replace(/`[^`]*`/g, '');
    // --db is explained once for all commands (chronicle --help)
    for (const option of new Set(usage.match(/--[a-z][a-z-]*/g) ?? [])) {
      if (option !== '--db' && !new RegExp(`${option}(?![a-z-])`).test(text)) unexplained.push(`${command} ${option}`);
    }
  }
  assert.deepEqual(unexplained, []);
  assert.match(runCli(['serve', '--help']).stdout, /--host H listens on address H \(default 127\.0\.0\.1/);
});
