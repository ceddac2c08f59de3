import { describe, expect, it } from 'vitest';
import { groupedWorkouts, sessionFromWorkout, workoutFromSession, type LibraryWorkout } from './library';

const w = (id: number, kind: LibraryWorkout['kind'], title: string, notes: string | null = null): LibraryWorkout =>
  ({ id, kind, title, durationMin: 40, distanceKm: null, rpe: null, notes, steps: null }) as LibraryWorkout;

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

describe('a workout and a session', () => {
  const steps = [{ type: 'warmup' as const, durationMin: 15 }, { repeat: 3, steps: [{ type: 'run' as const, durationMin: 10, target: 'T' as const }] }];
  it('a session gives the library its fields and steps, named by kind and minutes when untitled', () => {
    const s = { id: 's1', date: '2027-03-02', kind: 'tempo' as const, title: null, durationMin: 55, distanceKm: 11, rpe: 7, notes: 'n', steps };
    expect(workoutFromSession(s)).toEqual({ kind: 'tempo', title: 'Tempo 55 min', durationMin: 55, distanceKm: 11, rpe: 7, notes: 'n', steps });
    expect(workoutFromSession({ ...s, steps: [] }).steps).toBeNull();
  });
  it('a drafted session leaves its week behind: the note no longer starts "Base, week 1:"', () => {
    // Saved from a draft and dropped into week 9 of another plan, the workout printed "Base, week 1:
    // threshold work keeps speed…" on that athlete's sheet.
    const s = { id: 'g1-q', date: '2027-01-27', kind: 'tempo' as const, title: '3 x 8 min threshold', durationMin: 55, distanceKm: 11.3, rpe: null, steps };
    const note = (notes: string | null) => workoutFromSession({ ...s, notes }).notes;
    expect(note("Base, week 1: threshold work keeps speed while the week's running stays mostly easy.")).toBe(
      "Threshold work keeps speed while the week's running stays mostly easy.",
    );
    expect(note('Race week, week 12: easy 5 km at conversational pace (aerobic base).')).toBe(
      'Easy 5 km at conversational pace (aerobic base).',
    );
    // A coach's own words are kept as written.
    expect(note('Base, week 1 of the club cycle: relaxed')).toBe('Base, week 1 of the club cycle: relaxed');
    expect(note('On the track, lane 1')).toBe('On the track, lane 1');
    expect(note(null)).toBeNull();
  });
  it('a workout placed on a day is a session with every field and its steps', () => {
    const workout: LibraryWorkout = { id: 4, kind: 'tempo', title: 'Cruise', durationMin: 55, distanceKm: null, rpe: 7, notes: null, steps };
    expect(sessionFromWorkout(workout, 'n1', '2027-03-09')).toEqual({
      id: 'n1', date: '2027-03-09', kind: 'tempo', title: 'Cruise', durationMin: 55, distanceKm: null, rpe: 7, notes: null, steps,
    });
    expect(sessionFromWorkout({ ...workout, steps: null }, 'n2', '2027-03-09')).not.toHaveProperty('steps');
  });
});
