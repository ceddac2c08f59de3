/**
 * The one wrapper every call goes through, whatever the transport: refuse unknown methods,
 * parse the input with the contract's schema (naming every bad field), run the handler, and
 * turn failures into a `CallError`. Nothing is written when the input is refused.
 */
import { contract, isMethod, type CallResult } from '../../src-shared/api/contract';
import { describeZodError, StrideError } from '../../src-shared/api/errors';
import type { Handlers } from './handler-types';

export async function dispatch(handlers: Handlers, method: unknown, input: unknown): Promise<CallResult<unknown>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `${JSON.stringify(method)} is not a Stride call` } };
  }
  const parsed = contract[method].safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error, input) };
  try {
    const handler = handlers[method] as (i: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof StrideError) {
      return { ok: false, error: { code: error.code, message: error.message, field: error.field } };
    }
    console.error(`[stride] ${method} failed`, error);
    return { ok: false, error: { code: 'internal', message: `${method} failed: ${(error as Error).message}` } };
  }
}
