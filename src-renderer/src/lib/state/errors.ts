import { CallFailed } from '../../../../src-shared/api/client';

/** What the coach reads when a call fails: main's message names the bad field. */
export interface ShownError {
  message: string;
  field?: string;
}

export function shownError(error: unknown): ShownError {
  if (error instanceof CallFailed) return { message: error.message, field: error.field };
  if (error instanceof Error) return { message: `Stride could not reach its store: ${error.message}` };
  return { message: String(error) };
}
