/**
 * What a key does on a focused week label, as a pure function (tested without a DOM):
 *   Space or Enter selects the week (Shift: the range from the anchor to it),
 *   Shift+↑/↓ grows or shrinks the selected range, ↑/↓ move to the previous/next label,
 *   → goes into the week's first day, Shift+F10 or the context-menu key opens the week's actions,
 *   Escape lets the selected weeks go.
 */
import type { KeyLike } from './keyboard';

export type WeekLabelAction =
  | { type: 'select'; shift: boolean }
  | { type: 'extend'; delta: number }
  | { type: 'focus-week'; delta: number }
  | { type: 'to-day' }
  | { type: 'menu' }
  | { type: 'clear' };

export function weekLabelKeyAction(e: KeyLike): WeekLabelAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === ' ' || e.key === 'Enter') return { type: 'select', shift: e.shiftKey };
  if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) return { type: 'menu' };
  if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
    const delta = e.key === 'ArrowUp' ? -1 : 1;
    return e.shiftKey ? { type: 'extend', delta } : { type: 'focus-week', delta };
  }
  if (e.key === 'ArrowRight' && !e.shiftKey) return { type: 'to-day' };
  if (e.key === 'Escape' && !e.shiftKey) return { type: 'clear' };
  return null;
}
