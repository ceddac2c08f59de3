/**
 * Options shared by the commands that touch the store or write files:
 * `--data-dir DIR` (default: STRIDE_DATA_DIR or the app's data folder), `-o FILE` / `--output FILE`,
 * and boolean flags a command names. Anything else starting with `-` is an unknown option.
 */
export interface ParsedOptions {
  operands: string[];
  dataDir?: string;
  output?: string;
  flags: Set<string>;
  values: Map<string, string>;
}

export type OptionsResult = { ok: true; options: ParsedOptions } | { ok: false; problem: string };

export function parseOptions(
  args: readonly string[],
  spec: { flags?: readonly string[]; values?: readonly string[] } = {},
): OptionsResult {
  const options: ParsedOptions = { operands: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const takeValue = (): string | null => {
      const eq = arg.indexOf('=');
      if (eq > 0) return arg.slice(eq + 1);
      const next = args[i + 1];
      if (next === undefined) return null;
      i++;
      return next;
    };
    const name = arg.split('=')[0];
    if (arg === '--') {
      options.operands.push(...args.slice(i + 1));
      break;
    } else if (name === '--data-dir') {
      const v = takeValue();
      if (!v) return { ok: false, problem: '--data-dir needs a folder' };
      options.dataDir = v;
    } else if (name === '-o' || name === '--output') {
      const v = takeValue();
      if (!v) return { ok: false, problem: `${name} needs a file name` };
      options.output = v;
    } else if (spec.values?.includes(name)) {
      const v = takeValue();
      if (!v) return { ok: false, problem: `${name} needs a value` };
      options.values.set(name, v);
    } else if (spec.flags?.includes(arg)) {
      options.flags.add(arg);
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, problem: `unknown option ${arg}` };
    } else {
      options.operands.push(arg);
    }
  }
  return { ok: true, options };
}
