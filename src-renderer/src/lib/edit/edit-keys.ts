/**
 * The app-wide editing keys, as a pure function (tested without a DOM): undo and redo, and
 * Delete / Alt+arrows when several sessions or weeks are selected. Copy, cut and paste are the
 * browser's own clipboard events (see EditShortcuts.svelte), so they reach the system clipboard.
 */
import type { KeyLike } from '../calendar/keyboard';

export type EditKeyAction =
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'delete' }
  | { type: 'move'; days: number }
  | { type: 'copy' }
  | { type: 'cut' }
  | { type: 'paste' };

const ARROW_DAYS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/** `mac`: Cmd is the command key there, Ctrl elsewhere. */
export function editKeyAction(e: KeyLike, mac: boolean): EditKeyAction | null {
  const command = mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (command && !e.altKey) {
    if (key === 'z') return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y' && !e.shiftKey) return { type: 'redo' };
    if (!e.shiftKey && key === 'c') return { type: 'copy' };
    if (!e.shiftKey && key === 'x') return { type: 'cut' };
    if (!e.shiftKey && key === 'v') return { type: 'paste' };
    return null;
  }
  if (e.ctrlKey || e.metaKey) return null;
  if ((key === 'Delete' || key === 'Backspace') && !e.altKey && !e.shiftKey) return { type: 'delete' };
  if (e.altKey && !e.shiftKey && key in ARROW_DAYS) return { type: 'move', days: ARROW_DAYS[key] };
  return null;
}

/** Text fields keep their own undo, clipboard and Delete. */
export function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  // An attribute walk, not `isContentEditable` (which needs the style brought up to date first).
  return el.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}
