import { describe, expect, it } from 'vitest';
import { LOAD_HELP } from './load-help';

const section = (heading: string) => LOAD_HELP.find((s) => s.heading === heading)?.text ?? '';

describe('the load help says what load.md says', () => {
  it('gives every default RPE of the table', () => {
    expect(section('Effort when none is set')).toBe(
      'Where a session has no RPE, its kind gives one: easy run 3, recovery run 2, long run 5, tempo run 7, ' +
        'intervals 8, hill repeats 8, fartlek 6, race 9, cross-training 4, strength 5. Rest days have none.',
    );
  });

  it('notes weeks above 1.5, except (v2) a week that holds a race', () => {
    expect(section('Acute:chronic ratio')).toMatch(/notes weeks above 1\.5, except a week that holds a race/);
  });

  it('explains fitness, fatigue and form (v2) in neutral names: 42 and 7 days, form the day before, the start', () => {
    const text = section('Fitness, fatigue and form');
    expect(text).toMatch(/42 days/);
    expect(text).toMatch(/7 days/);
    expect(text).toMatch(/fitness minus fatigue of the day before/);
    expect(text).toMatch(/recent weekly distance at easy pace and RPE 3/);
    expect(text).not.toMatch(/\b(CTL|ATL|TSB|TSS)\b/);
  });
});
