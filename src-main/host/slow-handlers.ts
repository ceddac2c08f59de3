/**
 * Every handler's answer `ms` late (`STRIDE_SLOW_MS` in the browser preview), as from a busy
 * main process. The renderer shows each edit at once and sends it after; on a loaded machine
 * the coach's next key can come before main's answer. Running the browser suite with
 * `STRIDE_E2E_SLOW_MS=700` finds the places that only worked because main was fast (a Delete
 * right after Alt+→ once did nothing on CI).
 */
import type { Handlers } from '../handlers/handler-types';

export function slowHandlers(handlers: Handlers, ms: number): Handlers {
  if (!(ms > 0)) return handlers;
  const late = () => new Promise((resolve) => setTimeout(resolve, ms));
  const slowed: Record<string, unknown> = {};
  for (const [method, handle] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    slowed[method] = async (input: unknown) => {
      await late();
      return handle(input);
    };
  }
  return slowed as Handlers;
}
