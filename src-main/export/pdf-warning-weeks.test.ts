/**
 * The plan PDF lists a run-spike warning (recovery-rules.md: a run over 110 % of the longest run
 * of the 30 days before it) under the week of the run that spiked, with its triangle on that
 * run's day. It was listed, triangle and all, under the week of the earlier run it is compared
 * with, so a coach read it next to the wrong week.
 *
 * As pdf.test.ts: a real store, the loopback host serving the built renderer, real Chromium, and
 * the PDF read back with poppler. Needs `npx electron-vite build` output (built when missing).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlanDocument } from '../../src-shared/api/entities';
import { addDays } from '../../src-shared/domain/dates';
import type { CoachSession } from '../../src-shared/domain/types';
import { createHandlers } from '../handlers';
import { startLoopbackHost, type LoopbackHost } from '../host/loopback-host';
import { pageTexts } from '../test-support/pdf-reading';
import { tempStore } from '../test-support/temp-store';
import { ensureRendererBuilt, REPO_ROOT } from './built-renderer';
import { launchChromium, renderPlanPdf } from './pdf';
import { printPageUrl } from './print-page';

const TOKEN = 'pdf-warning-weeks-token';
let ctx: ReturnType<typeof tempStore>;
let host: LoopbackHost;
let work: string;

beforeAll(async () => {
  const rendererDir = ensureRendererBuilt();
  work = mkdtempSync(join(tmpdir(), 'stride-pdf-warning-'));
  ctx = tempStore();
  host = await startLoopbackHost({ handlers: createHandlers(ctx.store), rendererDir, token: TOKEN, port: 0 });
}, 300_000);

afterAll(async () => {
  await host?.close();
  ctx?.cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Three weeks from Mon 1 Mar 2027: an easy Tuesday and a Sunday long run each week, 14, 16 and
 * 20 km; the athlete's longest recent run was 15 km. Only week 3's long run spikes (20 km is 125 %
 * of week 2's 16 km, on Sun 14 Mar).
 */
async function spikingPlan(): Promise<PlanDocument> {
  const handlers = createHandlers(ctx.store);
  const athlete = await handlers['athletes.create']({
    name: 'Maya Ortiz',
    level: 'intermediate',
    runDaysPerWeek: 4,
    easyPaceSecPerKm: 340,
    fatigued: false,
    recoveryStyle: 'runs',
    recentLongestRunKm: 15,
    recentWeeklyKm: 22,
    units: 'km',
  });
  const plan = await handlers['plans.create']({
    athleteId: athlete.id,
    name: 'Spring half',
    startDate: '2027-03-01',
    weeks: 3,
    weekStartsOn: 'monday',
    units: 'km',
  });
  const session = (id: string, date: string, kind: CoachSession['kind'], title: string, km: number): CoachSession => ({
    id,
    date,
    kind,
    title,
    durationMin: Math.round(km * 6),
    distanceKm: km,
    rpe: null,
    notes: null,
  });
  ctx.store.transaction(() => {
    [14, 16, 20].forEach((longKm, i) => {
      const w = i + 1;
      const monday = addDays(plan.startDate, 7 * i);
      ctx.store.sessions.insert(plan.id, session(`easy-${w}`, addDays(monday, 1), 'easy', `Easy W${w}`, 8));
      ctx.store.sessions.insert(plan.id, session(`long-${w}`, addDays(monday, 6), 'long', `Long W${w}`, longKm));
    });
  });
  return handlers['plans.get']({ id: plan.id });
}

/**
 * The page's text as laid out (`pdftotext -layout`), cut at its week labels: week number → the
 * lines of that week's band, its row of days and the warnings listed below it.
 */
function byWeek(file: string, page: number): Map<number, string> {
  const text = execFileSync(
    'pdftotext',
    ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'],
    { encoding: 'utf8' },
  );
  const lines = text.split('\n');
  const starts = lines.flatMap((line, i) => {
    const m = /^\s*Week (\d+)\b/.exec(line);
    return m ? [{ week: Number(m[1]), i }] : [];
  });
  return new Map(
    starts.map(({ week, i }, k) => [
      week,
      lines
        .slice(i, starts[k + 1]?.i ?? lines.length)
        .join('\n')
        .replace(/\s+/g, ' '),
    ]),
  );
}

/** The days of a week that carry a warning triangle on the print page. */
async function flaggedDays(planId: number): Promise<Record<number, string[]>> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(printPageUrl(`${host.url}?token=${TOKEN}`, { planId, view: 'plan' }));
    await page.waitForSelector('body[data-print-ready="true"]', { state: 'attached' });
    return await page.evaluate(() => {
      const doc = (
        globalThis as unknown as {
          document: {
            querySelectorAll(
              s: string,
            ): ArrayLike<{
              getAttribute(n: string): string | null;
              querySelectorAll(s: string): ArrayLike<{ textContent: string | null }>;
            }>;
          };
        }
      ).document;
      const out: Record<number, string[]> = {};
      for (const week of Array.from(doc.querySelectorAll('article.week[data-week]'))) {
        const dates = Array.from(week.querySelectorAll('.day .date:has(.flag.warning)')).map((d) =>
          (d.textContent ?? '').trim(),
        );
        if (dates.length) out[Number(week.getAttribute('data-week'))] = dates;
      }
      return out;
    });
  } finally {
    await browser.close();
  }
}

it('lists the run spike and its triangle under the week of the run that spiked', async () => {
  const doc = await spikingPlan();
  const spikes = doc.evaluated.warnings.filter((w) => w.ruleId === 'run-spike');
  expect(spikes).toHaveLength(1);
  expect(spikes[0]).toMatchObject({ dates: ['2027-03-21', '2027-03-14'], sessionIds: ['long-3', 'long-2'] });

  const pdf = await renderPlanPdf({ baseUrl: `${host.url}?token=${TOKEN}`, planId: doc.plan.id, view: 'plan' });
  const file = join(work, 'spike.pdf');
  writeFileSync(file, pdf);
  const weeks = byWeek(file, 2);
  expect([...weeks.keys()]).toEqual([1, 2, 3]);
  // Week 3 holds the warning, dated by the long run that spiked; week 2 holds none.
  expect(weeks.get(3)).toContain('▲ Sun 21 Mar: The Long W3 on Sunday 21 Mar covers 20 km, 25 % longer');
  expect(weeks.get(2)).not.toContain('▲');
  expect(weeks.get(2)).not.toContain('covers');
  // The overview sends the coach to week 3.
  expect(pageTexts(file)[0]).toContain('listed under their week: week 3 (1).');
  // The triangle marks the run that spiked, not the run it is compared with.
  expect(await flaggedDays(doc.plan.id)).toEqual({ 3: ['21 Mar'] });

  // The page as a coach sees it (reports/pdf, for a look).
  const reports = join(REPO_ROOT, 'reports/pdf');
  mkdirSync(reports, { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '2',
    '-l',
    '2',
    '-singlefile',
    file,
    join(reports, 'run-spike-week'),
  ]);
}, 120_000);
