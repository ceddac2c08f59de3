/**
 * The preload exposes exactly one function: `window.stride.invoke(method, input)`, bound to the
 * contract's single channel. Main checks the sender and parses every input; nothing else of
 * Electron or Node reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('stride', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('stride:invoke', String(method), input),
});
