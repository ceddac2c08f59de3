import { describe, expect, it } from 'vitest';
import {
  NO_SESSIONS,
  NO_WEEKS,
  clampWeeks,
  clickSession,
  clickWeek,
  extendWeeks,
  keepExisting,
  weeksLabel,
} from './selection';

describe('week selection', () => {
  it('a click selects one week, Shift+click the range from it, either direction', () => {
    const one = clickWeek(NO_WEEKS, 5, {});
    expect(one.weeks).toEqual([5]);
    expect(clickWeek(one, 8, { shift: true }).weeks).toEqual([5, 6, 7, 8]);
    expect(clickWeek(one, 3, { shift: true }).weeks).toEqual([3, 4, 5]);
  });

  it('Ctrl/Cmd+click toggles a week in and out', () => {
    const two = clickWeek(clickWeek(NO_WEEKS, 2, {}), 6, { toggle: true });
    expect(two.weeks).toEqual([2, 6]);
    expect(clickWeek(two, 2, { toggle: true }).weeks).toEqual([6]);
  });

  it('Shift+arrows grow and shrink the range from the anchor, inside the plan', () => {
    let sel = clickWeek(NO_WEEKS, 3, {});
    sel = extendWeeks(sel, 3, 1, 12);
    sel = extendWeeks(sel, 4, 1, 12);
    expect(sel.weeks).toEqual([3, 4, 5]);
    sel = extendWeeks(sel, 5, -1, 12);
    expect(sel.weeks).toEqual([3, 4]);
    sel = extendWeeks(sel, 4, -3, 12);
    expect(sel.weeks).toEqual([1, 2, 3]);
    expect(extendWeeks(clickWeek(NO_WEEKS, 12, {}), 12, 1, 12).weeks).toEqual([12]);
  });

  it('weeks past a shortened plan drop out', () => {
    const sel = clickWeek(clickWeek(NO_WEEKS, 9, {}), 12, { shift: true });
    expect(clampWeeks(sel, 10).weeks).toEqual([9, 10]);
    expect(clampWeeks(sel, 8)).toBe(NO_WEEKS);
  });

  it('names weeks as a coach reads them', () => {
    expect(weeksLabel([1])).toBe('week 1');
    expect(weeksLabel([5, 3, 4])).toBe('weeks 3–5');
    expect(weeksLabel([2, 4, 7])).toBe('weeks 2, 4 and 7');
    // Runs inside a scattered selection read as ranges.
    expect(weeksLabel([1, 2, 3, 5, 8, 9, 10, 12])).toBe('weeks 1–3, 5, 8–10 and 12');
  });
});

describe('session selection', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it('Shift+click takes every session between, across days', () => {
    const one = clickSession(NO_SESSIONS, 'b', {}, order);
    expect(clickSession(one, 'd', { shift: true }, order).ids).toEqual(['b', 'c', 'd']);
    expect(clickSession(one, 'a', { shift: true }, order).ids).toEqual(['a', 'b']);
  });

  it('Ctrl/Cmd+click adds and removes one session', () => {
    const two = clickSession(clickSession(NO_SESSIONS, 'a', {}, order), 'e', { toggle: true }, order);
    expect(two.ids).toEqual(['a', 'e']);
    expect(clickSession(two, 'a', { toggle: true }, order).ids).toEqual(['e']);
  });

  it('forgets sessions that no longer exist', () => {
    const sel = { ids: ['a', 'b'], anchor: 'a' };
    expect(keepExisting(sel, () => true)).toBe(sel);
    expect(keepExisting(sel, (id) => id === 'b')).toEqual({ ids: ['b'], anchor: 'b' });
    expect(keepExisting(sel, () => false)).toBe(NO_SESSIONS);
  });
});
