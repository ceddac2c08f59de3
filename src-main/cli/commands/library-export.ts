/** `stride library export <file> [--data-dir DIR]`: write the coach's workout library as a library file (`-`: standard output). */
import path from 'node:path';
import { libraryFileText } from '../../../src-shared/domain/library-file';
import { fileWorkoutsOf } from '../../../src-shared/domain/plan-file-library';
import { writeFileAtomic } from '../../export/atomic-write';
import { EXIT_OK, EXIT_USAGE, usageError, type CliCommand } from '../cli-command';
import { parseOptions } from '../cli-options';
import { openCliStore } from '../cli-store';
import { plural } from '../../../src-shared/edits/edit-messages';
import { reportWritten } from '../wrote-line';

export const command: CliCommand = {
  args: '<file> [--data-dir DIR]',
  summary: "write the coach's workout library to a file (- writes to standard output)",
  run(args, ctx) {
    const parsed = parseOptions(args);
    if (!parsed.ok) return usageError(ctx, parsed.problem);
    const { operands, dataDir, output } = parsed.options;
    // `-o FILE` reads as naturally as the operand; either names the one file.
    const files = output ? [...operands, output] : operands;
    if (files.length !== 1) return usageError(ctx, files.length === 0 ? 'library export needs a file to write' : 'library export writes one file');
    const opened = openCliStore(dataDir, ctx.io, { mustExist: true, readonly: true });
    if (!opened.ok) return opened.exitCode;
    let text: string;
    let count: number;
    try {
      const library = opened.store.library.list();
      text = libraryFileText(fileWorkoutsOf(library));
      count = library.length;
    } finally {
      opened.store.close();
    }
    if (files[0] === '-') {
      ctx.io.stdout(text);
      return EXIT_OK;
    }
    try {
      writeFileAtomic(path.resolve(ctx.io.cwd, files[0]), text);
    } catch (e) {
      ctx.io.stderr(`stride: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
    reportWritten(ctx, files[0], count === 0 ? 'an empty library' : plural(count, 'workout'));
    return EXIT_OK;
  },
};
