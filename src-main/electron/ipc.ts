import { ipcMain } from 'electron';
import { dispatch, type Handlers } from '../handlers';
import { isTrustedSender } from './security';

export const INVOKE_CHANNEL = 'stride:invoke';

/** The single IPC entry point: checks the sender, then the same dispatch the HTTP host uses. */
export function registerIpc(handlers: Handlers, devServerUrl?: string): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event, devServerUrl)) {
      return { ok: false, error: { code: 'forbidden', message: 'calls are accepted from the Stride window only' } };
    }
    return dispatch(handlers, method, input);
  });
}
