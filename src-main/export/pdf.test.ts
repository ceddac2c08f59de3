/**
 * PDF export end to end: a real store in a temp folder, the real loopback host on a free port
 * serving the built renderer, real Chromium printing the print page, and every PDF read back
 * with poppler (`pdftotext`, `pdfinfo`) the way a coach would read it.
 *
 * Needs `npx electron-vite build` output (built here when out/renderer/print.html is missing),
 * Chromium (CHROMIUM_PATH, /usr/bin/chromium or Playwright's own) and poppler-utils.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src-shared/api/entities';
import { addDays } from '../../src-shared/domain/dates';
import { roundHalfUp } from '../../src-shared/domain/decimal';
import { planDays, planFitness } from '../../src-shared/domain/fitness';
import type { CoachSession } from '../../src-shared/domain/types';
import { createHandlers } from '../handlers';
import { startLoopbackHost, type LoopbackHost } from '../host/loopback-host';
import { previewPrintServices } from '../host/preview-print';
import { pageTexts, pdfInfo as info } from '../test-support/pdf-reading';
import { tempStore } from '../test-support/temp-store';
import { ensureRendererBuilt, REPO_ROOT } from './built-renderer';
import { renderPlanPdf, type RenderPdfOptions } from './pdf';
import { warmChromium, type WarmChromium } from './warm-chromium';

const REPORTS = join(REPO_ROOT, 'reports/pdf');
const TOKEN = 'pdf-test-token';
/** The plan PDF's layout: an overview page, then four weeks a page. */
const WEEKS_PER_PAGE = 4;

let ctx: ReturnType<typeof tempStore>;
let host: LoopbackHost;
let work: string;
let baseUrl: string;
/** Most tests print as the browser preview does, in reused tabs of one Chromium; some launch their own. */
let chromium: WarmChromium;

beforeAll(async () => {
  const rendererDir = ensureRendererBuilt();
  mkdirSync(REPORTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'stride-pdf-test-'));
  ctx = tempStore();
  chromium = warmChromium();
  host = await startLoopbackHost({
    // Wired as serve-web.ts wires the browser preview: `files.exportPdf` prints this host's own page.
    handlers: createHandlers(
      ctx.store,
      previewPrintServices(() => baseUrl, chromium),
    ),
    rendererDir,
    token: TOKEN,
    port: 0,
  });
  baseUrl = `${host.url}?token=${TOKEN}`;
}, 300_000);

