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
import { athletePaces } from '../../../../src-shared/domain/paces';
import { stepTotals } from '../../../../src-shared/domain/steps';
import { parseStepsText } from '../../../../src-shared/domain/steps-text';
import type { CoachSession } from '../../../../src-shared/domain/types';

export const SAMPLE_MARK = '(sample)';
export const SAMPLE_ATHLETE = `Alex Rivera ${SAMPLE_MARK}`;

export function isSampleAthleteName(name: string): boolean {
  return name.endsWith(SAMPLE_MARK);
}

const ATHLETE: PlanFileData['athlete'] = {
  name: SAMPLE_ATHLETE,
  level: 'intermediate',
  runDaysPerWeek: 6,
  easyPaceSecPerKm: 345,
  fatigued: false,
  recoveryStyle: 'runs',
  recentLongestRunKm: 14,
};

/**
 * A quality session as a coach writes it: its steps (so the sample shows the steps line, the pace
 * ranges in print and a watch file to export), and its time and distance typed as the steps add up
 * for the sample athlete, so the inspector flags no difference.
 */
function workout(title: string, stepsText: string, notes: string | null = null) {
  const parsed = parseStepsText(stepsText);
  if (!parsed.ok) throw new Error(`sample steps "${stepsText}": ${parsed.error.message}`);
  const t = stepTotals(parsed.steps, athletePaces(ATHLETE));
  return {
    title,
    steps: parsed.steps,
    durationMin: Math.round(t.durationMin),
    distanceKm: Math.round(t.distanceKm * 2) / 2,
    notes,
  };
}

const SPEED = [
  workout(
    '6 × 800 m @ 5K pace, 2 min jog',
    '15min E, 6x(800m I, 2min jog), 10min E',
    'Warm up 15 min easy with strides; cool down 10 min.',
  ),
  workout(
    '8 × 60 s hills, jog down',
    '15min E, 8x(60s RPE 8, 2min jog), 10min E',
    'A steady 6–8 % hill; drive the arms, tall posture.',
  ),
  workout('5 × 1 km @ 5K pace, 90 s jog', '15min E, 5x(1km I, 90s jog), 10min E'),
];
const TEMPO = {
  early: workout('3 × 10 min at threshold', '10min E, 3x(10min T, 2min jog), 5min E'),
  late: workout('2 × 15 min at threshold', '10min E, 2x(15min T, 3min jog), 5min E'),
  cutback: workout('20 min steady', '10min E, 20min M, 10min E'),
};
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
      add(w, 3, { kind: 'tempo', ...(cutback ? TEMPO.cutback : w < 6 ? TEMPO.early : TEMPO.late) });
      // Week 6's Saturday is the parkrun instead (below).
      if (w !== 6) add(w, 5, { kind: 'easy', title: null, durationMin: 40, distanceKm: 7 });
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
  add(12, 1, {
    kind: 'intervals',
    ...workout('4 × 400 m @ race pace', '12min E, 4x(400m @4:55-5:00, 90s jog), 8min E'),
  });
  add(12, 3, { kind: 'easy', title: 'Shake-out with 4 strides', durationMin: 30, distanceKm: 5 });
  add(12, 6, {
    kind: 'race',
    title: 'City Half Marathon',
    durationMin: 105,
    distanceKm: 21.1,
    notes: 'Goal: 1:45. Start at 5:00 per km.',
  });

  return {
    athlete: ATHLETE,
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
