/**
 * Importing a plan file with "Create a new athlete" when an athlete of that name is already in the
 * store: the new athlete is named "Sam Lee (2)", then "Sam Lee (3)", so the sidebar tells them
 * apart (it listed several "Sam Lee"). The import's notices say so; an athlete named as no other
 * keeps the file's name.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Athlete, Plan } from '../../src-shared/api/entities';
import { handlerCalls } from '../test-support/handler-calls';
import { tempStore } from '../test-support/temp-store';
import { createHandlers } from '.';

let ctx: ReturnType<typeof tempStore>;
beforeEach(() => {
  ctx = tempStore();
});
afterEach(() => ctx.cleanup());

const { ok } = handlerCalls(() => createHandlers(ctx.store));

const planFile = (athleteName: string, planName = 'Spring 10K') =>
  JSON.stringify({
    format: 'stride-plan',
    version: 2,
    athlete: { name: athleteName, level: 'intermediate' },
    plan: { name: planName, startDate: '2027-03-01', weeks: 8 },
    sessions: [{ id: 's1', date: '2027-03-02', kind: 'tempo', durationMin: 50 }],
  });

type Imported = { plan: Plan; notices: string[] };
const athleteOf = async (r: Imported) =>
  (await ok<Athlete[]>('athletes.list', {})).find((a) => a.id === r.plan.athleteId)!;

it('names the second and third new athlete from the same file "Sam Lee (2)" and "Sam Lee (3)", and says so', async () => {
  const first = await ok<Imported>('files.importPlan', { text: planFile('Sam Lee') });
  expect((await athleteOf(first)).name).toBe('Sam Lee');
  expect(first.notices).toEqual([]);
  const second = await ok<Imported>('files.importPlan', { text: planFile('Sam Lee') });
  expect((await athleteOf(second)).name).toBe('Sam Lee (2)');
  expect(second.notices).toEqual(['The new athlete is named Sam Lee (2): Sam Lee is already one of your athletes.']);
  const third = await ok<Imported>('files.importPlan', { text: planFile('Sam Lee') });
  expect((await athleteOf(third)).name).toBe('Sam Lee (3)');
  expect((await ok<Athlete[]>('athletes.list', {})).map((a) => a.name)).toEqual([
    'Sam Lee',
    'Sam Lee (2)',
    'Sam Lee (3)',
  ]);
});

it('counts on from a numbered name, fills a freed number, and reads names regardless of case', async () => {
  await ok('files.importPlan', { text: planFile('Sam Lee') });
  const two = await ok<Imported>('files.importPlan', { text: planFile('Sam Lee') });
  // A plan exported from "Sam Lee (2)" and imported again: "Sam Lee (3)", not "Sam Lee (2) (2)".
  expect((await athleteOf(await ok<Imported>('files.importPlan', { text: planFile('Sam Lee (2)') }))).name).toBe(
    'Sam Lee (3)',
  );
  await ok('athletes.delete', { id: two.plan.athleteId });
  expect((await athleteOf(await ok<Imported>('files.importPlan', { text: planFile('sam lee') }))).name).toBe(
    'sam lee (2)',
  );
});

it('keeps a long name within the 100 characters a name may have', async () => {
  const long = 'Alexandra '.repeat(10).trim(); // 99 characters
  await ok('files.importPlan', { text: planFile(long) });
  const again = await athleteOf(await ok<Imported>('files.importPlan', { text: planFile(long) }));
  expect(again.name).toHaveLength(100);
  expect(again.name.endsWith(' (2)')).toBe(true);
  // Still a name the athlete form accepts as it is.
  await ok('athletes.update', { id: again.id, name: again.name });
});

it('uses the existing athlete when asked, and leaves a name no other athlete has as the file gives it', async () => {
  const first = await ok<Imported>('files.importPlan', { text: planFile('Sam Lee') });
  const into = await ok<Imported>('files.importPlan', {
    text: planFile('Sam Lee', 'Autumn 10K'),
    athleteId: first.plan.athleteId,
  });
  expect(into.plan.athleteId).toBe(first.plan.athleteId);
  expect(into.notices).toEqual([]);
  expect((await athleteOf(await ok<Imported>('files.importPlan', { text: planFile('Sam Leeds') }))).name).toBe(
    'Sam Leeds',
  );
  expect((await ok<Athlete[]>('athletes.list', {})).map((a) => a.name)).toEqual(['Sam Lee', 'Sam Leeds']);
});
