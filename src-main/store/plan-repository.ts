import type { Plan } from '../../src-shared/api/entities';
import type { PlanPhase } from '../../src-shared/domain/types';
import type { Db } from './database';

interface PlanRow {
  id: number;
  athlete_id: number;
  uid: string;
  name: string;
  goal: string | null;
  start_date: string;
  weeks: number;
  week_starts_on: Plan['weekStartsOn'];
  units: Plan['units'];
  phases: string;
}

/** A plan's fields as created: phases may be left out (none). */
export type PlanFields = Omit<Plan, 'id' | 'phases'> & { phases?: PlanPhase[] };

const phasesFromText = (text: string): PlanPhase[] => {
  try {
    const list = JSON.parse(text) as unknown;
    return Array.isArray(list) ? (list as PlanPhase[]) : [];
  } catch {
    return [];
  }
};

const toPlan = (r: PlanRow): Plan => ({
  id: r.id,
  athleteId: r.athlete_id,
  uid: r.uid,
  name: r.name,
  goal: r.goal,
  startDate: r.start_date,
  weeks: r.weeks,
  weekStartsOn: r.week_starts_on,
  units: r.units,
  phases: phasesFromText(r.phases),
});

const toParams = (p: PlanFields) => ({
  athlete_id: p.athleteId,
  uid: p.uid,
  name: p.name,
  goal: p.goal,
  start_date: p.startDate,
  weeks: p.weeks,
  week_starts_on: p.weekStartsOn,
  units: p.units,
  phases: JSON.stringify([...(p.phases ?? [])].sort((a, b) => a.week - b.week)),
});

export function createPlanRepository(db: Db) {
  const listAll = db.prepare<[], PlanRow>('SELECT * FROM plans ORDER BY start_date DESC, id');
  const listFor = db.prepare<[number], PlanRow>('SELECT * FROM plans WHERE athlete_id = ? ORDER BY start_date DESC, id');
  const get = db.prepare<[number], PlanRow>('SELECT * FROM plans WHERE id = ?');
  const insert = db.prepare(`
    INSERT INTO plans (athlete_id, uid, name, goal, start_date, weeks, week_starts_on, units, phases)
    VALUES (@athlete_id, @uid, @name, @goal, @start_date, @weeks, @week_starts_on, @units, @phases)`);
  const update = db.prepare(`
    UPDATE plans SET name = @name, goal = @goal, start_date = @start_date, weeks = @weeks,
      week_starts_on = @week_starts_on, units = @units, phases = @phases
    WHERE id = @id`);
  const remove = db.prepare<[number]>('DELETE FROM plans WHERE id = ?');

  return {
    list: (athleteId?: number): Plan[] => (athleteId === undefined ? listAll.all() : listFor.all(athleteId)).map(toPlan),
    get: (id: number): Plan | undefined => {
      const row = get.get(id);
      return row && toPlan(row);
    },
    create(fields: PlanFields): Plan {
      const id = Number(insert.run(toParams(fields)).lastInsertRowid);
      return { ...fields, phases: [...(fields.phases ?? [])].sort((a, b) => a.week - b.week), id };
    },
    update(plan: Plan): void {
      update.run({ ...toParams(plan), id: plan.id });
    },
    remove: (id: number): number => remove.run(id).changes,
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
