/**
 * The sample a first-time coach can open from the empty window: a realistic 12-week half-marathon
 * plan (intervals or hills on Tuesday, tempo on Thursday, an easy Saturday, the long run on
 * Sunday building from 14 to 22 km with lighter weeks 4 and 8, a taper and the race), so the
 * recovery runs the rules add, a few warnings and the load chart all show at once.
 *
 * It is marked as a sample (the athlete's name says so) and removed like any athlete; the app
 * offers "Remove sample" above its calendar.
 */
import { addDays, startOfWeek, type IsoDate } from '../../../../src-shared/domain/dates';
import type { PlanFileData } from '../../../../src-shared/domain/plan-file';
import type { CoachSession } from '../../../../src-shared/domain/types';

export const SAMPLE_MARK = '(sample)';
export const SAMPLE_ATHLETE = `Alex Rivera ${SAMPLE_MARK}`;

export function isSampleAthleteName(name: string): boolean {
  return name.endsWith(SAMPLE_MARK);
}

const SPEED = [
  {
    title: '6 × 800 m @ 5K pace, 2 min jog',
    durationMin: 55,
    distanceKm: 9,
    notes: 'Warm up 15 min easy with strides; cool down 10 min.',
  },
  {
    title: '8 × 60 s hills, jog down',
    durationMin: 50,
    distanceKm: 8,
    notes: 'A steady 6–8 % hill; drive the arms, tall posture.',
  },
  { title: '5 × 1 km @ 10K pace, 90 s jog', durationMin: 60, distanceKm: 10, notes: null },
];
const LONG_KM = [14, 15, 16, 13, 17, 18, 19, 15, 20, 21, 22, 0];

/** The plan file's data: one call (files.importPlan) stores the athlete, the plan and its sessions. */
export function samplePlanData(today: IsoDate): PlanFileData {
  const start = startOfWeek(today, 'monday');
  const sessions: CoachSession[] = [];
  const add = (
    week: number,
    day: number,
    s: Omit<CoachSession, 'id' | 'date' | 'rpe' | 'notes'> & Partial<CoachSession>,
  ) =>
    sessions.push({
      rpe: null,
      notes: null,
      ...s,
      id: `sample-w${week}-d${day}-${s.kind}`,
      date: addDays(start, (week - 1) * 7 + day),
    });
  for (let w = 1; w <= 12; w++) {
    const cutback = w === 4 || w === 8;
    if (w < 12) {
      // Intervals in odd weeks (two sessions in turn), hills in even ones.
      const speed = w % 2 ? SPEED[w % 4 === 1 ? 0 : 2] : SPEED[1];
      add(w, 1, { kind: w % 2 ? 'intervals' : 'hills', ...speed });
      add(w, 3, {
        kind: 'tempo',
        title: cutback ? '20 min steady' : `${w < 6 ? 3 : 2} × ${w < 6 ? 10 : 15} min at threshold`,
        durationMin: cutback ? 40 : 50,
        distanceKm: cutback ? 7 : 10,
      });
      add(w, 5, { kind: 'easy', title: null, durationMin: 40, distanceKm: 7 });
      add(w, 6, {
        kind: 'long',
        title: null,
        durationMin: Math.round(LONG_KM[w - 1] * 6.2),
        distanceKm: LONG_KM[w - 1],
        notes: w >= 9 ? 'Last 3 km at half-marathon pace.' : null,
      });
    }
    if (w === 6) {
      // A parkrun the day before the long run: the back-to-back warning a coach should see.
      add(w, 5, {
        kind: 'race',
        title: 'parkrun 5K',
        durationMin: 25,
        distanceKm: 5,
        notes: 'Race it; easy long run tomorrow.',
      });
    }
    if (w === 9) add(w, 4, { kind: 'strength', title: 'Core and hips', durationMin: 30, distanceKm: null });
  }
  // Race week: a short sharpener, an easy shake-out, and the race on Sunday.
  add(12, 1, { kind: 'intervals', title: '4 × 400 m @ race pace', durationMin: 35, distanceKm: 6 });
  add(12, 3, { kind: 'easy', title: 'Shake-out with 4 strides', durationMin: 30, distanceKm: 5 });
  add(12, 6, {
    kind: 'race',
    title: 'City Half Marathon',
    durationMin: 105,
    distanceKm: 21.1,
    notes: 'Goal: 1:45. Start at 5:00 per km.',
  });

  return {
    athlete: {
      name: SAMPLE_ATHLETE,
      level: 'intermediate',
      runDaysPerWeek: 6,
      easyPaceSecPerKm: 345,
      fatigued: false,
      recoveryStyle: 'runs',
      recentLongestRunKm: 14,
    },
    plan: {
      name: 'Half marathon in 12 weeks (sample)',
      goal: 'Sub-1:45 at the City Half Marathon',
      startDate: start,
      weeks: 12,
      weekStartsOn: 'monday',
      units: 'km',
    },
    sessions,
    dismissed: [],
  };
}
