/**
 * The one wrapper every call goes through, whatever the transport: refuse unknown methods,
 * refuse inputs nested deeper than any Stride value, parse the input with the contract's schema
 * (naming every bad field, values cut short), run the handler, and turn failures into a
 * `CallError`: a store the user can fix (disk full, read-only, locked) as one sentence, a bug as
 * `internal`. Nothing is written when the input is refused.
 */
import { echo, nestsDeeperThan, tooDeepMessage } from '../../src-shared/domain/bounds';
import { contract, isMethod, type CallResult } from '../../src-shared/api/contract';
import { describeZodError, StrideError } from '../../src-shared/api/errors';
import { isOutputError } from '../export/atomic-write';
import { isReadOnlyStoreError, storeErrorSentence } from '../store/store-errors';
import type { Handlers } from './handler-types';

export async function dispatch(handlers: Handlers, method: unknown, input: unknown): Promise<CallResult<unknown>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `${echo(method)} is not a Stride call` } };
  }
  if (nestsDeeperThan(input)) return { ok: false, error: { code: 'invalid-input', message: tooDeepMessage() } };
  const parsed = contract[method].safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error, input) };
  try {
    const handler = handlers[method] as (i: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof StrideError) {
      return { ok: false, error: { code: error.code, message: error.message, field: error.field } };
    }
    // A store, or a place the coach chose to save an export, that the coach can fix: a sentence.
    const sentence = isOutputError(error) ? error.message : storeErrorSentence(error);
    // `read-only`: the app already says the store is read-only, so it words this refusal apart.
    if (sentence) return { ok: false, error: { code: isReadOnlyStoreError(error) ? 'read-only' : 'unavailable', message: sentence } };
    console.error(`[stride] ${method} failed`, error);
    return { ok: false, error: { code: 'internal', message: `${method} failed: ${String((error as Error)?.message ?? error).slice(0, 200)}` } };
  }
}
