import { describe, expect, it } from 'vitest';
import { athleteDraft, parseAthleteDraft } from './athlete-form';

describe('the athlete form', () => {
  const draft = { ...athleteDraft(null), name: ' Maya ' };

  it('starts from the rules’ defaults', () => {
    expect(athleteDraft(null)).toMatchObject({
      level: 'intermediate',
      runDaysPerWeek: 5,
      recoveryStyle: 'runs',
      fatigued: false,
      easyPace: '',
    });
  });

  it('reads an easy pace per km or per mile into seconds per km', () => {
    const km = parseAthleteDraft({ ...draft, easyPace: '5:40' });
    expect(km.ok && km.fields).toMatchObject({ name: 'Maya', easyPaceSecPerKm: 340 });
    const mi = parseAthleteDraft({ ...draft, units: 'mi', easyPace: '9:07' });
    expect(mi.ok && mi.fields.easyPaceSecPerKm).toBe(340); // 547 s per mile
    const none = parseAthleteDraft(draft);
    expect(none.ok && none.fields.easyPaceSecPerKm).toBeNull();
  });

  it('names each bad field', () => {
    const bad = parseAthleteDraft({ ...draft, name: '', easyPace: '5.40', recentLongestRun: 'far' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(Object.keys(bad.errors).sort()).toEqual(['easyPace', 'name', 'recentLongestRun']);
    }
    const slow = parseAthleteDraft({ ...draft, easyPace: '15:30' });
    expect(!slow.ok && slow.errors.easyPace).toBe('Easy pace: between 2:30 and 15:00 per km');
  });

  it('shows a stored athlete’s pace and longest run in their units', () => {
    const d = athleteDraft({
      id: 1,
      name: 'Sam',
      level: 'beginner',
      runDaysPerWeek: 3,
      easyPaceSecPerKm: 410,
      fatigued: true,
      recoveryStyle: 'run-and-rest',
      recentLongestRunKm: 9.656,
      units: 'mi',
    });
    expect(d).toMatchObject({ easyPace: '11:00', recentLongestRun: '6' });
  });
});
