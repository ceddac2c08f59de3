/**
 * Templates (issue 13): the shared copy of a 104-week plan moved to a race date at 90 % (what the
 * dialog previews on every keystroke, rules excluded), and "Apply to athletes…" for five athletes
 * from a 52-week plan on a real SQLite file: one transaction, every copy checked by the rules.
 * The issue names no budgets: these are ours (a keystroke's preview, a click's wait).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyTemplateToAthletes, undoTemplate } from '../src-main/services/apply-template';
import { databasePath } from '../src-main/store/database';
import { openPlanStore } from '../src-main/store/plan-store';
import { addDays } from '../src-shared/domain/dates';
import { applyTemplate } from '../src-shared/templates/apply-template';
import { benchSessions } from './fixtures';
import { medianMs, ms, report } from './measure';

export function runTemplateBench(): void {
  const settings = { name: 'Bench', goal: null, units: 'km' as const, startDate: '2027-01-04', weeks: 104, weekStartsOn: 'monday' as const };
  const sessions = benchSessions(settings.startDate, 104);
  const last = sessions[sessions.length - 1];
  sessions.push({ ...last, id: 'race', kind: 'race', distanceKm: 21.1, date: addDays(settings.startDate, 104 * 7 - 1) });
  const source = { settings, phases: [], sessions, dismissed: [] };
  const raceDate = addDays(settings.startDate, 104 * 7 - 1 + 21);
  const t = medianMs(() => void applyTemplate(source, { raceDate, scalePercent: 90 }), 200, 20);
  report(`template copy of 104 weeks (${sessions.length} sessions) at 90 % (median)`, ms(t), '5 ms', t <= 5);

  const dir = mkdtempSync(join(tmpdir(), 'stride-bench-'));
  const store = openPlanStore(databasePath(dir));
  try {
    const athlete = (name: string) =>
      store.athletes.create({
        name, level: 'intermediate', runDaysPerWeek: 6, easyPaceSecPerKm: 330,
        fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km',
      });
    const owner = athlete('Owner');
    const plan = store.plans.create({ ...settings, weeks: 52, athleteId: owner.id, uid: 'bench' });
    store.transaction(() => {
      for (const s of benchSessions(plan.startDate, 52)) store.sessions.insert(plan.id, s);
    });
    const targets = [1, 2, 3, 4, 5].map((i) => ({ athleteId: athlete(`A${i}`).id, startDate: addDays(plan.startDate, 7 * i), scalePercent: 90 }));
    const a = medianMs(() => {
      const applied = applyTemplateToAthletes(store, plan.id, targets);
      undoTemplate(store, applied.map((x) => ({ id: x.plan.id, version: x.version })));
    }, 15, 3);
    report('apply a 52-week plan to 5 athletes + undo, one transaction each', ms(a), '500 ms', a <= 500);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
