/**
 * Store figures (issue #2): adding one session through the store against a raw better-sqlite3
 * prepared insert on the same schema and pragmas (the ratio is the figure, budget 2), loading a
 * whole 52-week plan (budget 10 ms), and the database file's size.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlanDocument } from '../src-main/handlers/plan-document';
import { databasePath } from '../src-main/store/database';
import { openPlanStore } from '../src-main/store/plan-store';
import { addDays } from '../src-shared/domain/dates';
import { benchSessions } from './fixtures';
import { performance } from 'node:perf_hooks';
import { median, medianMs, ms, report } from './measure';

export function runStoreBench(): void {
  const dir = mkdtempSync(join(tmpdir(), 'stride-bench-'));
  const store = openPlanStore(databasePath(dir));
  const athlete = store.athletes.create({
    name: 'Bench', level: 'intermediate', runDaysPerWeek: 6, easyPaceSecPerKm: 330,
    fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km',
  });
  const plan = store.plans.create({
    athleteId: athlete.id, uid: 'bench', name: 'Bench 52', goal: null, startDate: '2027-01-04', weeks: 52, weekStartsOn: 'monday', units: 'km',
  });
  store.transaction(() => {
    for (const s of benchSessions(plan.startDate, 52)) store.sessions.insert(plan.id, s);
  });
  // A second plan receives the measured inserts so the 52-week plan stays as it is.
  const target = store.plans.create({ ...plan, uid: 'bench-2', name: 'Target' });
  const raw = store.db.prepare(
    'INSERT INTO sessions (plan_id, id, date, kind, title, duration_min, distance_km, rpe, notes, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)',
  );
  // Interleaved, so both see the same WAL size and disk state: the ratio is the figure.
  const runs = 300;
  const storeTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < runs + 20; i++) {
    const date = addDays(plan.startDate, i % 364);
    let t0 = performance.now();
    store.sessions.insert(target.id, {
      id: `s${i}`, date, kind: 'easy', title: null, durationMin: 45, distanceKm: 8, rpe: null, notes: null,
    });
    const tStore = performance.now() - t0;
    t0 = performance.now();
    raw.run(target.id, `r${i}`, date, 'easy', null, 45, 8, null, null);
    const tRaw = performance.now() - t0;
    if (i >= 20) {
      storeTimes.push(tStore);
      rawTimes.push(tRaw);
    }
  }
  const viaStore = median(storeTimes);
  const viaRaw = median(rawTimes);
  const ratio = viaStore / viaRaw;
  report('store: add one session (median, synchronous=FULL)', ms(viaStore));
  report('raw better-sqlite3 prepared insert, same schema (median)', ms(viaRaw));
  report('ratio store / raw insert', ratio.toFixed(2), '≤ 2', ratio <= 2);
  const load = medianMs(() => void loadPlanDocument(store, plan.id), 100, 10);
  report('load a 52-week plan, 6 sessions/week, rules applied (median)', ms(load), '10 ms', load <= 10);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const size = statSync(databasePath(dir)).size;
  report('database file size (2 plans, ~900 sessions)', `${(size / 1024).toFixed(0)} KiB`);
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
