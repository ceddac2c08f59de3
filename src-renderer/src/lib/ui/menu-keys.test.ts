import { describe, expect, it } from 'vitest';
import { TypeAhead } from './menu-keys';

const KINDS = [
  'Easy',
  'Recovery',
  'Long run',
  'Tempo',
  'Intervals',
  'Hills',
  'Fartlek',
  'Race',
  'Cross',
  'Strength',
  'Rest',
];

describe('menu type-ahead', () => {
  it('searches across letters typed together: "Re" stays on Recovery, "Res" goes to Rest', () => {
    const t = new TypeAhead();
    const r = t.next('R', KINDS, 0, 1000);
    expect(KINDS[r]).toBe('Recovery');
    const re = t.next('e', KINDS, r, 1100);
    expect(KINDS[re]).toBe('Recovery');
    expect(KINDS[t.next('s', KINDS, re, 1200)]).toBe('Rest');
  });

  it('starts a new search after a pause, and steps through items with a repeated letter', () => {
    const t = new TypeAhead();
    expect(KINDS[t.next('r', KINDS, 0, 0)]).toBe('Recovery');
    expect(KINDS[t.next('e', KINDS, 1, 5000)]).toBe('Easy');
    const a = t.next('r', KINDS, 0, 9000);
    const b = t.next('r', KINDS, a, 9100);
    const c = t.next('r', KINDS, b, 9200);
    expect([a, b, c].map((i) => KINDS[i])).toEqual(['Recovery', 'Race', 'Rest']);
    expect(t.next('z', KINDS, c, 20000)).toBe(-1);
  });
});
