/**
 * `stride library import <file> [--data-dir DIR]`: add a library file's workouts (or a plan
 * file's `library`) to the coach's library; those it already has (same kind and title) are left
 * as they are (merge-library.ts). A refused file writes nothing and exits 2.
 */
import path from 'node:path';
import { parseLibraryFile } from '../../../src-shared/domain/library-file';
import { mergeLibrary, mergeSentence } from '../../services/merge-library';
import { EXIT_OK, EXIT_USAGE, usageError, type CliCommand } from '../cli-command';
import { parseOptions } from '../cli-options';
import { openCliStore } from '../cli-store';
import { readTextFile } from '../read-plan-file';

export const command: CliCommand = {
  args: '<file> [--data-dir DIR]',
  summary: "add a library file's workouts (or a plan file's library) to the coach's workout library",
  run(args, ctx) {
    const parsed = parseOptions(args);
    if (!parsed.ok) return usageError(ctx, parsed.problem);
    const { operands, dataDir } = parsed.options;
    if (operands.length !== 1) return usageError(ctx, operands.length === 0 ? 'library import needs a file' : 'library import takes one file');
    const file = operands[0];
    const shown = file === '-' ? 'standard input' : file;
    let text: string;
    try {
      text = file === '-' ? ctx.io.readStdin() : readTextFile(path.resolve(ctx.io.cwd, file));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException | null)?.code;
      const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : (e as Error).message;
      ctx.io.stderr(`stride: cannot read ${shown}: ${why}\n`);
      return EXIT_USAGE;
    }
    // Parsed before the store is opened: a refused file never touches it.
    const read = parseLibraryFile(text);
    if (!read.ok) {
      const count = read.errors.length === 1 ? '1 problem' : `${read.errors.length} problems`;
      ctx.io.stderr(`stride: ${shown} was refused (${count}):\n${read.errors.map((e) => `  ${e}\n`).join('')}`);
      return EXIT_USAGE;
    }
    for (const notice of read.notices) ctx.io.stderr(`${notice}\n`);
    // Most plan files carry no library: say so rather than "Added 0 workouts", and open no store.
    if (read.library.length === 0) {
      ctx.io.stderr(`stride: ${shown} holds no workouts (its library is empty); nothing was added\n`);
      return EXIT_OK;
    }
    const opened = openCliStore(dataDir, ctx.io);
    if (!opened.ok) return opened.exitCode;
    try {
      const merged = opened.store.transaction(() => mergeLibrary(opened.store, read.library));
      ctx.io.stdout(`${mergeSentence(merged)}\n`);
      return EXIT_OK;
    } finally {
      opened.store.close();
    }
  },
};
