/**
 * The `stride` command line: finds the command named by the first words of argv in
 * `commands/` and runs it. A command is a file there named after its words (`rules.ts`,
 * `export-plan.ts`) exporting `command` (see cli-command.ts), so engineers adding commands
 * never edit this file or each other's.
 *
 * Runs as CommonJS, hence `__dirname` and `require`: built into out/cli (scripts/build-cli.mjs,
 * one bundle per command beside this one) or, in development, from the sources through tsx.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from './cli-command';
import { reportStoreFailure } from './store-failure';

const COMMANDS_DIR = path.join(__dirname, 'commands');
const HELP = new Set(['-h', '--help', 'help']);
const VERSION = new Set(['-V', '--version', 'version']);
/** Commands have one or two words ("rules", "export plan"). */
const MAX_WORDS = 2;

export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    readStdin: () => readFileSync(0, 'utf8'),
  };
}

/** Command names ("rules", "export-plan") from the files in `commands/`, sorted. */
function commandNames(): string[] {
  return readdirSync(COMMANDS_DIR)
    .filter((f) => /^[a-z][a-z0-9-]*\.(ts|js|cjs)$/.test(f) && !/\.test\.[a-z]+$/.test(f))
    .map((f) => f.replace(/\.[a-z]+$/, ''))
    .filter((name, i, all) => all.indexOf(name) === i)
    .sort();
}

function loadCommand(name: string): CliCommand {
  const mod = require(path.join(COMMANDS_DIR, name)) as { command?: CliCommand };
  if (!mod.command || typeof mod.command.run !== 'function') {
    throw new Error(`commands/${name} does not export a \`command\``);
  }
  return mod.command;
}

function usageLine(name: string, command: CliCommand): string {
  return `stride ${name.split('-').join(' ')}${command.args ? ` ${command.args}` : ''}`;
}

export function usage(): string {
  const lines = commandNames().map((name) => {
    let command: CliCommand;
    try {
      command = loadCommand(name);
    } catch (e) {
      // One broken command (say, half-written by a colleague) must not hide the others.
      const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      return `  stride ${name.split('-').join(' ')}\n      (cannot be loaded: ${why})`;
    }
    return `  ${usageLine(name, command)}\n      ${command.summary}`;
  });
  return `usage: stride <command> [arguments]\n\ncommands:\n${lines.join('\n')}\n  stride help\n      show this text\n  stride --version\n      print Stride's version\n`;
}

/** package.json's version: two folders up from the sources (src-main/cli) and the build (out/cli) alike. */
function version(): string {
  return (JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Runs `stride` with the arguments after the program name; resolves to the exit status. */
export async function runStride(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  if (argv.length === 0) {
    io.stderr(usage());
    return EXIT_USAGE;
  }
  if (argv.length === 1 && HELP.has(argv[0])) {
    io.stdout(usage());
    return EXIT_OK;
  }
  if (argv.length === 1 && VERSION.has(argv[0])) {
    io.stdout(`stride ${version()}\n`);
    return EXIT_OK;
  }
  const names = new Set(commandNames());
  // The longest match wins, so `export plan` is not taken for a command `export`.
  for (let words = Math.min(MAX_WORDS, argv.length); words >= 1; words--) {
    const name = argv.slice(0, words).join('-');
    if (!names.has(name)) continue;
    const command = loadCommand(name);
    const args = argv.slice(words);
    const line = usageLine(name, command);
    if (args.length === 1 && (args[0] === '-h' || args[0] === '--help')) {
      io.stdout(`usage: ${line}\n  ${command.summary}\n`);
      return EXIT_OK;
    }
    try {
      return await command.run(args, { io, usage: line });
    } catch (error) {
      // Disk full, a read-only or locked store: one sentence and exit 2, whichever command hit it.
      return reportStoreFailure(io, error);
    }
  }
  // The first word of several commands ("stride export"): the usage of those, not "unknown".
  const group = [...names].filter((name) => name.startsWith(`${argv[0]}-`)).sort();
  if (group.length > 0) {
    const lines = group.map((name) => {
      const command = loadCommand(name);
      return `  ${usageLine(name, command)}\n      ${command.summary}`;
    });
    // `stride export --help` asks for these usages: on stdout, a success.
    if (argv.length === 2 && HELP.has(argv[1])) {
      io.stdout(`usage:\n${lines.join('\n')}\n`);
      return EXIT_OK;
    }
    // `stride export xyz`: name the word that matched none, so a typo is not taken for a missing word.
    const wrong = argv[1] !== undefined && !argv[1].startsWith('-') ? ` there is no "${argv[0]} ${argv[1]}";` : '';
    io.stderr(`stride ${argv[0]}:${wrong} say which one\n\nusage:\n${lines.join('\n')}\n`);
    return EXIT_USAGE;
  }
  io.stderr(`stride: unknown command "${argv[0]}"\n\n${usage()}`);
  return EXIT_USAGE;
}
