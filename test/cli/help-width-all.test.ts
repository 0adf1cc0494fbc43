// Every command's --help fits an 80-column terminal (show, claims, events, search, serve … ran to 291
// columns and wrapped mid-word), and so does every eval, bench and train measurement's: the commands are
// read from the registry, so a new command is checked without editing this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandNames, loadCommand } from '../../src/cli/main.js';
import { fitHelp, HELP_WIDTH } from '../../src/cli/help-width.js';
import { groupHelp, loadSubcommand, subcommandNames } from '../../src/cli/subcommands.js';
import { runCli } from '../helpers.js';

function assertFits(what: string, text: string): void {
  for (const line of text.split('\n')) assert.ok([...line].length <= HELP_WIDTH, `${what}: ${[...line].length} columns: ${line}`);
}

test('every command --help and every subcommand --help fits 80 columns, its words unchanged', async () => {
  const names = commandNames();
  assert.ok(names.includes('show') && names.includes('eval'));
  for (const name of names) {
    const cmd = await loadCommand(name);
    assert.ok(cmd, name);
    const help = fitHelp(cmd.usage);
    assertFits(name, help);
    // wrapping moves line breaks only
    assert.equal(help.replace(/\s+/g, ' '), cmd.usage.replace(/\s+/g, ' '), `${name}: same words`);
    const dir = (cmd as { subcommandsDir?: URL }).subcommandsDir;
    if (!dir) continue;
    assertFits(`${name} --help`, await groupHelp(name, dir));
    for (const subName of subcommandNames(dir)) {
      const sub = await loadSubcommand(dir, subName);
      if (sub) assertFits(`${name} ${subName}`, fitHelp(sub.usage));
    }
  }
  // what is printed is the fitted text
  const printed = runCli(['events', '--help']);
  assert.equal(printed.status, 0);
  assertFits('events, printed', printed.stdout);
});

test('fitHelp: an option wraps under its description, a synopsis under its first option, and prose runs on', () => {
  const usage = 'Usage: chronicle demo [--db FILE] [--json] [--limit N] [--since DATE] [--until DATE] [--type T]';
  assert.deepEqual(fitHelp(usage, 64).split('\n'), [
    'Usage: chronicle demo [--db FILE] [--json] [--limit N]',
    '                      [--since DATE] [--until DATE] [--type T]',
  ]);
  // never inside a bracketed item
  assert.deepEqual(fitHelp(usage, 61).split('\n').slice(1), ['                      [--since DATE] [--until DATE]', '                      [--type T]']);
  assert.deepEqual(fitHelp('  --doc ID    only this document, by its id or a source as show takes it\n  --json      prints JSON', 50).split('\n'), [
    '  --doc ID    only this document, by its id or a',
    '              source as show takes it',
    '  --json      prints JSON',
  ]);
  assert.deepEqual(fitHelp('The ferry left Split at noon and reached the island by\nthree, the harbour master said.', 40).split('\n'), [
    'The ferry left Split at noon and reached',
    'the island by three, the harbour master',
    'said.',
  ]);
});
