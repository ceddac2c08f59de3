/**
 * Where the time of one keyboard move goes on a 104-week plan: a CPU profile of the page over
 * twelve Alt+→ moves, summarised by self time. Build first with
 * `STRIDE_UNMINIFIED=1 npx electron-vite build` so the names are readable.
 * `npx tsx scripts/profile-edit.ts`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BUILT_RENDERER_DIR } from '../src-main/export/built-renderer';
import { CHROMIUM_ARGS, findChromium } from '../src-main/export/find-chromium';
import { createHandlers } from '../src-main/handlers';
import { startLoopbackHost } from '../src-main/host/loopback-host';
import { databasePath } from '../src-main/store/database';
import { openPlanStore } from '../src-main/store/plan-store';
import { addDays } from '../src-shared/domain/dates';
import type { SessionKind } from '../src-shared/domain/kinds';

const WEEK: Array<[number, SessionKind, number, number | null]> = [
  [0, 'easy', 45, 8], [1, 'intervals', 55, 10], [3, 'tempo', 50, 10],
  [4, 'easy', 40, 7], [5, 'strength', 40, null], [6, 'long', 100, 18],
];

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'stride-profile-'));
  const store = openPlanStore(databasePath(dir));
  const athlete = store.athletes.create({
    name: 'Profile Runner', level: 'intermediate', runDaysPerWeek: 7, easyPaceSecPerKm: 330,
    fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km',
  });
  const plan = store.plans.create({
    athleteId: athlete.id, uid: 'profile-104', name: 'Profile 104 weeks', goal: null,
    startDate: '2027-01-04', weeks: 104, weekStartsOn: 'monday', units: 'km',
  });
  store.transaction(() => {
    for (let w = 0; w < 104; w++)
      WEEK.forEach(([offset, kind, min, km], i) =>
        store.sessions.insert(plan.id, {
          id: `b${w}-${i}`, date: addDays('2027-01-04', w * 7 + offset), kind, title: null,
          durationMin: min, distanceKm: km, rpe: null, notes: null,
        }),
      );
  });
  const host = await startLoopbackHost({ handlers: createHandlers(store), rendererDir: BUILT_RENDERER_DIR, token: 't', port: 0 });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(([a, p]) => localStorage.setItem('stride.last-open', JSON.stringify({ athleteId: a, planId: p })), [athlete.id, plan.id] as const);
    await page.goto(`${host.url}?token=t`);
    await page.locator('[data-week="104"]').waitFor({ state: 'attached', timeout: 30_000 });
    if (process.argv.includes('--trace')) {
      await traceMoves(page);
      return;
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < 12; i++) {
      const w = 3 + i * 8;
      const card = page.locator(`[data-session-id="b${w}-2"]`);
      await card.scrollIntoViewIfNeeded();
      await card.focus();
      await page.keyboard.press('Alt+ArrowRight');
      await page.locator(`[data-date="${addDays('2027-01-04', w * 7 + 4)}"] [data-session-id="b${w}-2"]`).waitFor();
      await page.waitForTimeout(200);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    const byNode = new Map<number, number>();
    profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const self = new Map<string, number>();
    for (const n of profile.nodes) {
      const t = byNode.get(n.id) ?? 0;
      const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + t);
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`total sampled ${(total / 1000).toFixed(1)} ms over 12 moves`);
    for (const [k, t] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(t / 1000 / 12).toFixed(2).padStart(7)} ms/move  ${k}`);
    // Inclusive time by top-level-ish named functions: walk the tree.
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const incl = new Map<number, number>();
    const visit = (id: number): number => {
      const n = nodes.get(id)!;
      let t = byNode.get(id) ?? 0;
      for (const c of n.children ?? []) t += visit(c);
      incl.set(id, t);
      return t;
    };
    visit(profile.nodes[0].id);
    const inclByName = new Map<string, number>();
    for (const n of profile.nodes) {
      const name = n.callFrame.functionName;
      if (!name) continue;
      const key = `${name} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      inclByName.set(key, Math.max(inclByName.get(key) ?? 0, 0) + (incl.get(n.id) ?? 0));
    }
    console.log('\ninclusive (summed over call sites; recursion counts twice):');
    for (const [k, t] of [...inclByName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(t / 1000 / 12).toFixed(2).padStart(7)} ms/move  ${k}`);
  } finally {
    await browser.close();
    await host.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A timeline trace over three moves: the main thread's time by kind (script, style, layout, paint). */
async function traceMoves(page: import('playwright-core').Page): Promise<void> {
  const browser = page.context().browser()!;
  for (let i = 0; i < 6; i++) {
    const w = 3 + i * 8;
    const card = page.locator(`[data-session-id="b${w}-2"]`);
    await card.scrollIntoViewIfNeeded();
    await card.focus();
    await page.waitForTimeout(300);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
    await page.keyboard.press('Alt+ArrowRight');
    await page.waitForTimeout(400);
    const buf = await browser.stopTracing();
    const events = (JSON.parse(buf.toString()).traceEvents ?? JSON.parse(buf.toString())) as Array<{ name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; args?: { data?: { type?: string } } }>;
    const key = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
    if (!key) { console.log('no keydown seen'); continue; }
    const tid = key.tid;
    const t0 = key.ts;
    const sum = new Map<string, number>();
    for (const e of events) {
      if (e.tid !== tid || e.ph !== 'X' || e.ts < t0 || !e.dur) continue;
      if (['FunctionCall', 'EventDispatch', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'Commit', 'HitTest', 'ParseHTML'].includes(e.name))
        sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
    }
    // CPU time (thread time, not wall time: this machine is often busy) of the main thread's
    // tasks from the key to the first frame committed after it.
    const firstCommit = events.find((e) => e.tid === tid && e.name === 'Commit' && e.ts >= t0);
    const cpu = events
      .filter((e) => e.tid === tid && e.name === 'RunTask' && e.ph === 'X' && e.ts + (e.dur ?? 0) >= t0 && firstCommit && e.ts <= firstCommit.ts)
      .reduce((a, e) => a + (e.tdur ?? 0) / 1000, 0);
    const cpuBy = new Map<string, number>();
    for (const e of events) {
      if (e.tid !== tid || e.ph !== 'X' || e.ts < t0 || !firstCommit || e.ts > firstCommit.ts || e.tdur === undefined) continue;
      if (['FunctionCall', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit'].includes(e.name)) cpuBy.set(e.name, (cpuBy.get(e.name) ?? 0) + e.tdur / 1000);
    }
    console.log(`  CPU to first frame: ${cpu.toFixed(1)} ms (`, [...cpuBy.entries()].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '), ')');
    const frames = events.filter((e) => e.tid === tid && e.name === 'Commit' && e.ts >= t0).map((e) => ((e.ts - t0) / 1000).toFixed(1));
    console.log(`move ${i}: keydown ${(key.dur! / 1000).toFixed(1)} ms; commits at +${frames.slice(0, 4).join(', +')} ms;`, [...sum.entries()].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
