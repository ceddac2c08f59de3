import { describe, expect, it } from 'vitest';
import { weekLabelKeyAction } from './week-label-keys';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('keys on a week label', () => {
  it('Space selects, Shift+Space selects the range', () => {
    expect(weekLabelKeyAction(key(' '))).toEqual({ type: 'select', shift: false });
    expect(weekLabelKeyAction(key(' ', { shiftKey: true }))).toEqual({ type: 'select', shift: true });
  });
  it('Shift+arrows extend the selection, arrows move between labels', () => {
    expect(weekLabelKeyAction(key('ArrowDown', { shiftKey: true }))).toEqual({ type: 'extend', delta: 1 });
    expect(weekLabelKeyAction(key('ArrowUp', { shiftKey: true }))).toEqual({ type: 'extend', delta: -1 });
    expect(weekLabelKeyAction(key('ArrowDown'))).toEqual({ type: 'focus-week', delta: 1 });
  });
  it('Shift+F10 and the menu key open the week actions; Ctrl chords are left to the shortcuts', () => {
    expect(weekLabelKeyAction(key('F10', { shiftKey: true }))).toEqual({ type: 'menu' });
    expect(weekLabelKeyAction(key('ContextMenu'))).toEqual({ type: 'menu' });
    expect(weekLabelKeyAction(key('c', { ctrlKey: true }))).toBeNull();
  });
  it('Escape lets the selected weeks go (a selection used to stay until a click on a day)', () => {
    expect(weekLabelKeyAction(key('Escape'))).toEqual({ type: 'clear' });
  });
});
