/** The two ways the renderer reaches main. Chosen once at start-up in `client.ts`. */
import type { CallResult, Method } from '../../../../src-shared/api/contract';
import type { Transport } from '../../../../src-shared/api/client';

interface StrideBridge {
  invoke(method: Method, input: unknown): Promise<CallResult<unknown>>;
}

declare global {
  interface Window {
    /** Exposed by the preload inside Electron; absent in the browser preview. */
    stride?: StrideBridge;
  }
}

export function ipcTransport(bridge: StrideBridge): Transport {
  return (method, input) => bridge.invoke(method, input);
}

/**
 * Loopback HTTP for the browser preview: the host prints a URL carrying a per-run token in
 * its query (`?token=…`); every call sends it back in a header, and calls without it are refused.
 */
export function httpTransport(token: string): Transport {
  return async (method, input) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-stride-token': token },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as CallResult<unknown>;
  };
}
