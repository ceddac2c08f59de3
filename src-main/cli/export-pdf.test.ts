/**
 * `stride export pdf`, run as a child process the way a coach runs it (`npx stride …` is
 * `node bin/stride.cjs …`), every PDF read back with poppler. Needs the built renderer (built
 * here when missing), Chromium and poppler-utils, like src-main/export/pdf.test.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureRendererBuilt } from '../export/built-renderer';
import { pageTexts, pdfInfo } from '../test-support/pdf-reading';
import { cliWorkdir, springTenKPlan } from './cli-test-store';

const { dir, stride, file, seedStore } = cliWorkdir('stride-pdf-cli-', 90_000);
beforeAll(() => {
  ensureRendererBuilt();
}, 300_000);

function pdf(name: string): { pages: number; widthMm: number; heightMm: number; text: string } {
  const full = path.join(dir, name);
  return { ...pdfInfo(full), text: pageTexts(full).join(' ') };
}

/** The 10K plan of plan-file.md: 8 weeks, intervals in week 1 and a long run in week 2. */
const plan = springTenKPlan(
  { name: 'Zoë Ångström', runDaysPerWeek: 4 },
  { intervalNotes: 'Jog 400 m between.', longRun: { date: '2027-03-14', title: 'Long run by the river' } },
);

// Each run starts Node, tsx and Chromium (a few seconds, more on a busy machine).
describe('stride export pdf', { timeout: 120_000 }, () => {
  it('prints a plan file as the plan PDF without touching any store', () => {
    const name = file('spring.strideplan.json', JSON.stringify(plan));
    const r = stride(['export', 'pdf', name, '-o', 'spring.pdf']);
    // One line on what it wrote (it said nothing): whose, which weeks, the pages and the paper.
    expect(r.stderr).toBe(
      'stride: wrote spring.pdf (the plan "Spring 10K" for Zoë Ångström: 8 weeks from Mon 1 Mar 2027, 3 pages, A4)\n',
    );
    expect(r.status).toBe(0);
    const out = pdf('spring.pdf');
    expect(out.pages).toBe(1 + Math.ceil(8 / 4)); // the overview, then four weeks a page
    expect([out.widthMm, out.heightMm]).toEqual([297, 210]);
    expect(out.text).toContain('Zoë Ångström');
    expect(out.text).toContain('6 x 800 m');
    expect(out.text).toContain('Long run by the river');
    // The file went into a temporary store, never the coach's.
    expect(existsSync(path.join(dir, 'no-store-here'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints the weekly schedule of one week on Letter paper, or every week with --weeks', () => {
    const name = file('weeks.json', JSON.stringify(plan));
    const week2 = stride(['export', 'pdf', name, '--week', '2', '--paper', 'letter', '-o', 'week-2.pdf']);
    expect(week2.status).toBe(0);
    expect(week2.stderr).toBe(
      "stride: wrote week-2.pdf (Zoë Ångström's week 2 of 8, from Mon 8 Mar 2027, 1 page, Letter)\n",
    );
    const one = pdf('week-2.pdf');
    expect(one.pages).toBe(1);
    expect([one.widthMm, one.heightMm]).toEqual([216, 279]); // Letter portrait
    expect(one.text).toContain('Week 2 of 8');
    expect(one.text).toContain('Long run by the river');

    const weeks = stride(['export', 'pdf', name, '--weeks', '-o', 'weeks.pdf']);
    expect(weeks.status).toBe(0);
    expect(weeks.stderr).toBe(
      "stride: wrote weeks.pdf (Zoë Ångström's weekly schedules: 8 weeks from Mon 1 Mar 2027, 8 pages, A4)\n",
    );
    const all = pdf('weeks.pdf');
    expect(all.pages).toBe(8);
    expect([all.widthMm, all.heightMm]).toEqual([210, 297]);
  });

  it('prints a stored plan by its id, and names a plan id that is not there (exit 2)', () => {
    const { store, imported } = seedStore(plan);
    expect(imported.status).toBe(0);
    const id = /\d+/.exec(imported.stdout)?.[0];
    expect(id).toBeDefined();
    const r = stride(['export', 'pdf', String(id), '--data-dir', store, '-o', 'stored.pdf']);
    expect(r.stderr).toMatch(/^stride: wrote \S+ \(.+\)\n$/);
    expect(r.status).toBe(0);
    expect(pdf('stored.pdf').text).toContain('Spring 10K');

    const missing = stride(['export', 'pdf', '999', '--data-dir', store, '-o', 'missing.pdf']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('stride: there is no plan 999 in this store\n');
    expect(existsSync(path.join(dir, 'missing.pdf'))).toBe(false);
  });

  it('names a mistyped store folder (exit 2) and creates no empty store there', () => {
    const typo = path.join(dir, 'no-store-here');
    const r = stride(['export', 'pdf', '1', '--data-dir', typo, '-o', 'typo.pdf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`stride: there is no Stride plan store in ${typo}\n`);
    expect(existsSync(typo)).toBe(false);
    expect(existsSync(path.join(dir, 'typo.pdf'))).toBe(false);
  });

  it('refuses a bad plan file with exit 2 and writes nothing', () => {
    const name = file('bad.json', JSON.stringify({ ...plan, sessions: [{ ...plan.sessions[0], date: '2027-02-30' }] }));
    const r = stride(['export', 'pdf', name, '-o', 'bad.pdf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('sessions[0].date: "2027-02-30" is not a calendar date');
    expect(existsSync(path.join(dir, 'bad.pdf'))).toBe(false);
  });

  it('refuses a folder that does not exist with exit 2, before starting Chromium', () => {
    const name = file('ok.json', JSON.stringify(plan));
    const r = stride(['export', 'pdf', name, '-o', 'nope/plan.pdf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `stride: cannot write ${path.join(dir, 'nope', 'plan.pdf')}: the folder ${path.join(dir, 'nope')} does not exist or is not writable\n`,
    );
  });

  it('says clearly when there is no Chromium (exit 2)', () => {
    const name = file('ok2.json', JSON.stringify(plan));
    const r = stride(['export', 'pdf', name, '-o', 'no-chromium.pdf'], {
      CHROMIUM_PATH: path.join(dir, 'no-such-chromium'),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^stride: No Chromium found: CHROMIUM_PATH is set to .*no-such-chromium, but there is no such file\.\n$/,
    );
    expect(existsSync(path.join(dir, 'no-chromium.pdf'))).toBe(false);
  });

  it('explains its usage mistakes with exit 2', () => {
    expect(stride(['export', 'pdf', 'x.json']).stderr).toContain('export pdf needs -o <file>');
    expect(stride(['export', 'pdf', 'x.json', '-o', 'x.pdf', '--paper', 'a3']).stderr).toContain(
      '--paper is a4 or letter, not "a3"',
    );
    expect(stride(['export', 'pdf', '-o', 'x.pdf']).status).toBe(2);
  });
});
