import type { StoredSession } from '../../src-shared/api/entities';
import type { StepItem } from '../../src-shared/domain/steps';
import type { CoachSession } from '../../src-shared/domain/types';
import type { Db } from './database';

interface SessionRow {
  plan_id: number;
  id: string;
  date: string;
  kind: StoredSession['kind'];
  title: string | null;
  duration_min: number | null;
  distance_km: number | null;
  rpe: number | null;
  notes: string | null;
  revision: number;
  /** v4: JSON text of the steps, NULL for none. */
  steps: string | null;
}

const toSession = (r: SessionRow): StoredSession => ({
  id: r.id,
  date: r.date,
  kind: r.kind,
  title: r.title,
  durationMin: r.duration_min,
  distanceKm: r.distance_km,
  rpe: r.rpe,
  notes: r.notes,
  revision: r.revision,
  ...(r.steps ? { steps: JSON.parse(r.steps) as StepItem[] } : {}),
});

const toParams = (planId: number, s: CoachSession, revision: number) => ({
  plan_id: planId,
  id: s.id,
  date: s.date,
  kind: s.kind,
  title: s.title,
  duration_min: s.durationMin,
  distance_km: s.distanceKm,
  rpe: s.rpe,
  notes: s.notes,
  revision,
  steps: s.steps && s.steps.length > 0 ? JSON.stringify(s.steps) : null,
});

export function createSessionRepository(db: Db) {
  // `position` is the coach's order inside a day (plan-content-repository writes it).
  const list = db.prepare<[number], SessionRow>('SELECT * FROM sessions WHERE plan_id = ? ORDER BY date, position, rowid');
  const get = db.prepare<[number, string], SessionRow>('SELECT * FROM sessions WHERE plan_id = ? AND id = ?');
  const insert = db.prepare(`
    INSERT INTO sessions (plan_id, id, date, kind, title, duration_min, distance_km, rpe, notes, revision, steps, position)
    VALUES (@plan_id, @id, @date, @kind, @title, @duration_min, @distance_km, @rpe, @notes, @revision, @steps,
      (SELECT COALESCE(MAX(position) + 1, 0) FROM sessions WHERE plan_id = @plan_id AND date = @date))`);
  const update = db.prepare(`
    UPDATE sessions SET date = @date, kind = @kind, title = @title, duration_min = @duration_min,
      distance_km = @distance_km, rpe = @rpe, notes = @notes, revision = @revision, steps = @steps
    WHERE plan_id = @plan_id AND id = @id`);
  const remove = db.prepare<[number, string]>('DELETE FROM sessions WHERE plan_id = ? AND id = ?');

  return {
    list: (planId: number): StoredSession[] => list.all(planId).map(toSession),
    get: (planId: number, id: string): StoredSession | undefined => {
      const row = get.get(planId, id);
      return row && toSession(row);
    },
    insert(planId: number, session: CoachSession): StoredSession {
      insert.run(toParams(planId, session, 0));
      return { ...session, revision: 0 };
    },
    /** Saves a changed session with its revision raised by one. */
    update(planId: number, session: StoredSession): StoredSession {
      const next = { ...session, revision: session.revision + 1 };
      update.run(toParams(planId, next, next.revision));
      return next;
    },
    remove: (planId: number, id: string): number => remove.run(planId, id).changes,
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
