/** PDF export of a 12-week plan through Chromium's page.pdf(), Chromium start included (budget 3 s). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureRendererBuilt } from '../src-main/export/built-renderer';
import { renderPlanPdf } from '../src-main/export/pdf';
import { warmChromium } from '../src-main/export/warm-chromium';
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
    const baseUrl = `${host.url}?token=${token}`;
    // Cold: what the command line does (launch Chromium, print, close it).
    const cold: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const pdf = await renderPlanPdf({ baseUrl, planId: plan.id, view: 'plan' });
      cold.push(performance.now() - t0);
      bytes = pdf.length;
    }
    const c = median(cold) / 1000;
    report(`PDF export, 12 weeks, Chromium launched each time (median of 5; ${(bytes / 1024).toFixed(0)} KiB)`, `${c.toFixed(2)} s`, '3 s', c <= 3);
    // Warm: the browser preview keeps one Chromium running between exports.
    const chromium = warmChromium();
    await chromium.use(async () => undefined);
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await chromium.use((browser) => renderPlanPdf({ baseUrl, browser, planId: plan.id, view: 'plan' }));
      warm.push(performance.now() - t0);
    }
    await chromium.close();
    const w = median(warm) / 1000;
    report('PDF export, 12 weeks, warm Chromium (browser preview) (median of 5)', `${w.toFixed(2)} s`, '3 s', w <= 3);
  } finally {
    await host.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
