/**
 * What a `stride` command is. Each command lives in its own file in `commands/`, named after its
 * words (`rules.ts` is `stride rules`, `export-plan.ts` is `stride export plan`) and exporting
 * `command`; the dispatcher finds it there, so adding a command touches no other file.
 */

/** Exit statuses (plan-file.md: a refusal, an unreadable file and a wrong usage all exit with 2). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Where a command writes and which directory its relative paths start from. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** Standard input as text, for `-` in place of a file name. */
  readStdin(): string;
}

export interface CommandContext {
  io: CliIo;
  /** The command's usage line, e.g. "stride rules <file>", for its own usage errors. */
  usage: string;
}

export interface CliCommand {
  /** What follows the command's words in the usage line, e.g. "<file>". */
  args: string;
  /** One line for the usage list. */
  summary: string;
  /** The exit status; every message already written to `io`. */
  run(args: readonly string[], ctx: CommandContext): number | Promise<number>;
}

/** A wrong usage: the problem and the command's usage on stderr, exit status 2. */
export function usageError(ctx: CommandContext, problem: string): number {
  ctx.io.stderr(`stride: ${problem}\nusage: ${ctx.usage}\n`);
  return EXIT_USAGE;
}

/**
 * The operands of a command that takes no options: `--` ends option parsing, `-` alone is an
 * operand (standard input), and anything else starting with `-` is an unknown option.
 */
export function operands(
  args: readonly string[],
): { ok: true; operands: string[] } | { ok: false; unknownOption: string } {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') return { ok: true, operands: [...out, ...args.slice(i + 1)] };
    if (arg.startsWith('-') && arg !== '-') return { ok: false, unknownOption: arg };
    out.push(arg);
  }
  return { ok: true, operands: out };
}
