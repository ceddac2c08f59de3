/**
 * Calling main's handlers in a test as the renderer does (through `dispatch`, so the contract's
 * checks and sentences apply): `call` gives the raw result, `ok` the value (or throws with main's
 * sentence), `failure` a refused call's error.
 */
import type { CallResult } from '../../src-shared/api/contract';
import { dispatch, type Handlers } from '../handlers';

export function handlerCalls(handlers: () => Handlers) {
  const call = (method: string, input: unknown) => dispatch(handlers(), method, input);
  async function ok<T>(method: string, input: unknown): Promise<T> {
    const r = await call(method, input);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`);
    return r.value as T;
  }
  const failure = (r: CallResult<unknown>) => (r as Extract<CallResult<unknown>, { ok: false }>).error;
  return { call, ok, failure };
}
