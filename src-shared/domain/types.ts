/** The plan's data as the rules, the load figures, the store and the exports see it. */
import type { IsoDate, WeekStart } from './dates';
import type { SessionKind } from './kinds';

export type Level = 'beginner' | 'intermediate' | 'advanced';
export type RecoveryStyle = 'runs' | 'run-and-rest';
export type Units = 'km' | 'mi';

export const LEVELS: readonly Level[] = ['beginner', 'intermediate', 'advanced'];
/** How a level reads in the app and on paper. */
export const LEVEL_LABEL: Record<Level, string> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' };
export const RECOVERY_STYLES: readonly RecoveryStyle[] = ['runs', 'run-and-rest'];

/** What the rules read about an athlete (recovery-rules.md, "Athlete settings"). */
export interface AthleteSettings {
  level: Level;
  runDaysPerWeek: number;
  /** null: the level's default (see `resolvedEasyPace`). */
  easyPaceSecPerKm: number | null;
  fatigued: boolean;
  recoveryStyle: RecoveryStyle;
  recentLongestRunKm: number | null;
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

export function resolvedEasyPace(a: Pick<AthleteSettings, 'level' | 'easyPaceSecPerKm'>): number {
  return a.easyPaceSecPerKm ?? DEFAULT_EASY_PACE[a.level];
}

/** The calendar frame of a plan: week 1 starts on `startDate`, which falls on `weekStartsOn`. */
export interface PlanFrame {
  startDate: IsoDate;
  weeks: number;
  weekStartsOn: WeekStart;
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

export type PlanSession = (CoachSession & { origin: 'coach' }) | (DerivedSession & { origin: 'rule' });

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
