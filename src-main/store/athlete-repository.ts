import type { Athlete } from '../../src-shared/api/entities';
import { DAY_CODES, type DayCode } from '../../src-shared/domain/types';
import type { Db } from './database';

interface AthleteRow {
  id: number;
  name: string;
  level: Athlete['level'];
  run_days_per_week: number;
  easy_pace_sec_per_km: number | null;
  units: Athlete['units'];
  fatigued: number;
  recovery_style: Athlete['recoveryStyle'];
  recent_longest_run_km: number | null;
  available_days: string;
  long_run_day: DayCode | null;
  recent_weekly_km: number | null;
  recent_race_km: number | null;
  recent_race_sec: number | null;
  recent_race_date: string | null;
}

/** 'mon,wed,sat' ⇄ ['mon','wed','sat'], in week order, each day once. */
const daysFromText = (text: string): DayCode[] => DAY_CODES.filter((d) => text.split(',').includes(d));
const daysToText = (days: readonly DayCode[] | null | undefined): string =>
  (days && days.length > 0 ? DAY_CODES.filter((d) => days.includes(d)) : DAY_CODES).join(',');

/** An athlete's fields as created: the v2 fields may be left out (all days, no long-run day, unknown week). */
export type AthleteFields = Omit<Athlete, 'id'>;

const toAthlete = (r: AthleteRow): Athlete => ({
  id: r.id,
  name: r.name,
  level: r.level,
  runDaysPerWeek: r.run_days_per_week,
  easyPaceSecPerKm: r.easy_pace_sec_per_km,
  fatigued: r.fatigued === 1,
  recoveryStyle: r.recovery_style,
  recentLongestRunKm: r.recent_longest_run_km,
  availableDays: daysFromText(r.available_days),
  longRunDay: r.long_run_day,
  recentWeeklyKm: r.recent_weekly_km,
  recentRace:
    r.recent_race_km != null && r.recent_race_sec != null
      ? { distanceKm: r.recent_race_km, timeSec: r.recent_race_sec, ...(r.recent_race_date ? { date: r.recent_race_date } : {}) }
      : null,
  units: r.units,
});

const toParams = (a: AthleteFields) => ({
  name: a.name,
  level: a.level,
  run_days_per_week: a.runDaysPerWeek,
  easy_pace_sec_per_km: a.easyPaceSecPerKm,
  units: a.units,
  fatigued: a.fatigued ? 1 : 0,
  recovery_style: a.recoveryStyle,
  recent_longest_run_km: a.recentLongestRunKm,
  available_days: daysToText(a.availableDays),
  long_run_day: a.longRunDay ?? null,
  recent_weekly_km: a.recentWeeklyKm ?? null,
  recent_race_km: a.recentRace?.distanceKm ?? null,
  recent_race_sec: a.recentRace?.timeSec ?? null,
  recent_race_date: a.recentRace?.date ?? null,
});

export function createAthleteRepository(db: Db) {
  const list = db.prepare<[], AthleteRow>('SELECT * FROM athletes ORDER BY name COLLATE NOCASE, id');
  const get = db.prepare<[number], AthleteRow>('SELECT * FROM athletes WHERE id = ?');
  const insert = db.prepare(`
    INSERT INTO athletes (name, level, run_days_per_week, easy_pace_sec_per_km, units, fatigued, recovery_style, recent_longest_run_km,
      available_days, long_run_day, recent_weekly_km, recent_race_km, recent_race_sec, recent_race_date)
    VALUES (@name, @level, @run_days_per_week, @easy_pace_sec_per_km, @units, @fatigued, @recovery_style, @recent_longest_run_km,
      @available_days, @long_run_day, @recent_weekly_km, @recent_race_km, @recent_race_sec, @recent_race_date)`);
  const update = db.prepare(`
    UPDATE athletes SET name = @name, level = @level, run_days_per_week = @run_days_per_week,
      easy_pace_sec_per_km = @easy_pace_sec_per_km, units = @units, fatigued = @fatigued,
      recovery_style = @recovery_style, recent_longest_run_km = @recent_longest_run_km,
      available_days = @available_days, long_run_day = @long_run_day, recent_weekly_km = @recent_weekly_km,
      recent_race_km = @recent_race_km, recent_race_sec = @recent_race_sec, recent_race_date = @recent_race_date
    WHERE id = @id`);
  const remove = db.prepare<[number]>('DELETE FROM athletes WHERE id = ?');

  return {
    list: (): Athlete[] => list.all().map(toAthlete),
    get: (id: number): Athlete | undefined => {
      const row = get.get(id);
      return row && toAthlete(row);
    },
    create(fields: AthleteFields): Athlete {
      const id = Number(insert.run(toParams(fields)).lastInsertRowid);
      return toAthlete(get.get(id) as AthleteRow);
    },
    update(athlete: Athlete): void {
      update.run({ ...toParams(athlete), id: athlete.id });
    },
    /** Deletes the athlete with their plans, sessions and dismissals (ON DELETE CASCADE). */
    remove: (id: number): number => remove.run(id).changes,
  };
}

export type AthleteRepository = ReturnType<typeof createAthleteRepository>;
