import { describe, expect, it } from 'vitest';
import { editKeyAction } from './edit-keys';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('editing keys', () => {
  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on a Mac)', () => {
    expect(editKeyAction(key('z', { ctrlKey: true }), false)).toEqual({ type: 'undo' });
    expect(editKeyAction(key('Z', { ctrlKey: true, shiftKey: true }), false)).toEqual({ type: 'redo' });
    expect(editKeyAction(key('y', { ctrlKey: true }), false)).toEqual({ type: 'redo' });
    expect(editKeyAction(key('z', { metaKey: true }), true)).toEqual({ type: 'undo' });
    expect(editKeyAction(key('z', { metaKey: true, shiftKey: true }), true)).toEqual({ type: 'redo' });
    // Ctrl+Z on a Mac is not the command key.
    expect(editKeyAction(key('z', { ctrlKey: true }), true)).toBeNull();
  });
  it('Ctrl+C, X, V', () => {
    expect(editKeyAction(key('c', { ctrlKey: true }), false)).toEqual({ type: 'copy' });
    expect(editKeyAction(key('x', { ctrlKey: true }), false)).toEqual({ type: 'cut' });
    expect(editKeyAction(key('v', { ctrlKey: true }), false)).toEqual({ type: 'paste' });
  });
  it('Delete and Alt+arrows act on the selection', () => {
    expect(editKeyAction(key('Delete'), false)).toEqual({ type: 'delete' });
    expect(editKeyAction(key('ArrowDown', { altKey: true }), false)).toEqual({ type: 'move', days: 7 });
    expect(editKeyAction(key('ArrowLeft', { altKey: true }), false)).toEqual({ type: 'move', days: -1 });
    // Alt+Shift+arrows copy one card (the calendar's own key).
    expect(editKeyAction(key('ArrowLeft', { altKey: true, shiftKey: true }), false)).toBeNull();
    expect(editKeyAction(key('a'), false)).toBeNull();
  });
});
