/** Store problems on the command line (kept apart from cli-store: the dispatcher loads it, not SQLite). */
import { isOutputError } from '../export/atomic-write';
import { storeErrorSentence } from '../store/store-errors';
import { EXIT_USAGE, type CliIo } from './cli-command';

/**
 * A store problem the coach can fix (disk full, read-only, locked, missing folder, not a Stride
 * store), or an output that cannot be written where the coach said (`-o` into a missing folder),
 * as one sentence on stderr, exit status 2. Anything else is a bug: rethrown.
 */
export function reportStoreFailure(io: CliIo, error: unknown): number {
  const sentence = isOutputError(error) ? error.message : storeErrorSentence(error);
  if (sentence === null) throw error;
  io.stderr(`stride: ${sentence}\n`);
  return EXIT_USAGE;
}
