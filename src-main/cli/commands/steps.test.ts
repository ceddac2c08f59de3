import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-command';
import { command } from './steps';

async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: process.cwd(), readStdin: () => '' };
  const status = await command.run(args, { io, usage: 'stride steps' });
  return { status, stdout, stderr };
}

describe('stride steps', () => {
  it('prints the canonical line, the totals and each step with its pace range', async () => {
    const r = await run(["20' easy, 3 x 10min T / 2min jog, 10' easy", '--race', '5k', '20:00']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('20min E, 3x(10min T, 2min jog), 10min E');
    expect(lines[1]).toMatch(/^Total: 1 h 6 min, ≈\d+\.\d km$/);
    expect(r.stdout).toContain('3 × 10 min at 4:13–4:19 /km, 2 min jog');
  });
  it('--json gives steps, canonical and totals', async () => {
    const r = await run(['15min E, 6x(800m I, 2min jog), 10min E', '--easy-pace', '5:40', '--json']);
    const j = JSON.parse(r.stdout);
    expect(j.canonical).toBe('15min E, 6x(800m I, 2min jog), 10min E');
    expect(j.steps[1]).toEqual({ repeat: 6, steps: [{ type: 'run', distanceKm: 0.8, target: 'I' }, { type: 'recover', durationMin: 2 }] });
    expect(j.totals.estimated).toBe(true);
    expect(Object.keys(j.totals)).toEqual(['durationMin', 'distanceKm', 'estimated']);
  });
  it('--units mi prints per mile', async () => {
    const r = await run(['4x(1mi @6:30, 400m jog)', '--units', 'mi']);
    expect(r.stdout.split('\n')[0]).toBe('4x(1mi @6:30, 400m jog)');
    expect(r.stdout).toContain('/mi');
    // Every pace per mile, the default easy pace in the heading too (paces.md "Units and display").
    expect(r.stdout).toContain('intermediate default easy pace 9:39 /mi');
    expect(r.stdout).not.toContain('/km');
  });
  it('bad text exits 2 with the position and the token', async () => {
    const r = await run(['15min E, 6y(800m I, 2min jog)']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('at 10: "6y(" — expected a repeat like 6x(…)');
    expect(r.stdout).toBe('');
  });
  it('no text is a usage error', async () => {
    expect((await run([])).status).toBe(2);
  });
});
