import { CallFailed } from '../../../../src-shared/api/client';
import { StrideError } from '../../../../src-shared/api/errors';

/** What the coach reads when a call fails: main's message names the bad field. */
export interface ShownError {
  message: string;
  field?: string;
  /** Refused because the plan store is read-only (the app's read-only banner says it already). */
  readOnly?: boolean;
}

export function shownError(error: unknown): ShownError {
  if (error instanceof CallFailed)
    return error.code === 'read-only'
      ? { message: error.message, readOnly: true }
      : { message: error.message, field: error.field };
  // The shared edit rules refuse in this window before main is asked (a multi-selection moved
  // past the plan's first day): their sentence is main's own, not a failed connection.
  if (error instanceof StrideError)
    return error.field ? { message: error.message, field: error.field } : { message: error.message };
  if (error instanceof Error) return { message: `Stride could not reach its store: ${error.message}` };
  return { message: String(error) };
}

/**
 * Main's message as shown beside the field it names: without the field's contract name it starts
 * with ("durationMin: an interval session needs a duration" reads "An interval session needs a
 * duration" under Duration).
 */
export function besideField(shown: ShownError): string {
  const prefix = shown.field ? `${shown.field}: ` : null;
  if (!prefix || !shown.message.startsWith(prefix)) return shown.message;
  const rest = shown.message.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
