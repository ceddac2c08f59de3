import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Decoder, Stream } from '@garmin/fitsdk';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-command';
import { command } from './export-fit';

const dir = mkdtempSync(path.join(tmpdir(), 'stride-fit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLAN = {
  format: 'stride-plan',
  version: 2,
  athlete: { name: 'Maya', easyPaceSecPerKm: 340 },
  plan: { name: 'Spring', startDate: '2027-03-01', weeks: 2 },
  sessions: [
    {
      id: 's1',
      date: '2027-03-02',
      kind: 'intervals',
      steps: [{ repeat: 6, steps: [{ type: 'run', distanceKm: 0.8, target: 'I' }, { type: 'recover', durationMin: 2 }] }],
    },
    { id: 's2', date: '2027-03-09', kind: 'easy', durationMin: 40 },
  ],
};
writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(PLAN));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, readStdin: () => '' };
  const status = await command.run(args, { io, usage: 'stride export fit' });
  return { status, stdout, stderr };
}

describe('stride export fit', () => {
  it('writes one .fit per running session into the folder, each decoding back', async () => {
    const r = await run(['plan.json', '-o', 'out']);
    expect(r.status).toBe(0);
    const names = readdirSync(path.join(dir, 'out')).sort();
    expect(names).toEqual(['2027-03-02 Intervals.fit', '2027-03-03 Recovery run.fit', '2027-03-09 Easy run.fit']);
    const bytes = readFileSync(path.join(dir, 'out', names[0]));
    const d = new Decoder(Stream.fromByteArray(Array.from(bytes)));
    expect(d.checkIntegrity()).toBe(true);
    const steps = d.read().messages.workoutStepMesgs as { durationType: string; targetValue?: number }[];
    expect(steps.map((s) => s.durationType)).toEqual(['distance', 'time', 'repeatUntilStepsCmplt']);
    expect(steps[2].targetValue).toBe(6);
  });
  it('--week N --zip writes one week as a .zip', async () => {
    const r = await run(['plan.json', '-o', 'week2.zip', '--week', '2', '--zip']);
    expect(r.status).toBe(0);
    expect(Object.keys(unzipSync(readFileSync(path.join(dir, 'week2.zip'))))).toEqual(['2027-03-09 Easy run.fit']);
  });
  it('refuses a bad week and a missing -o with exit 2', async () => {
    expect((await run(['plan.json', '-o', 'x', '--week', '9'])).status).toBe(2);
    expect((await run(['plan.json'])).status).toBe(2);
  });
});
