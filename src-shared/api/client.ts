/**
 * The renderer's typed client. It takes a transport — Electron IPC inside the app, loopback
 * HTTP in the browser preview — so the same code talks to the same handlers either way.
 */
import type { CallResult, Method, MethodInput, MethodOutput } from './contract';

export type Transport = (method: Method, input: unknown) => Promise<CallResult<unknown>>;

/** A failed call; `field` names the input field to blame, when there is one. */
export class CallFailed extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CallFailed';
  }
}

export interface StrideClient {
  call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export function createClient(transport: Transport): StrideClient {
  return {
    async call(method, input) {
      const result = await transport(method, input);
      if (!result.ok) throw new CallFailed(result.error.code, result.error.message, result.error.field);
      return result.value as never;
    },
  };
}
