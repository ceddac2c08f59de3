import { describe, expect, it } from 'vitest';
import { dayKeyAction, sessionKeyAction, stepDate, type KeyLike } from './keyboard';

const plan = { startDate: '2027-03-01', weeks: 4, weekStartsOn: 'monday' as const };
const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('moving between days', () => {
  it('steps a day with ←/→ and a week with ↑/↓', () => {
    expect(stepDate(plan, '2027-03-10', 'ArrowRight')).toBe('2027-03-11');
    expect(stepDate(plan, '2027-03-10', 'ArrowLeft')).toBe('2027-03-09');
    expect(stepDate(plan, '2027-03-10', 'ArrowDown')).toBe('2027-03-17');
    expect(stepDate(plan, '2027-03-10', 'ArrowUp')).toBe('2027-03-03');
  });

  it('wraps from Sunday to the next Monday, as the weeks are read', () => {
    expect(stepDate(plan, '2027-03-07', 'ArrowRight')).toBe('2027-03-08');
  });

  it('stays put at the edges of the plan', () => {
    expect(stepDate(plan, '2027-03-01', 'ArrowLeft')).toBe('2027-03-01');
    expect(stepDate(plan, '2027-03-03', 'ArrowUp')).toBe('2027-03-03');
    expect(stepDate(plan, '2027-03-28', 'ArrowRight')).toBe('2027-03-28');
  });

  it('goes to the week’s first and last day with Home/End, four weeks with PageUp/PageDown', () => {
    expect(stepDate(plan, '2027-03-10', 'Home')).toBe('2027-03-08');
    expect(stepDate(plan, '2027-03-10', 'End')).toBe('2027-03-14');
    expect(stepDate(plan, '2027-03-03', 'PageDown')).toBe('2027-03-24'); // past the end: last week, same weekday
    expect(stepDate(plan, '2027-03-24', 'PageUp')).toBe('2027-03-03');
  });

  it('opens the add menu with Enter or "a", and leaves other keys to the browser', () => {
    expect(dayKeyAction(plan, '2027-03-10', key('Enter'))).toEqual({ type: 'add-menu' });
    expect(dayKeyAction(plan, '2027-03-10', key('a'))).toEqual({ type: 'add-menu' });
    expect(dayKeyAction(plan, '2027-03-10', key('Tab'))).toBeNull();
    expect(dayKeyAction(plan, '2027-03-10', key('ArrowRight', { ctrlKey: true }))).toBeNull();
  });
  it('Escape on a day lets the selection go (the calendar acts on it only when something is selected)', () => {
    expect(dayKeyAction(plan, '2027-03-10', key('Escape'))).toEqual({ type: 'clear-selection' });
  });
});

describe('keys on a session card', () => {
  it('moves with Alt+arrows and copies with Alt+Shift+arrows', () => {
    expect(sessionKeyAction('2027-03-10', true, key('ArrowRight', { altKey: true }))).toEqual({
      type: 'move',
      date: '2027-03-11',
    });
    expect(sessionKeyAction('2027-03-10', true, key('ArrowDown', { altKey: true, shiftKey: true }))).toEqual({
      type: 'copy',
      date: '2027-03-17',
    });
  });

  it('a move or copy out of the plan is asked for, so the plan’s rule refuses it with its sentence', () => {
    // It returned null: the key did nothing and said nothing (and Alt+← went back in the browser's history).
    expect(sessionKeyAction('2027-03-01', true, key('ArrowLeft', { altKey: true }))).toEqual({ type: 'move', date: '2027-02-28' });
    expect(sessionKeyAction('2027-03-25', true, key('ArrowDown', { altKey: true, shiftKey: true }))).toEqual({
      type: 'copy',
      date: '2027-04-01',
    });
  });

  it('deletes with Delete or Backspace, opens with Enter, goes back to the day with Escape', () => {
    expect(sessionKeyAction('2027-03-10', true, key('Delete'))).toEqual({ type: 'delete' });
    expect(sessionKeyAction('2027-03-10', true, key('Backspace'))).toEqual({ type: 'delete' });
    expect(sessionKeyAction('2027-03-10', true, key('Enter'))).toEqual({ type: 'open' });
    expect(sessionKeyAction('2027-03-10', true, key('Escape'))).toEqual({ type: 'to-day' });
  });

  it('a derived card can be opened but not moved or deleted (Keep or Dismiss it instead)', () => {
    expect(sessionKeyAction('2027-03-10', false, key('Enter'))).toEqual({ type: 'open' });
    // Delete on it explains itself (Dismiss, or Keep first) rather than doing nothing.
    expect(sessionKeyAction('2027-03-10', false, key('Delete'))).toEqual({ type: 'explain-derived' });
    expect(sessionKeyAction('2027-03-10', false, key('ArrowRight', { altKey: true }))).toBeNull();
  });
});
