/** Shared by every command that takes a plan file: read it, parse it, or say why not (exit 2). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePlanFile, type PlanFileData } from '../../src-shared/domain/plan-file';
import { utf16Text } from '../../src-shared/domain/utf16-text';
import { EXIT_USAGE, type CliIo } from './cli-command';

export type PlanFileRead = { ok: true; data: PlanFileData; notices: string[] } | { ok: false; exitCode: number };

/**
 * Reads `file` (relative to the io's current directory; `-` is standard input) as a plan file.
 * A file that cannot be read or is refused writes its messages to stderr and gives exit status 2;
 * notices are returned for the command to print, so it decides where they go.
 */
export function readPlanFile(file: string, io: CliIo): PlanFileRead {
  const shown = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = file === '-' ? io.readStdin() : readTextFile(path.resolve(io.cwd, file));
  } catch (e) {
    io.stderr(`stride: cannot read ${shown}: ${readProblem(e)}\n`);
    return { ok: false, exitCode: EXIT_USAGE };
  }
  const parsed = parsePlanFile(text);
  if (!parsed.ok) {
    const count = parsed.errors.length === 1 ? '1 problem' : `${parsed.errors.length} problems`;
    io.stderr(`stride: ${shown} was refused (${count}):\n${parsed.errors.map((e) => `  ${e}\n`).join('')}`);
    return { ok: false, exitCode: EXIT_USAGE };
  }
  return { ok: true, data: parsed.data, notices: parsed.notices };
}

function readProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

/** A file's text: UTF-16 where it starts with that byte-order mark (Notepad's "Unicode"), else UTF-8. */
export function readTextFile(file: string): string {
  const bytes = readFileSync(file);
  return utf16Text(bytes) ?? bytes.toString('utf8');
}
