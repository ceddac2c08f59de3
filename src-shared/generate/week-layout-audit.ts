/**
 * Measures of a draft's week layout as a coach reads the calendar, for the tests (and the grid
 * counts in their notes): what the day before the race holds, which cutback and taper weeks bunch
 * their runs where the week could spread them, and runs on days the athlete cannot run. Reads the
 * draft as `stride rules` shows it (coach sessions and the rules' recovery runs). Decides nothing.
 */
import { daysBetween, weekdayOf } from '../domain/dates';
import type { PlanFileData } from '../domain/plan-file';
import { DAY_CODES, type EvaluatedPlan } from '../domain/types';

/** Kinds that are a run on the calendar. */
const RUN_KINDS = new Set(['easy', 'recovery', 'long', 'tempo', 'intervals', 'hills', 'fartlek', 'race']);
/** Runs a coach would not move to spread a week: the hard sessions and the race. */
const FIXED_KINDS = new Set(['long', 'tempo', 'intervals', 'hills', 'fartlek', 'race']);
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

interface Draft {
  data: PlanFileData;
  evaluated: EvaluatedPlan;
}

/** The runs on the day before the race: kind and minutes ("easy 85 min"). */
export function dayBeforeRace(r: Draft): string[] {
  const race = r.data.sessions.find((s) => s.kind === 'race');
  if (!race) return [];
  return r.evaluated.sessions
    .filter((s) => RUN_KINDS.has(s.kind) && daysBetween(s.date, race.date) === 1)
    .map((s) => `${s.kind} ${s.durationMin ?? 0} min`);
}

/** The athlete's available days as ISO weekdays (0 = Monday); every day where none are set. */
function availableWeekdays(r: Draft): boolean[] {
  const codes = r.data.athlete.availableDays;
  return DAY_CODES.map((c) => !codes || codes.includes(c));
}

/** Runs on a day the athlete cannot run ("easy Mon 7 Jun"... as "easy 2027-06-07 (week 3)"). */
export function runsOnDaysOff(r: Draft): string[] {
  const avail = availableWeekdays(r);
  const start = r.data.plan.startDate;
  return r.evaluated.sessions
    .filter((s) => RUN_KINDS.has(s.kind) && !avail[weekdayOf(s.date)])
    .map((s) => `${s.kind} ${s.date} (week ${Math.floor(daysBetween(start, s.date) / 7) + 1})`);
}

/**
 * The cutback and taper weeks (phase `recovery` or `taper`, or running 15 % less than the week
 * before; race week up to the race) whose runs bunch: two days in a row without a run while two
 * runs sit on consecutive days, where moving the week's easy and recovery runs to other days the
 * athlete can run (the hard sessions and the race kept on their days) leaves no two days in a row
 * without a run. Each as "week 10 (taper): Mon Tue - - Fri - Sun".
 */
export function bunchedEasedWeeks(r: Draft): string[] {
  const { plan } = r.data;
  const start = plan.startDate;
  const race = r.data.sessions.find((s) => s.kind === 'race');
  const raceDay = race ? daysBetween(start, race.date) : 7 * plan.weeks;
  const avail = availableWeekdays(r);
  const startWd = weekdayOf(start);
  const km = new Array<number>(plan.weeks).fill(0);
  const kind: (string | null)[] = new Array<string | null>(7 * plan.weeks).fill(null);
  for (const s of r.evaluated.sessions) {
    if (!RUN_KINDS.has(s.kind)) continue;
    const d = daysBetween(start, s.date);
    if (d < 0 || d >= 7 * plan.weeks) continue;
    if (s.kind !== 'race') km[Math.floor(d / 7)] += s.distanceKm ?? 0;
    kind[d] = s.kind;
  }
  const out: string[] = [];
  for (let w = 0; w < plan.weeks; w++) {
    const phase = plan.phases?.find((p) => p.week === w + 1)?.phase;
    const cutback = w > 0 && km[w] <= 0.85 * km[w - 1] + 1e-9;
    if (!(phase === 'taper' || phase === 'recovery' || phase === 'race' || cutback)) continue;
    const first = 7 * w;
    const end = Math.min(first + 7, raceDay + 1);
    const len = end - first;
    if (len < 2) continue;
    const run = Array.from({ length: len }, (_, i) => kind[first + i] !== null);
    if (!hasEmptyPair(run) || !run.some((x, i) => x && run[i + 1])) continue;
    // Could the week spread them? Its movable runs onto any free day the athlete can run.
    const fixed = Array.from({ length: len }, (_, i) => FIXED_KINDS.has(kind[first + i] ?? ''));
    const movable = run.filter((x, i) => x && !fixed[i]).length;
    const slots: number[] = [];
    for (let i = 0; i < len; i++) if (!fixed[i] && avail[(startWd + first + i) % 7]) slots.push(i);
    if (!spreadable(fixed, slots, movable)) continue;
    const label = phase === 'recovery' || phase === 'taper' || phase === 'race' ? phase : 'cutback';
    const layout = run.map((x, i) => (x ? DAY_NAMES[(startWd + first + i) % 7] : '-')).join(' ');
    out.push(`week ${w + 1} (${label}): ${layout}`);
  }
  return out;
}

function hasEmptyPair(run: readonly boolean[]): boolean {
  return run.some((x, i) => i + 1 < run.length && !x && !run[i + 1]);
}

/** Whether `count` runs on `slots` beside the fixed ones can leave no two days in a row without a run. */
function spreadable(fixed: readonly boolean[], slots: readonly number[], count: number): boolean {
  const pick = (from: number, left: number, run: boolean[]): boolean => {
    if (left === 0) return !hasEmptyPair(run);
    for (let i = from; i <= slots.length - left; i++) {
      run[slots[i]] = true;
      if (pick(i + 1, left - 1, run)) return true;
      run[slots[i]] = false;
    }
    return false;
  };
  return pick(0, count, [...fixed]);
}
