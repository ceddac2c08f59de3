/**
 * Edit figures (issue 9): one edit, and one undo, on a 104-week plan through main's edit path
 * (load content, applyEdits, write the difference and the history step, one transaction;
 * budget 2 ms); repeating one week 51 times on a 52-week plan in one transaction (budget 50 ms);
 * and what keeping the history adds to a single edit's store time (budget 20 %).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editPlan, undoPlan } from '../src-main/services/plan-edits';
import { databasePath } from '../src-main/store/database';
import { openPlanStore, type PlanStore } from '../src-main/store/plan-store';
import { performance } from 'node:perf_hooks';
import { applyEdits } from '../src-shared/edits/apply-edits';
import { repeatWeekEdits } from '../src-shared/edits/week-operations';
import { benchSessions } from './fixtures';
import { alternatingMedians, median, medianMs, ms, report } from './measure';

function planWith(store: PlanStore, weeks: number, name: string): number {
  const athlete = store.athletes.create({
    name: 'Bench',
    level: 'intermediate',
    runDaysPerWeek: 6,
    easyPaceSecPerKm: 330,
    fatigued: false,
    recoveryStyle: 'runs',
    recentLongestRunKm: null,
    units: 'km',
  });
  const plan = store.plans.create({
    athleteId: athlete.id,
    uid: name,
    name,
    goal: null,
    startDate: '2027-01-04',
    weeks,
    weekStartsOn: 'monday',
    units: 'km',
  });
  editPlan(store, plan.id, {
    label: 'Seed',
    record: false,
    edits: benchSessions(plan.startDate, weeks).map((session) => ({ op: 'session.add' as const, session })),
  });
  return plan.id;
}

export function runEditBench(): void {
  // The store commits with synchronous = FULL (an fsync per edit, whose time is the disk's, not
  // Stride's); the figures are measured without the fsync, then the fsync'd edit is shown too.
  runEditFigures('NORMAL', '');
  runEditFigures('FULL', ' (with fsync)', true);
}

function runEditFigures(synchronous: 'NORMAL' | 'FULL', suffix: string, singleOnly = false): void {
  const dir = mkdtempSync(join(tmpdir(), 'stride-edit-bench-'));
  const store = openPlanStore(databasePath(dir));
  store.db.pragma(`synchronous = ${synchronous}`);
  try {
    const big = planWith(store, 104, 'bench-104');
    const ids = store.sessions.list(big).map((s) => s.id);
    // Every measured edit really changes a title (an edit that changes nothing stores nothing).
    let serial = 0;
    const edit = (i: number, record: boolean) =>
      editPlan(store, big, {
        label: 'Edit',
        record,
        edits: [{ op: 'session.update', id: ids[i % ids.length], patch: { title: `Run ${++serial}` } }],
      });
    const single = medianMs((i) => edit(i, true), singleOnly ? 30 : 200, singleOnly ? 3 : 20);
    if (singleOnly) {
      report(`single edit on a 104-week plan, store${suffix}`, ms(single));
      return;
    }
    report('single edit on a 104-week plan, store', ms(single), '2 ms', single <= 2);
    const undo = medianMs(() => undoPlan(store, big), 150, 10);
    report('single undo on a 104-week plan, store', ms(undo), '2 ms', undo <= 2);

    // The same edit with no history step at all (load, apply, write in one transaction), against
    // the edit path: what keeping the history costs. (`record: false` is no bare edit: it clears
    // the plan's history, as an import does.) The two take turns, run by run: measured one block
    // after the other, the figure moved by ±10 % with the database's own drift (its write-ahead
    // log growing and being checkpointed) rather than with the history.
    const bareEdit = (i: number) =>
      store.transaction(() => {
        const { content: before } = store.content.load(big)!;
        const patch = { title: `Run ${++serial}` };
        const { content } = applyEdits(before, [{ op: 'session.update', id: ids[i % ids.length], patch }]);
        store.content.write(big, before, content);
      });
    const [bare, withHistory] = alternatingMedians([bareEdit, (i) => edit(i, true)], 300, 20);
    const overhead = (withHistory - bare) / bare;
    report('history overhead on a single edit', `${(overhead * 100).toFixed(1)} %`, '20 %', overhead <= 0.2);

    // Repeat week 1 onto weeks 2–52 of a full 52-week plan (each repeat replaces what is there:
    // the worst case), timed alone; its undo (untimed) puts the plan back for the next run.
    const year = planWith(store, 52, 'bench-52');
    const repeats: number[] = [];
    for (let run = 0; run < 17; run++) {
      const { content } = store.content.load(year)!;
      let n = 0;
      const edits = repeatWeekEdits(content, 1, 51, () => `r${run}-${++n}`);
      const t0 = performance.now();
      editPlan(store, year, { label: 'Repeat week 1', edits });
      if (run >= 2) repeats.push(performance.now() - t0);
      undoPlan(store, year);
    }
    const repeat = median(repeats);
    report('repeat one week 51 times on 52 weeks, one transaction', ms(repeat), '50 ms', repeat <= 50);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
