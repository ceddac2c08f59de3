import { describe, expect, it } from 'vitest';
import type { Athlete, Plan } from '../../../../src-shared/api/entities';
import { numberedName, tellApart } from './tell-apart';

const athlete = (id: number, name: string, over: Partial<Athlete> = {}): Athlete =>
  ({ id, name, level: 'intermediate', runDaysPerWeek: 5, ...over }) as Athlete;
const plan = (athleteId: number, name: string, startDate: string): Plan => ({ athleteId, name, startDate }) as Plan;

describe('tellApart', () => {
  it('gives nothing to names nobody else has', () => {
    expect(tellApart([athlete(1, 'Maya'), athlete(2, 'Sam Lee')], () => []).size).toBe(0);
  });

  it('tells same-named athletes apart by level and days when those differ (case and spaces ignored)', () => {
    const d = tellApart(
      [athlete(1, 'Sam Lee'), athlete(2, ' sam lee', { level: 'beginner', runDaysPerWeek: 3 }), athlete(3, 'Maya')],
      () => [],
    );
    expect([...d]).toEqual([
      [1, 'Intermediate · 5 days/wk'],
      [2, 'Beginner · 3 days/wk'],
    ]);
  });

  it('falls back to the plan count, then the latest plan, then the order they were added in', () => {
    const plans = [plan(1, 'Spring 10K', '2027-03-01'), plan(2, 'Autumn half', '2027-09-06'), plan(2, 'Base', '2027-01-04')];
    const of = (id: number) => plans.filter((p) => p.athleteId === id);
    expect(tellApart([athlete(1, 'Sam Lee'), athlete(2, 'Sam Lee')], of)).toEqual(
      new Map([
        [1, '1 plan'],
        [2, '2 plans'],
      ]),
    );
    const one = (id: number) => of(id).slice(0, 1);
    expect(tellApart([athlete(1, 'Sam Lee'), athlete(2, 'Sam Lee')], one)).toEqual(
      new Map([
        [1, 'Spring 10K'],
        [2, 'Autumn half'],
      ]),
    );
    expect(tellApart([athlete(7, 'Sam Lee'), athlete(3, 'Sam Lee'), athlete(9, 'Sam Lee')], () => [])).toEqual(
      new Map([
        [7, 'added 2nd'],
        [3, 'added 1st'],
        [9, 'added 3rd'],
      ]),
    );
  });
});

describe('numberedName', () => {
  it('splits the number an import gave off the name, so the list can cut the name and keep it', () => {
    expect(numberedName('Alexandra Montgomery-Whitfield (12)')).toEqual({ base: 'Alexandra Montgomery-Whitfield', number: ' (12)' });
    expect(numberedName('Sam Lee')).toEqual({ base: 'Sam Lee', number: '' });
    expect(numberedName('(2)')).toEqual({ base: '(2)', number: '' });
    expect(numberedName('Sam Lee (2a)')).toEqual({ base: 'Sam Lee (2a)', number: '' });
  });
});
