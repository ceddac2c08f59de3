/**
 * PDF export of a 12-week plan through Playwright's page.pdf() on the loopback host (budget 3 s),
 * two ways:
 * - Chromium launched by Playwright for the export and closed after it (`renderPlanPdf` without a
 *   tab); the command line no longer prints this way (it drives Chromium over its DevTools pipe:
 *   export/pdf-pipe.ts, measured in cli-bench.ts);
 * - as the browser preview does it: a warm Chromium whose print tab is reused (warm-chromium.ts),
 *   after one export has warmed it, which is every export but a session's first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureRendererBuilt } from '../src-main/export/built-renderer';
import { playwrightChromiumPath, renderPlanPdf } from '../src-main/export/pdf';
import { findChromium } from '../src-main/export/find-chromium';
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
    const printer = findChromium({ playwrightPath: playwrightChromiumPath, forPrinting: true });
    console.log(`PDF export prints with ${printer}`);
    // Cold: Playwright launches Chromium, prints, closes it.
    const cold: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const pdf = await renderPlanPdf({ baseUrl, planId: plan.id, view: 'plan' });
      cold.push(performance.now() - t0);
      bytes = pdf.length;
    }
    const c = median(cold) / 1000;
    report(
      `PDF export, 12 weeks, Playwright launching and closing Chromium for it (median of 5; ${(bytes / 1024).toFixed(0)} KiB; load ${loadavg()[0].toFixed(2)})`,
      `${c.toFixed(2)} s`,
      '3 s',
      c <= 3,
    );
    // Warm: the browser preview keeps one Chromium and reuses its print tab.
    const chromium = warmChromium();
    const print = () => chromium.withPage((page) => renderPlanPdf({ baseUrl, page, planId: plan.id, view: 'plan' }));
    const t0 = performance.now();
    await print();
    const first = (performance.now() - t0) / 1000;
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t1 = performance.now();
      await print();
      warm.push(performance.now() - t1);
    }
    await chromium.close();
    const w = median(warm) / 1000;
    report(
      `PDF export, 12 weeks, browser preview: warm Chromium, reused tab (median of 5; its first export ${first.toFixed(2)} s; load ${loadavg()[0].toFixed(2)})`,
      `${w.toFixed(2)} s`,
      '3 s',
      w <= 3,
    );
  } finally {
    await host.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
