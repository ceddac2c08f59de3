/**
 * kill -9 between an edit and its history entry loses neither: a child process edits in a
 * tight loop and is killed at an arbitrary moment; the store then holds exactly as many
 * sessions as history steps, and undoing every step empties the plan.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlanStore } from '../store/plan-store';
import { tempStore } from '../test-support/temp-store';
import { undoPlan } from './plan-edits';

let ctx: ReturnType<typeof tempStore> | undefined;
afterEach(() => ctx?.cleanup());

const CHILD = join(process.cwd(), 'src-main', 'test-support', 'edit-loop-child.ts');

function runAndKill(file: string, planId: number, afterCommits: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, String(planId)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = 0;
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      const lines = d.toString().trim().split('\n');
      seen = Number(lines[lines.length - 1]);
      if (seen >= afterCommits && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(seen) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

describe('a crash during editing', () => {
  it('leaves every committed edit with its history step, and nothing half-written', async () => {
    ctx = tempStore();
    const athlete = ctx.store.athletes.create({
      name: 'Crash Test', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: null, fatigued: false,
      recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km',
    });
    const plan = ctx.store.plans.create({
      athleteId: athlete.id, uid: 'crash', name: 'Crash', goal: null, startDate: '2027-01-04', weeks: 104, weekStartsOn: 'monday', units: 'km',
    });
    ctx.store.close();
    const seen = await runAndKill(ctx.file, plan.id, 40);
    const store = openPlanStore(ctx.file);
    ctx.store = store;
    const sessions = store.sessions.list(plan.id).length;
    const { history_at: steps, version } = store.db
      .prepare<[number], { history_at: number; version: number }>('SELECT history_at, version FROM plans WHERE id = ?')
      .get(plan.id)!;
    expect(sessions).toBeGreaterThanOrEqual(seen);
    expect(steps).toBe(sessions);
    expect(version).toBe(sessions);
    for (let i = 0; i < sessions; i++) undoPlan(store, plan.id);
    expect(store.sessions.list(plan.id)).toEqual([]);
  }, 60_000);
});