afterAll(async () => {
  await chromium?.close();
  await host?.close();
  ctx?.cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Plans a coach would write

let athleteId = 0;

async function athlete(): Promise<number> {
  if (athleteId) return athleteId;
  const handlers = createHandlers(ctx.store);
  const a = await handlers['athletes.create']({
    name: 'Maya Ortiz',
    level: 'intermediate',
    runDaysPerWeek: 6,
    easyPaceSecPerKm: 340, // easy runs print 5:12–6:14 /km (E at VDOT 46.3)
    fatigued: false,
    recoveryStyle: 'runs',
    recentLongestRunKm: 16,
    units: 'km',
  });
  athleteId = a.id;
  return athleteId;
}

/** The coach's titles of week `w` (1-based): distinct per week so each can be found in the text. */
function weekTitles(w: number): string[] {
  return [`Easy W${w}`, `Track W${w} 6 x 800`, `Tempo W${w}`, `Core W${w}`, `Long W${w}`, `Hills W${w}`];
}

/**
 * A week of six coach sessions: easy Monday, intervals Tuesday, tempo and strength Thursday,
 * long run Saturday and hills Sunday (a back-to-back hard weekend, so every week carries a
 * warning). For an athlete who runs 6 days a week the rules add a recovery run on Wednesday
 * (after the intervals; 30 min at 5:40 + 0:56 /km = 4.5 km, RPE 3) and, with six run days
 * then taken, a rest day on Friday instead of a second recovery run.
 */
async function planOf(name: string, weeks: number, options: { empty?: boolean } = {}): Promise<Plan> {
  const handlers = createHandlers(ctx.store);
  const plan = await handlers['plans.create']({
    athleteId: await athlete(),
    name,
    goal: 'Sub-45 at the Riverside 10K',
    startDate: '2027-03-01', // a Monday
    weeks,
    weekStartsOn: 'monday',
    units: 'km',
  });
  if (options.empty) return plan;
  ctx.store.transaction(() => {
    for (let w = 1; w <= weeks; w++) {
      const [easy, track, tempo, core, long, hills] = weekTitles(w);
      const day = (d: number) => addDays(plan.startDate, 7 * (w - 1) + d);
      const s = (
        id: string,
        d: number,
        kind: CoachSession['kind'],
        title: string,
        over: Partial<CoachSession> = {},
      ): CoachSession => ({
        id: `${id}-${w}`,
        date: day(d),
        kind,
        title,
        durationMin: 45,
        distanceKm: null,
        rpe: null,
        notes: null,
        ...over,
      });
      for (const session of [
        s('a', 0, 'easy', easy, { durationMin: 40, distanceKm: 7 }),
        s('b', 1, 'intervals', track, {
          durationMin: 60,
          distanceKm: 10,
          notes: 'Warm up 15 min, 6 x 800 m at 5K pace, 400 m jog between.',
        }),
        s('c', 3, 'tempo', tempo, { durationMin: 50, distanceKm: 10 }),
        s('d', 3, 'strength', core, { durationMin: 30 }),
        s('e', 5, 'long', long, { durationMin: 90, distanceKm: 16, notes: 'Steady; last 2 km at marathon effort.' }),
        s('f', 6, 'hills', hills, { durationMin: 40 }),
      ]) {
        ctx.store.sessions.insert(plan.id, session);
      }
    }
  });
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Reading PDFs back

function pdfFile(name: string, pdf: Buffer): string {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** The text as laid out on the page (`-layout`), for figures that sit side by side on one line. */
function layoutPages(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
}

/** The printed height (pt) of the first occurrence of `word` in the PDF (poppler's word boxes). */
function wordHeight(file: string, word: string): number {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const m = new RegExp(`<word xMin="[\\d.]+" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${word}</word>`).exec(
    html,
  );
  if (!m) throw new Error(`"${word}" is not in ${file}`);
  return Number(m[2]) - Number(m[1]);
}

/** The week labels ("Week 7") printed on a page of the plan grid. */
function weekLabels(text: string): number[] {
  return [...new Set([...text.matchAll(/\bWeek (\d+) \d/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

function firstPagePng(file: string, name: string): string {
  const out = join(REPORTS, name);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, out]);
  return `${out}.png`;
}

async function render(name: string, options: Omit<RenderPdfOptions, 'baseUrl' | 'page'>): Promise<string> {
  const pdf = await chromium.withPage((page) => renderPlanPdf({ baseUrl, page, ...options }));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pdfFile(name, pdf);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// ---------------------------------------------------------------------------------------------

describe('the plan PDF', () => {
  it('names the athlete and every session of the first two weeks, on an overview page and two grid pages', async () => {
    const plan = await planOf('Spring 10K', 8);
    const file = await render('plan-8', { planId: plan.id, view: 'plan' });
    const { pages, widthMm, heightMm } = info(file);
    expect(pages).toBe(1 + Math.ceil(8 / WEEKS_PER_PAGE)); // 3
    expect([widthMm, heightMm]).toEqual([297, 210]); // A4 landscape
    const texts = pageTexts(file);
    const all = texts.join(' ');
    expect(texts[0]).toContain('Maya Ortiz');
    expect(texts[0]).toContain('Spring 10K');
    expect(texts[0]).toContain('Sub-45 at the Riverside 10K');
    expect(texts[0]).toContain('1 Mar – 25 Apr 2027');
    for (const title of [...weekTitles(1), ...weekTitles(2)]) expect(all).toContain(title);
    // The coach's notes are on the grid pages too (the first words of each; lines may wrap).
    expect(texts[1]).toContain('Steady; last 2 km');
    expect(texts[1]).toContain('Warm up 15 min');
    // The rules' sessions are there too, marked as automatic.
    expect(texts[1]).toContain('Recovery run');
    expect(texts[1]).toMatch(/auto/i);
    // Warnings are listed with their dates: Saturday's long run and Sunday's hills are back to back.
    expect(texts[1]).toContain('Sat 6 Mar, Sun 7 Mar:');
    // The coach's grid keeps each week's load (40×3 + 60×8 + 50×7 + 30×5 + 90×5 + 40×8 + 30×3).
    expect(texts[1]).toContain('1960 AU');
    // The footer: plan name and page numbers on every page.
    texts.forEach((t, i) => expect(t).toContain(`Page ${i + 1} of 3`));
    expect(texts[2]).toContain('Spring 10K — Maya Ortiz');
    // The load chart is drawn as vectors: its axes and legend are text in the PDF.
    for (const label of ['Load (AU)', 'Acute:chronic ratio', 'High (RPE 7–10)', 'Flagged week', 'W1', 'W8'])
      expect(texts[0]).toContain(label);
    expect(weekLabels(texts[1])).toEqual([1, 2, 3, 4]);
    expect(weekLabels(texts[2])).toEqual([5, 6, 7, 8]);
    expect(existsSync(firstPagePng(file, 'plan-overview'))).toBe(true);
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
      join(REPORTS, 'plan-grid'),
    ]);
  }, 90_000);

  it('shows fitness, fatigue and form on the overview: the start, the phases and the race day’s form', async () => {
    // A 4-week 10K block (base, build, taper, race) for an athlete with a recent 35 km week, imported as a file.
    const sessions = [1, 2, 3].flatMap((w) => [
      { id: `e${w}`, date: addDays('2027-03-01', 7 * (w - 1)), kind: 'easy', durationMin: 40, distanceKm: 7 },
      { id: `t${w}`, date: addDays('2027-03-03', 7 * (w - 1)), kind: 'tempo', durationMin: 45, distanceKm: 9 },
      { id: `l${w}`, date: addDays('2027-03-07', 7 * (w - 1)), kind: 'long', durationMin: 90, distanceKm: 15 },
    ]);
    sessions.push({ id: 'race', date: '2027-03-28', kind: 'race', durationMin: 45, distanceKm: 10 });
    const handlers = createHandlers(ctx.store);
    const { plan } = await handlers['files.importPlan']({
      text: JSON.stringify({
        format: 'stride-plan',
        version: 2,
        athlete: {
          name: 'Sam Lee',
          level: 'intermediate',
          runDaysPerWeek: 5,
          easyPaceSecPerKm: 360,
          recentWeeklyKm: 35,
        },
        plan: {
          name: 'Riverside 10K block',
          startDate: '2027-03-01',
          weeks: 4,
          weekStartsOn: 'monday',
          units: 'km',
          phases: ['base', 'build', 'taper', 'race'].map((phase, i) => ({ week: i + 1, phase })),
        },
        sessions,
      }),
    });
    // The race day's form as `stride rules` gives it (`days`), from main's own evaluation.
    const doc = await handlers['plans.get']({ id: plan.id });
    const days = planDays({ athlete: doc.athlete, plan: doc.plan }, doc.evaluated.sessions);
    const raceForm = days[27].form;
    const whole = roundHalfUp(
      planFitness({ athlete: doc.athlete, plan: doc.plan }, doc.evaluated.sessions).form[27],
      0,
    );
    const sign = (v: number, digits: number) => (v > 0 ? '+' : v < 0 ? '−' : '') + Math.abs(v).toFixed(digits);

    const file = await render('plan-fitness', { planId: plan.id, view: 'plan' });
    expect(info(file).pages).toBe(2); // the overview still fits its page
    const overview = pageTexts(file)[0];
    expect(overview).toContain('Fitness, fatigue and form');
    // Start: 35 km × 6 min/km × 3 / 7 = 90 AU a day.
    expect(overview).toContain('Start: fitness and fatigue 90.0 AU a day (a steady 35 km week of easy running)');
    // The race is untitled, so it is named by its kind; its form once, to 0.1 as `stride rules` gives it.
    expect(overview).toContain(`Sun 28 Mar — Race: form ${sign(raceForm, 1)}.`);
    // The chart's callout gives it whole.
    expect(overview).toContain(`Race: form ${sign(whole, 0)}`);
    for (const label of ['Base', 'Build', 'Taper', 'Race day', 'Fitness', 'Fatigue', 'Form', 'AU a day'])
      expect(overview).toContain(label);
    expect(existsSync(firstPagePng(file, 'plan-overview-fitness'))).toBe(true);
    // The athlete's sheet names the week's phase after its number, spaced like the rest of the line.
    const sheet = pageTexts(await render('week-2-phase', { planId: plan.id, view: 'weeks', week: 2 }))[0];
    expect(sheet).toMatch(/Week 2 of 4 · Build/);
  }, 90_000);

  it('is two pages for a one-week plan, on Letter paper when asked', async () => {
    const plan = await planOf('One week', 1);
    const file = await render('plan-1-letter', { planId: plan.id, view: 'plan', paper: 'letter' });
    const { pages, widthMm, heightMm } = info(file);
    expect(pages).toBe(1 + Math.ceil(1 / WEEKS_PER_PAGE)); // 2
    expect([widthMm, heightMm]).toEqual([279, 216]); // Letter landscape: 11 × 8.5 in
    expect(weekLabels(pageTexts(file)[1])).toEqual([1]);
  }, 90_000);

  it('prints a plan name with quotes, a backslash and non-Latin letters in the footer exactly as the coach typed it', async () => {
    // Cyrillic rather than Japanese: the machines here have no CJK font, so kanji print as boxes.
    const name = 'Bo\'s "A" plan \\ Весенний марафон';
    const plan = await planOf(name, 1);
    const texts = pageTexts(await render('plan-odd-name', { planId: plan.id, view: 'plan' }));
    texts.forEach((t, i) => {
      expect(t).toContain(`${name} — Maya Ortiz`);
      expect(t).toContain(`Page ${i + 1} of 2`);
    });
  }, 90_000);

  it('keeps a 52-week plan, a warning in every week, to four whole weeks a page', async () => {
    const plan = await planOf('Marathon year', 52);
    const file = await render('plan-52', { planId: plan.id, view: 'plan' });
    const pages = 1 + Math.ceil(52 / WEEKS_PER_PAGE); // 14
    expect(info(file).pages).toBe(pages);
    const texts = pageTexts(file);
    for (let p = 2; p <= pages; p++) {
      // No week is split or pushed to another page: page p holds exactly weeks 4(p-2)+1 … 4(p-1).
      expect(weekLabels(texts[p - 1])).toEqual(range(WEEKS_PER_PAGE * (p - 2) + 1, WEEKS_PER_PAGE * (p - 1)));
    }
    expect(texts[pages - 1]).toContain('Long W52');
    expect(texts[pages - 1]).toContain(`Page ${pages} of ${pages}`);
  }, 120_000);

  it('says so on its one page when the plan has no sessions yet', async () => {
    const plan = await planOf('Blank plan', 6, { empty: true });
    const file = await render('plan-empty', { planId: plan.id, view: 'plan' });
    expect(info(file).pages).toBe(1);
    const [text] = pageTexts(file);
    expect(text).toContain('This plan has no sessions yet');
    expect(text).toContain('Blank plan');
    expect(text).toContain('Maya Ortiz');
    firstPagePng(file, 'plan-empty');
  }, 90_000);
});

describe("the athlete's weekly schedule", () => {
  let eightWeeks: Plan;
  beforeAll(async () => {
    eightWeeks = await planOf('Autumn HM', 8);
  });

  it('prints one A4 portrait page per week, each with the athlete, its dates, sessions, targets and totals', async () => {
    const file = await render('weeks-all', { planId: eightWeeks.id, view: 'weeks', week: 'all' });
    const { pages, widthMm, heightMm } = info(file);
    expect(pages).toBe(8);
    expect([widthMm, heightMm]).toEqual([210, 297]); // A4 portrait
    const texts = pageTexts(file);
    texts.forEach((t, i) => {
      expect(t).toContain('Maya Ortiz');
      expect(t).toContain(`Week ${i + 1} of 8`);
      for (const title of weekTitles(i + 1)) expect(t).toContain(title);
    });
    expect(texts[0]).toContain('1–7 Mar 2027');
    expect(texts[1]).toContain('8–14 Mar 2027');
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
      expect(texts[0]).toContain(day);
    // Easy runs: the Easy zone of an easy pace of 5:40 /km; the rules' recovery runs: 5:40 + 0:56 ± 15 s.
    expect(texts[0]).toContain('5:12–6:14 /km');
    expect(texts[0]).toContain('6:21–6:51 /km');
    expect(texts[0]).toContain('Warm up 15 min, 6 x 800 m at 5K pace, 400 m jog between.');
    // The derived recovery run after Tuesday's intervals, in the athlete's words: what to do and
    // why, never "auto" or "rules" (the coach's plan PDF still marks them).
    expect(texts[0]).toContain('Recovery run — easy, conversational');
    expect(texts[0]).toContain("Recovery run the day after Tuesday's");
    for (const t of texts) expect(t).not.toMatch(/\bauto\b|\brules?\b/i);
    // Week 1 totals: easy 40 + track 60 + tempo 50 + core 30 + long 90 + hills 40 = 310 min of the
    // coach's, plus the rules' 30-min recovery run: 5 h 40 min; 7 + 10 + 10 + 16 + 4.5 = 47.5 km
    // typed, plus the 40-min hills with no distance estimated at the easy pace (40 min / 5:40 per
    // km = 7.1 km, recovery-rules v2), so the total is marked "≈": 54.6 km. No load figure: the
    // athlete does not count in arbitrary units (load.md's AU are the coach's, on the plan PDF).
    expect(layoutPages(file)[0]).toMatch(/Week total +5 h 40 min +≈54\.6 km *$/im);
    for (const t of texts) expect(t).not.toMatch(/\bAU\b|\bload\b/i);
    expect(texts[0]).toContain('≈7.1 km');
    expect(texts[0]).toMatch(/Friday[\s\S]*Rest day/);
    expect(existsSync(firstPagePng(file, 'weekly-schedule'))).toBe(true);
  }, 90_000);

  it('prints a single week on one page', async () => {
    const file = await render('week-3', { planId: eightWeeks.id, view: 'weeks', week: 3 });
    expect(info(file).pages).toBe(1);
    const [text] = pageTexts(file);
    expect(text).toContain('Week 3 of 8');
    expect(text).toContain('15–21 Mar 2027');
    for (const title of weekTitles(3)) expect(text).toContain(title);
    expect(text).not.toContain('Easy W2');
  }, 90_000);

  it('prints a busy week in smaller type so that it still fits on its one page', async () => {
    const plan = await planOf('Busy week', 1, { empty: true });
    const notes =
      'Warm up 15 min easy with strides, main set as written, cool down 10 min; walk the recoveries if needed.';
    const titles: string[] = [];
    ctx.store.transaction(() => {
      for (let d = 0; d < 7; d++) {
        for (const kind of ['easy', 'strength'] as const) {
          const title = `Day ${d + 1} ${kind} session`;
          titles.push(title);
          ctx.store.sessions.insert(plan.id, {
            id: `busy-${d}-${kind}`,
            date: addDays(plan.startDate, d),
            kind,
            title,
            durationMin: 40,
            distanceKm: null,
            rpe: null,
            notes,
          });
        }
      }
    });
    const busy = await render('week-busy', { planId: plan.id, view: 'weeks', week: 1 });
    expect(info(busy).pages).toBe(1);
    const all = pageTexts(busy).join(' ');
    for (const title of titles) expect(all).toContain(title);
    // The day names are set smaller than on an ordinary week's page.
    const ordinary = await render('week-ordinary', { planId: eightWeeks.id, view: 'weeks', week: 3 });
    expect(wordHeight(busy, 'Monday')).toBeLessThan(wordHeight(ordinary, 'Monday') * 0.97);
  }, 90_000);

  it('lets a week too full for one page run onto a second rather than cut a session off', async () => {
    const plan = await planOf('Crowded week', 1, { empty: true });
    const notes =
      'Warm up 20 min easy with drills and strides, then the main set as written, then cool down 15 min easy. ' +
      'Keep the recoveries honest and walk if needed; note how the legs feel afterwards in the log.';
    const titles: string[] = [];
    ctx.store.transaction(() => {
      for (let d = 0; d < 7; d++) {
        for (const kind of ['easy', 'strength', 'cross', 'tempo'] as const) {
          const title = `Day ${d + 1} ${kind} block`;
          titles.push(title);
          ctx.store.sessions.insert(plan.id, {
            id: `crowd-${d}-${kind}`,
            date: addDays(plan.startDate, d),
            kind,
            title,
            durationMin: 45,
            distanceKm: null,
            rpe: null,
            notes,
          });
        }
      }
    });
    const file = await render('week-crowded', { planId: plan.id, view: 'weeks', week: 1 });
    const texts = pageTexts(file);
    const all = texts.join(' ');
    for (const title of titles) expect(all).toContain(title);
    expect(info(file).pages).toBeGreaterThanOrEqual(2);
    // Every page after the first says whose week it is, which week and its dates, and that it goes
    // on from the page before: a loose second page on the fridge is still Maya's week 1.
    expect(texts[0]).toContain('Week 1 of 1');
    expect(texts[0]).not.toMatch(/continued/i);
    for (const t of texts.slice(1)) {
      expect(t).toMatch(/^Maya Ortiz · Week 1 of 1 · 1–7 Mar 2027 \(continued\)/);
    }
    // The heading is not what the days printed before it: each day is on one page only, and the
    // week's total is on the last.
    for (let d = 1; d <= 7; d++) expect(texts.filter((t) => t.includes(`Day ${d} easy block`)).length).toBe(1);
    expect(texts[texts.length - 1]).toMatch(/Week total/i);
    execFileSync('pdftoppm', ['-png', '-r', '80', file, join(REPORTS, 'week-crowded')]);
  }, 90_000);

  it('refuses a week the plan does not have, saying why', async () => {
    await expect(renderPlanPdf({ baseUrl, planId: eightWeeks.id, view: 'weeks', week: 9 })).rejects.toThrow(
      /has 8 weeks: there is no week 9/,
    );
  }, 90_000);
});

describe('export failures', () => {
  it('say that a plan is not in the store (the command line names the id it was given before this)', async () => {
    await expect(renderPlanPdf({ baseUrl, planId: 9999, view: 'plan' })).rejects.toThrow(
      'This plan is no longer in the plan store: it was deleted, in another window or by a command',
    );
  }, 90_000);

  it('name a print page file that cannot be loaded instead of waiting for a page that never gets ready', async () => {
    const rendererDir = join(work, 'half-built');
    mkdirSync(rendererDir);
    writeFileSync(
      join(rendererDir, 'print.html'),
      '<!doctype html><script type="module" src="./assets/print-gone.js"></script>',
    );
    const other = await startLoopbackHost({ handlers: createHandlers(ctx.store), rendererDir, token: TOKEN, port: 0 });
    try {
      const started = Date.now();
      await expect(renderPlanPdf({ baseUrl: `${other.url}?token=${TOKEN}`, planId: 1, view: 'plan' })).rejects.toThrow(
        'The print page could not load /assets/print-gone.js (HTTP 404): is the renderer built (npx electron-vite build)?',
      );
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await other.close();
    }
  }, 90_000);

  it('say clearly when there is no Chromium', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(work, 'no-chromium-here');
    try {
      await expect(renderPlanPdf({ baseUrl, planId: 1, view: 'plan' })).rejects.toThrow(
        /No Chromium found.*CHROMIUM_PATH/,
      );
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});

describe("the browser preview's PDF export (files.exportPdf)", () => {
  type Reply =
    { ok: true; value: { fileName: string; base64: string } } | { ok: false; error: { code: string; message: string } };

  function call(input: unknown, token?: string) {
    return new Promise<{ status: number; reply: Reply }>((done, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/files.exportPdf',
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { 'x-stride-token': token } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            done({ status: res.statusCode ?? 0, reply: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
          );
        },
      );
      req.on('error', fail);
      req.end(JSON.stringify(input));
    });
  }

  function pdfOf(name: string, reply: Reply): string {
    if (!reply.ok) throw new Error(reply.error.message);
    return pdfFile(name, Buffer.from(reply.value.base64, 'base64'));
  }

  it('returns the weekly schedule as a PDF with the token, and refuses without it', async () => {
    const plan = await planOf('Preview plan', 2);
    const refused = await call({ planId: plan.id }, undefined);
    expect(refused.status).toBe(403);
    const { status, reply } = await call({ planId: plan.id, view: 'weeks', week: 2 }, TOKEN);
    expect(status).toBe(200);
    // Named after plan and athlete, as the calendar file is: one template's PDFs for two athletes
    // came out with one name.
    expect(reply.ok && reply.value.fileName).toBe('preview-plan-maya-ortiz-week-2.pdf');
    const file = pdfOf('preview-week-2', reply);
    expect(info(file).pages).toBe(1);
    expect(pageTexts(file)[0]).toContain('Week 2 of 2');
  }, 90_000);

  it('prints each plan in turn in its reused tabs, nothing of the one before, also after a failed export', async () => {
    const coast = await planOf('Coast half', 2);
    const hills = await planOf('Hill marathon', 5);
    const first = pdfOf('preview-coast', (await call({ planId: coast.id }, TOKEN)).reply);
    const failed = (await call({ planId: hills.id, view: 'weeks', week: 9 }, TOKEN)).reply;
    expect(failed).toMatchObject({ ok: false, error: { message: expect.stringContaining('there is no week 9') } });
    const second = pdfOf('preview-hills', (await call({ planId: hills.id }, TOKEN)).reply);
    const third = pdfOf('preview-coast-week', (await call({ planId: coast.id, view: 'weeks', week: 1 }, TOKEN)).reply);
    expect(info(first).pages).toBe(2);
    expect(pageTexts(first)[0]).toContain('Coast half');
    expect(info(second).pages).toBe(3);
    const hillsText = pageTexts(second).join(' ');
    expect(hillsText).toContain('Hill marathon');
    expect(hillsText).not.toContain('Coast half');
    expect(info(third).pages).toBe(1);
    expect(pageTexts(third)[0]).toContain('Week 1 of 2');
  }, 120_000);

  it('answers a bad request with the field it did not accept', async () => {
    const { reply } = await call({ planId: 'one' }, TOKEN);
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringContaining('planId') } });
  });
});
