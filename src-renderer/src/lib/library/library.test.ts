import { describe, expect, it } from 'vitest';
import { groupedWorkouts, type LibraryWorkout } from './library';

const w = (id: number, kind: LibraryWorkout['kind'], title: string, notes: string | null = null): LibraryWorkout =>
  ({ id, kind, title, durationMin: 40, distanceKm: null, rpe: null, notes }) as LibraryWorkout;

describe('the library in the palette', () => {
  const items = [w(1, 'tempo', 'Cruise 3×10'), w(2, 'easy', 'Shakeout'), w(3, 'tempo', 'Broken tempo', 'hills ok')];
  it('groups workouts under their kind, in the palette order, by title', () => {
    expect(groupedWorkouts(items, '').map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual([
      ['easy', [2]],
      ['tempo', [3, 1]],
    ]);
  });
  it('filters by title, kind or notes', () => {
    expect(groupedWorkouts(items, 'cruise').flatMap((g) => g.items.map((i) => i.id))).toEqual([1]);
    expect(groupedWorkouts(items, 'EASY').flatMap((g) => g.items.map((i) => i.id))).toEqual([2]);
    expect(groupedWorkouts(items, 'hills').flatMap((g) => g.items.map((i) => i.id))).toEqual([3]);
    expect(groupedWorkouts(items, 'nothing')).toEqual([]);
  });
});
