import { describe, expect, it } from 'vitest';
import type { AppliedTemplate, Athlete, Plan } from '../../../../src-shared/api/entities';
import type { PlanDocument } from '../../../../src-shared/api/entities';
import type { TemplatePlan } from '../../../../src-shared/templates/apply-template';
import { initialRows, rowPreview, rowTarget } from './template-rows';
import { appliedText, templateTakeBack } from './template-undo';

const athlete = (id: number, name: string, more: Partial<Athlete> = {}): Athlete => ({
  id,
  name,
  level: 'intermediate',
  runDaysPerWeek: 5,
  easyPaceSecPerKm: 330,
  fatigued: false,
  recoveryStyle: 'runs',
  recentLongestRunKm: null,
  units: 'km',
  ...more,
});

const source: TemplatePlan = {
  settings: { name: 'Spring half', goal: null, units: 'km', startDate: '2027-03-01', weeks: 2, weekStartsOn: 'monday' },
  phases: [],
  sessions: [
    { id: 'l', date: '2027-03-07', kind: 'long', title: null, durationMin: 90, distanceKm: 15, rpe: null, notes: null },
    {
      id: 'r',
      date: '2027-03-14',
      kind: 'race',
      title: null,
      durationMin: null,
      distanceKm: 21.1,
      rpe: null,
      notes: null,
    },
  ],
  dismissed: [],
};

describe('the Apply to athletes rows', () => {
  it('start unchosen at the plan’s race date, and preview a chosen row with that athlete’s warnings', () => {
    const [row] = initialRows([athlete(1, 'Sam')], source);
    expect(row).toEqual({ athleteId: 1, chosen: false, mode: 'race', date: '2027-03-14', scale: '100' });
    expect(rowPreview(row, athlete(1, 'Sam'), source)).toBeNull();
    const chosen = { ...row, chosen: true, date: '2027-04-11', scale: '90' };
    expect(rowTarget(chosen)).toEqual({ athleteId: 1, raceDate: '2027-04-11', scalePercent: 90 });
    const preview = rowPreview(chosen, athlete(1, 'Sam'), source);
    expect(preview).toMatchObject({ ok: true });
    expect(preview?.ok && preview.summary).toMatch(/^2 weeks from Mon 29 Mar 2027 · (no warnings|\d+ warnings?)$/);
  });

  it('say why a row is refused: a missing date, a scale that is not a number, the shared sentence', () => {
    const [row] = initialRows([athlete(1, 'Sam')], source);
    expect(rowPreview({ ...row, chosen: true, date: '' }, athlete(1, 'Sam'), source)).toEqual({
      ok: false,
      message: 'Pick the race date.',
    });
    expect(rowPreview({ ...row, chosen: true, scale: 'lots' }, athlete(1, 'Sam'), source)).toMatchObject({ ok: false });
    const r = rowPreview({ ...row, chosen: true, scale: '40' }, athlete(1, 'Sam'), source);
    expect(r).toEqual({ ok: false, message: 'The scale must be a whole percent from 50 to 150 (40 % is not).' });
  });
});

describe('the notice after applying', () => {
  const applied = (id: number, athleteName: string, warnings: number, version = 1): AppliedTemplate => ({
    plan: { id } as Plan,
    athleteName,
    version,
    warnings,
  });
  const doc = (id: number, version: number) => ({ plan: { id }, version }) as PlanDocument;

  it('names each athlete with their warnings', () => {
    expect(appliedText('Spring half', [applied(5, 'Sam', 2), applied(6, 'Ada', 0)])).toBe(
      'Applied “Spring half” to Sam (2 warnings) and Ada (no warnings)',
    );
    expect(
      appliedText(
        'P',
        [1, 2, 3, 4].map((i) => applied(i, `A${i}`, 1)),
      ),
    ).toBe('Applied “P” to 4 athletes (4 warnings in all)');
  });

  it('offers Ctrl+Z while the plan in view is the source or a copy as made, and undoes all copies at once', async () => {
    let inView = doc(1, 7);
    let changing = false;
    const undone: unknown[] = [];
    const texts: string[] = [];
    const takeBack = templateTakeBack(
      { id: 1, version: 7, name: 'Spring half' },
      [applied(5, 'Sam', 0, 1), applied(6, 'Ada', 0, 1)],
      {
        doc: () => inView,
        changing: () => changing,
        undo: async (plans) => void undone.push(plans),
        ondone: (t) => texts.push(t),
        onerror: (t) => texts.push(`error: ${t}`),
      },
    );
    expect(takeBack.stillNext()).toBe(true);
    inView = doc(6, 1);
    expect(takeBack.stillNext()).toBe(true);
    // An edit of the copy is on screen but main has not answered yet: the copy has moved on.
    changing = true;
    expect(takeBack.stillNext()).toBe(false);
    changing = false;
    inView = doc(6, 2); // Ada's copy was edited: Ctrl+Z is that edit's undo again
    expect(takeBack.stillNext()).toBe(false);
    inView = doc(9, 1);
    expect(takeBack.stillNext()).toBe(false);
    await takeBack.run();
    expect(undone).toEqual([
      [
        { id: 5, version: 1 },
        { id: 6, version: 1 },
      ],
    ]);
    expect(texts).toEqual(['Took back “Spring half” from Sam and Ada']);
  });
});
