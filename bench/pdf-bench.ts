/** PDF export of a 12-week plan through Chromium's page.pdf(), Chromium start included (budget 3 s). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureRendererBuilt } from '../src-main/export/built-renderer';
import { renderPlanPdf } from '../src-main/export/pdf';
import { createHandlers } from '../src-main/handlers';
import { startLoopbackHost } from '../src-main/host/loopback-host';
import { databasePath } from '../src-main/store/database';
import { openPlanStore } from '../src-main/store/plan-store';
import { benchSessions } from './fixtures';
import { median, report } from './measure';

export async function runPdfBench(): Promise<void> {
  const rendererDir = ensureRendererBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'stride-bench-pdf-'));
  const store = openPlanStore(databasePath(dir));
  const athlete = store.athletes.create({
    name: 'Bench Runner', level: 'intermediate', runDaysPerWeek: 6, easyPaceSecPerKm: 330,
    fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km',
  });
  const plan = store.plans.create({
    athleteId: athlete.id, uid: 'bench-pdf', name: 'Bench 12 weeks', goal: 'Sub-45 10K',
    startDate: '2027-01-04', weeks: 12, weekStartsOn: 'monday', units: 'km',
  });
  store.transaction(() => {
    for (const s of benchSessions(plan.startDate, 12)) store.sessions.insert(plan.id, s);
  });
  const token = 'bench-pdf';
  const host = await startLoopbackHost({ handlers: createHandlers(store), rendererDir, token, port: 0 });
  try {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const pdf = await renderPlanPdf({ baseUrl: `${host.url}?token=${token}`, planId: plan.id, view: 'plan' });
      times.push(performance.now() - t0);
      bytes = pdf.length;
    }
    const t = median(times) / 1000;
    report(`PDF export, 12-week plan, Chromium start included (median of 5; ${(bytes / 1024).toFixed(0)} KiB)`, `${t.toFixed(2)} s`, '3 s', t <= 3);
  } finally {
    await host.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
