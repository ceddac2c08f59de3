import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-command';
import { command } from './paces';

async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: process.cwd(), readStdin: () => '' };
  const status = await command.run(args.slice(1), { io, usage: 'stride paces' });
  return { status, stdout, stderr };
}

describe('stride paces', () => {
  it('--race 10k 42:30 prints VDOT 48.4, the five paces and the race predictions', async () => {
    const r = await run(['paces', '--race', '10k', '42:30']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('VDOT 48.4');
    expect(r.stdout).toMatch(/I\s+Interval\s+3:58–4:04 \/km/);
    expect(r.stdout).toMatch(/10K\s+42:30/);
  });
  it('--easy-pace 5:40 gives VDOT 46.3; --json in seconds', async () => {
    const r = await run(['paces', '--easy-pace', '5:40', '--json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.vdot).toBe(46.3);
    expect(Object.keys(j.paces)).toEqual(['E', 'M', 'T', 'I', 'R']);
    expect(Object.keys(j.races)).toEqual(['5k', '10k', 'half', 'marathon']);
    expect(j.paces.E[0]).toBeLessThan(j.paces.E[1]);
  });
  it('--units mi prints per mile', async () => {
    const r = await run(['paces', '--race', '5k', '20:00', '--units', 'mi']);
    expect(r.stdout).toContain('/mi');
    expect(r.stdout).not.toContain('/km');
  });
  it('a 5:40/km easy pace in a mile run stays per km', async () => {
    const r = await run(['paces', '--easy-pace', '5:40/km', '--units', 'mi']);
    expect(r.stdout.split('\n')[0]).toBe('VDOT 46.3 (easy pace 5:40 /km)');
    expect(r.stdout).toMatch(/E\s+Easy\s+\d+:\d\d–\d+:\d\d \/mi/);
    expect((await run(['paces', '--easy-pace', '9:07', '--units', 'mi'])).stdout.split('\n')[0]).toBe('VDOT 46.3 (easy pace 9:07 /mi)');
  });
  it('bad usage exits 2', async () => {
    expect((await run(['paces'])).status).toBe(2);
    expect((await run(['paces', '--race', '10k', 'fast'])).status).toBe(2);
    expect((await run(['paces', '--race', '1k', '3:00'])).stderr.split('\n')[0]).toBe(
      'stride: --race: "1k" is not a race distance from 1.5 km to a marathon',
    );
    expect((await run(['paces', '--race', '10k', '4500:00'])).stderr.split('\n')[0]).toBe(
      'stride: --race: "4500:00" is not a race time from 3 min to 6 h',
    );
    expect((await run(['paces', '--easy-pace', '5:40', '--race', '5k', '20:00'])).status).toBe(2);
  });

  // A marathon "in 3:30" (hours typed as m:ss) gave VDOT 15274.2 and paces of 0:06 /km, and
  // `stride steps … --race marathon 3:30` an easy 10 min of 85.7 km; the app's athlete form refuses it.
  it('refuses a race no one could have run, saying how the time was read and how to write hours', async () => {
    const r = await run(['paces', '--race', 'marathon', '3:30']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(
      'stride: --race: marathon in "3:30" reads as 3 min 30 s, faster than anyone has run it; for hours write 3:30:00',
    );
    const h = await run(['paces', '--race', 'half', '0:40:00']);
    expect(h.stderr.split('\n')[0]).toBe('stride: --race: half in "0:40:00" is faster than anyone has run it');
    expect((await run(['paces', '--race', 'marathon', '3:30:00'])).status).toBe(0);
  });
});
