/**
 * The coach's workout library (issue 9 §4): workouts kept across plans, listed in the palette
 * under their kind and dragged onto days. Steps are stored as JSON text like a session's.
 */
import type { LibraryWorkout } from '../../src-shared/api/entities';
import type { StepItem } from '../../src-shared/domain/steps';
import type { Db } from './database';

export type WorkoutFields = Omit<LibraryWorkout, 'id'>;

interface LibraryRow {
  id: number;
  kind: LibraryWorkout['kind'];
  title: string;
  duration_min: number | null;
  distance_km: number | null;
  rpe: number | null;
  notes: string | null;
  steps: string | null;
}

const toWorkout = (r: LibraryRow): LibraryWorkout => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  durationMin: r.duration_min,
  distanceKm: r.distance_km,
  rpe: r.rpe,
  notes: r.notes,
  steps: r.steps ? (JSON.parse(r.steps) as StepItem[]) : null,
});

const toParams = (w: WorkoutFields) => ({
  kind: w.kind,
  title: w.title,
  duration_min: w.durationMin,
  distance_km: w.distanceKm,
  rpe: w.rpe,
  notes: w.notes,
  // An empty list means no steps, as on sessions: one way to say it in the store.
  steps: w.steps && w.steps.length > 0 ? JSON.stringify(w.steps) : null,
});

export function createLibraryRepository(db: Db) {
  const list = db.prepare<[], LibraryRow>('SELECT * FROM library ORDER BY title COLLATE NOCASE, id');
  const get = db.prepare<[number], LibraryRow>('SELECT * FROM library WHERE id = ?');
  const insert = db.prepare(`
    INSERT INTO library (kind, title, duration_min, distance_km, rpe, notes, steps)
    VALUES (@kind, @title, @duration_min, @distance_km, @rpe, @notes, @steps)`);
  const update = db.prepare(`
    UPDATE library SET kind = @kind, title = @title, duration_min = @duration_min, distance_km = @distance_km,
      rpe = @rpe, notes = @notes, steps = @steps
    WHERE id = @id`);
  const remove = db.prepare<[number]>('DELETE FROM library WHERE id = ?');

  return {
    list: (): LibraryWorkout[] => list.all().map(toWorkout),
    get: (id: number): LibraryWorkout | undefined => {
      const row = get.get(id);
      return row && toWorkout(row);
    },
    create(fields: WorkoutFields): LibraryWorkout {
      const id = Number(insert.run(toParams(fields)).lastInsertRowid);
      return toWorkout(get.get(id) as LibraryRow);
    },
    update(workout: LibraryWorkout): LibraryWorkout {
      update.run({ ...toParams(workout), id: workout.id });
      return toWorkout(get.get(workout.id) as LibraryRow);
    },
    remove: (id: number): number => remove.run(id).changes,
  };
}

export type LibraryRepository = ReturnType<typeof createLibraryRepository>;
