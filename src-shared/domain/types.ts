/** The plan's data as the rules, the load figures, the store and the exports see it. */
import type { IsoDate, WeekStart } from './dates';
import type { SessionKind } from './kinds';
import type { RecentRace } from './paces';
import type { StepItem } from './steps';

export type Level = 'beginner' | 'intermediate' | 'advanced';
export type RecoveryStyle = 'runs' | 'run-and-rest';
export type Units = 'km' | 'mi';

export const LEVELS: readonly Level[] = ['beginner', 'intermediate', 'advanced'];
/** How a level reads in the app and on paper. */
export const LEVEL_LABEL: Record<Level, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};
export const RECOVERY_STYLES: readonly RecoveryStyle[] = ['runs', 'run-and-rest'];

/** A weekday as the plan file and the athlete's availability write it (v2). Index = ISO weekday (0 = Monday). */
export type DayCode = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const DAY_CODES: readonly DayCode[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A plan week's phase (plan-generator.md constraint 9, plan-file.md `plan.phases`). */
export type PhaseName = 'base' | 'build' | 'peak' | 'taper' | 'race' | 'recovery';
export const PHASE_NAMES: readonly PhaseName[] = ['base', 'build', 'peak', 'taper', 'race', 'recovery'];
/** How a week's phase reads in the calendar, the chart, the print and the PDF. */
export const PHASE_LABEL: Record<PhaseName, string> = {
  base: 'Base',
  build: 'Build',
  peak: 'Peak',
  taper: 'Taper',
  race: 'Race',
  recovery: 'Recovery',
};
export interface PlanPhase {
  week: number;
  phase: PhaseName;
}

/** What the rules read about an athlete (recovery-rules.md, "Athlete settings"). */
export interface AthleteSettings {
  level: Level;
  runDaysPerWeek: number;
  /** null: from `recentRace` where there is one, else the level's default (`athleteEasyPace` in paces.ts). */
  easyPaceSecPerKm: number | null;
  fatigued: boolean;
  recoveryStyle: RecoveryStyle;
  recentLongestRunKm: number | null;
  /** v2: weekdays the athlete can run; absent or null: all seven. */
  availableDays?: readonly DayCode[] | null;
  /** v2: preferred long-run day (plan generation); null: Sunday if available, else the latest available day. */
  longRunDay?: DayCode | null;
  /** v2: running distance of a recent normal week (plan generation; starting fitness and fatigue). */
  recentWeeklyKm?: number | null;
  /** v2: a recent race or time trial for the athlete's paces (paces.md); absent or null: none. */
  recentRace?: RecentRace | null;
}

/** The athlete's available weekdays as a 7-entry mask indexed by ISO weekday (0 = Monday). */
export function availabilityMask(a: Pick<AthleteSettings, 'availableDays'>): boolean[] {
  const days = a.availableDays;
  if (!days || days.length === 0) return [true, true, true, true, true, true, true];
  return DAY_CODES.map((d) => days.includes(d));
}

/** recovery-rules.md v2: min(runDaysPerWeek, number of availableDays). */
export function runDayBudget(a: Pick<AthleteSettings, 'runDaysPerWeek' | 'availableDays'>): number {
  const available = a.availableDays && a.availableDays.length > 0 ? new Set(a.availableDays).size : 7;
  return Math.min(a.runDaysPerWeek, available);
}

export const DEFAULT_EASY_PACE: Record<Level, number> = { beginner: 420, intermediate: 360, advanced: 300 };

export const DEFAULT_ATHLETE_SETTINGS: AthleteSettings = {
  level: 'intermediate',
  runDaysPerWeek: 5,
  easyPaceSecPerKm: null,
  fatigued: false,
  recoveryStyle: 'runs',
  recentLongestRunKm: null,
};

/** The calendar frame of a plan: week 1 starts on `startDate`, which falls on `weekStartsOn`. */
export interface PlanFrame {
  startDate: IsoDate;
  weeks: number;
  weekStartsOn: WeekStart;
  /** The plan's display unit, for distances in the warnings' words (absent: km). */
  units?: Units;
}

/** A session the coach placed. Optional numbers are null when not set. */
export interface CoachSession {
  id: string;
  date: IsoDate;
  kind: SessionKind;
  title: string | null;
  durationMin: number | null;
  distanceKm: number | null;
  rpe: number | null;
  notes: string | null;
  /** v2: structured steps (workouts.md); absent, null or empty: none. */
  steps?: StepItem[] | null;
}

export type DerivedRuleId =
  | 'recovery-after-hard'
  | 'rest-after-long-race'
  | 'recovery-after-long-race'
  | 'rest-low-frequency'
  | 'rest-fatigued'
  | 'rest-two-hard-week'
  | 'rest-run-day-budget';

export const DERIVED_RULE_IDS: readonly DerivedRuleId[] = [
  'recovery-after-hard',
  'rest-after-long-race',
  'recovery-after-long-race',
  'rest-low-frequency',
  'rest-fatigued',
  'rest-two-hard-week',
  'rest-run-day-budget',
];

/** A session a rule placed: a recovery run or a rest day, recomputed from coach sessions every time. */
export interface DerivedSession {
  id: string;
  date: IsoDate;
  kind: 'recovery' | 'rest';
  title: string;
  durationMin: number;
  distanceKm: number | null;
  rpe: number | null;
  notes: string;
  ruleId: DerivedRuleId;
  reason: string;
  sourceId: string;
}

/**
 * What the rules add to a coach session on output where the coach left a figure empty (v2,
 * paces.md): the estimated distance (a running session without a typed distance) and the
 * duration (steps' total or a race's predicted time). The typed fields stay as typed.
 */
export interface SessionEstimates {
  estimatedDistanceKm?: number;
  estimatedDurationMin?: number;
}

export type PlanSession = (CoachSession & SessionEstimates & { origin: 'coach' }) | (DerivedSession & { origin: 'rule' });

export interface Dismissal {
  date: IsoDate;
  ruleId: DerivedRuleId;
}

export type WarningRuleId =
  | 'back-to-back-hard'
  | 'too-soon-after-race'
  | 'run-spike'
  | 'distance-jump'
  | 'over-run-days'
  | 'unavailable-day'
  | 'taper-short'
  | 'load-spike'
  | 'high-monotony';

export interface PlanWarning {
  ruleId: WarningRuleId;
  severity: 'warning' | 'notice';
  dates: IsoDate[];
  sessionIds: string[];
  message: string;
}

export interface ZoneLoads {
  low: number;
  moderate: number;
  high: number;
}

/** One plan week's figures (load.md "Per plan week"). */
export interface WeekFigures {
  index: number; // 1-based
  start: IsoDate;
  loadAU: number;
  minutes: number;
  distanceKm: number;
  /** v2: the part of `distanceKm` that was estimated (load.md), rounded to 0.1. */
  estimatedKm?: number;
  hardSessions: number;
  runDays: number;
  monotony: number | null;
  strain: number | null;
  acwr: number | null;
  zones: ZoneLoads;
}

/** Everything the rules need: a pure function of this. */
export interface RulesInput {
  athlete: AthleteSettings;
  plan: PlanFrame;
  sessions: CoachSession[];
  dismissed: Dismissal[];
}

/** What the rules give back: the coach's sessions untouched plus what they derive, warnings and week figures. */
export interface EvaluatedPlan {
  /** Coach and derived sessions together, in date-then-id order. */
  sessions: PlanSession[];
  derived: DerivedSession[];
  warnings: PlanWarning[];
  weeks: WeekFigures[];
}
