import { describe, expect, it } from 'vitest';
import { parsePlanDraft, planDraft, snappedStart } from './plan-form';

describe('the plan form', () => {
  it('a new plan starts on the Monday of next week, 12 weeks long', () => {
    expect(planDraft(null, '2027-03-03', 'km')).toMatchObject({
      startDate: '2027-03-08',
      weeks: 12,
      weekStartsOn: 'monday',
      units: 'km',
    });
    expect(planDraft(null, '2027-03-07', 'mi')).toMatchObject({ startDate: '2027-03-08', units: 'mi' }); // a Sunday
  });

  it('shows where week 1 will start: the first day of the chosen date’s week', () => {
    expect(snappedStart({ startDate: '2027-03-03', weekStartsOn: 'monday' })).toBe('2027-03-01');
    expect(snappedStart({ startDate: '2027-03-06', weekStartsOn: 'sunday' })).toBe('2027-02-28');
    expect(snappedStart({ startDate: '', weekStartsOn: 'monday' })).toBeNull();
  });

  it('refuses a nameless plan and weeks outside 1–104', () => {
    const base = planDraft(null, '2027-03-03', 'km');
    const bad = parsePlanDraft({ ...base, name: ' ', weeks: 105 });
    expect(!bad.ok && Object.keys(bad.errors).sort()).toEqual(['name', 'weeks']);
    const zero = parsePlanDraft({ ...base, name: 'A', weeks: 0 });
    expect(zero.ok).toBe(false);
    const good = parsePlanDraft({ ...base, name: ' Spring 10K ', goal: '' });
    expect(good.ok && good.fields).toEqual({
      name: 'Spring 10K',
      goal: null,
      startDate: '2027-03-08',
      weeks: 12,
      weekStartsOn: 'monday',
      units: 'km',
    });
  });

  it('takes a goal of up to 200 characters, what a plan file carries (plan-file.md)', () => {
    const base = planDraft(null, '2027-03-03', 'km');
    expect(parsePlanDraft({ ...base, name: 'A', goal: 'g'.repeat(200) }).ok).toBe(true);
    const long = parsePlanDraft({ ...base, name: 'A', goal: 'g'.repeat(201) });
    expect(!long.ok && long.errors.goal).toBe('Goal: at most 200 characters');
  });
});
