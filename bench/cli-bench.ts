/**
 * The command line as a coach runs it (`npx stride` is `node bin/stride.cjs`), built to
 * JavaScript first (scripts/build-cli.mjs): `stride rules` on a 52-week plan against `node -e 0`
 * (budget 2×), and `stride export pdf` of a 12-week plan (budget 0.8 s wall), each run a new
 * Node and a new Chromium as a coach's command is, with the machine's load beside it (other
 * work on a 2-core machine slows both) and the median time of each step of the export
 * (STRIDE_PDF_TIMING: milliseconds since Node started). Medians of runs taken in turn, so a
 * busy machine slows both sides alike.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureRendererBuilt } from '../src-main/export/built-renderer';
import { benchSessions } from './fixtures';
import { median, report } from './measure';

const ROOT = resolve(__dirname, '..');
const STRIDE = join(ROOT, 'bin', 'stride.cjs');

function planFile(weeks: number): object {
  return {
    format: 'stride-plan',
    version: 1,
    athlete: { name: 'Bench Runner', level: 'intermediate', runDaysPerWeek: 6, easyPaceSecPerKm: 330 },
    plan: { name: `Bench ${weeks} weeks`, startDate: '2027-01-04', weeks, weekStartsOn: 'monday', units: 'km' },
    sessions: benchSessions('2027-01-04', weeks).map((s) => ({ ...s, title: s.title ?? undefined, rpe: s.rpe ?? undefined, notes: s.notes ?? undefined })),
  };
}

function run(args: string[], env: NodeJS.ProcessEnv = process.env): { ms: number; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env });
  const elapsed = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return { ms: elapsed, stderr: r.stderr };
}

const wallMs = (args: string[]): number => run(args).ms;

/** The 1-minute load average, as `uptime` shows it. */
const load = (): string => loadavg()[0].toFixed(2);

export function runCliBench(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'stride-bench-cli-'));
  try {
    const plan52 = join(dir, 'plan52.json');
    const plan12 = join(dir, 'plan12.json');
    writeFileSync(plan52, JSON.stringify(planFile(52)));
    writeFileSync(plan12, JSON.stringify(planFile(12)));
    wallMs([STRIDE, 'rules', plan52]); // writes the code cache, as a coach's first run does
    const node: number[] = [];
    const rules: number[] = [];
    for (let i = 0; i < 15; i++) {
      node.push(wallMs(['-e', '0']));
      rules.push(wallMs([STRIDE, 'rules', plan52]));
    }
    const ratio = median(rules) / median(node);
    report('node -e 0 (median of 15)', `${median(node).toFixed(0)} ms`);
    report('stride rules on 52 weeks (median of 15)', `${median(rules).toFixed(0)} ms`);
    report('stride rules / node -e 0', `${ratio.toFixed(2)}×`, '2×', ratio <= 2);

    ensureRendererBuilt();
    const pdf: number[] = [];
    const steps = new Map<string, number[]>();
    run([STRIDE, 'export', 'pdf', plan12, '-o', join(dir, 'plan12.pdf')]); // writes the code cache, as a coach's first run does
    const loadBefore = load();
    for (let i = 0; i < 5; i++) {
      const r = run([STRIDE, 'export', 'pdf', plan12, '-o', join(dir, 'plan12.pdf')], { ...process.env, STRIDE_PDF_TIMING: '1' });
      pdf.push(r.ms);
      for (const [, step, at] of r.stderr.matchAll(/^stride-pdf-timing (\S+) (\d+)$/gm)) {
        steps.set(step, [...(steps.get(step) ?? []), Number(at)]);
      }
    }
    const pdfS = median(pdf) / 1000;
    report(
      `stride export pdf, 12-week plan file (median of 5, wall; load ${loadBefore}–${load()})`,
      `${pdfS.toFixed(2)} s`,
      '0.8 s',
      pdfS <= 0.8,
    );
    console.log(`  its steps, median ms since Node started: ${[...steps].map(([step, at]) => `${step} ${median(at).toFixed(0)}`).join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) runCliBench();
