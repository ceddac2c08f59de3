/**
 * An export from a store an older Stride wrote (a coach upgraded Stride and ran a command before
 * opening the app): exports open the store read-only, which cannot upgrade it, and the command
 * refused with "… is read-only" though nothing was. A store that can be written is upgraded first,
 * as the app does on launch (a backup of the old version is kept), and the export goes ahead.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupPath, databasePath } from '../store/database';
import { LATEST_VERSION } from '../store/migrations';
import { openPlanStore } from '../store/plan-store';
import { cliWorkdir } from './cli-test-store';

const { dir, stride } = cliWorkdir('stride-export-older-', 20000);

/** A store at `version` with one plan and its Tuesday intervals, as that Stride left it. */
function olderStore(name: string, version: number): string {
  const folder = path.join(dir, name);
  mkdirSync(folder);
  const store = openPlanStore(databasePath(folder), { targetVersion: version });
  const athlete = store.athletes.create({
    name: 'Maya Ortiz', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 340,
    fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km',
  });
  const plan = store.plans.create({
    athleteId: athlete.id, uid: 'older-plan', name: 'Spring 10K', goal: null,
    startDate: '2027-03-01', weeks: 8, weekStartsOn: 'monday', units: 'km',
  });
  store.sessions.insert(plan.id, {
    id: 's1', date: '2027-03-02', kind: 'intervals', title: '6 x 800 m', durationMin: 55, distanceKm: 10, rpe: null, notes: null,
  });
  store.close();
  return folder;
}

describe('exports from a store an older Stride wrote', () => {
  it('upgrade the store first (keeping a backup), then export', () => {
    const folder = olderStore('v6', LATEST_VERSION - 1);
    const r = stride(['export', 'ics', '1', '-o', 'plan.ics', '--data-dir', folder]);
    expect(r.stderr).toMatch(/^stride: wrote \S+ \(.+\)\n$/);
    expect(r.status).toBe(0);
    const ics = readFileSync(path.join(dir, 'plan.ics'), 'utf8');
    expect(ics).toContain('6 x 800 m');
    // The derived recovery run after the intervals is there too: the export ran the rules.
    expect(ics).toMatch(/Recovery/);
    expect(existsSync(backupPath(databasePath(folder), LATEST_VERSION - 1))).toBe(true);
    const store = openPlanStore(databasePath(folder), { readonly: true });
    expect(store.plans.get(1)?.name).toBe('Spring 10K');
    store.close();
  });
});
