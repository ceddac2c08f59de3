/**
 * What each day of a draft holds while it is built, and the recovery runs the rules will add.
 * Decides nothing about the plan itself: it foresees, from the sessions placed so far, the
 * recovery runs `stride rules` will derive (recovery-rules.md rules 1–7, for the kinds a draft
 * holds), so that every week's distance, growth, cutback and load is measured as the rules will show
 * it (constraints 2, 3 and 5 are about the plan with those runs).
 */
import { addDays, type IsoDate } from '../domain/dates';
import type { CoachSession } from '../domain/types';
import { recoveryShape, type RecoveryShape } from '../rules/recovery-session';
import { RACE_KM, isoWeekday, type ResolvedGoal } from './goal';
import type { Frame } from './plan-frame';

/** Kinds the rules follow with a recovery run (rule 1), and kinds that count as a run day (rule 7). */
const HARD_KINDS = new Set(['long', 'tempo', 'intervals', 'race']);
const RUN_KINDS = new Set(['easy', 'recovery', 'long', 'tempo', 'intervals', 'race']);
/** A session's RPE by kind where the draft sets none (the rules read the same defaults). */
export const DEFAULT_RPE: Record<string, number> = { recovery: 2, long: 5, tempo: 7, intervals: 8, race: 9 };

/** A coach session as the generator writes it: title and RPE default to none. */
export type NewSession = Omit<CoachSession, 'title' | 'rpe'> & { title?: string | null; rpe?: number | null };

export class DayLedger {
  /** The kind on each day (offset from the plan's start); placeholders ('long', 'rest') mark days held for a while. */
  readonly kindAt: (string | undefined)[];
  /** Minutes × RPE of the session on each day, for the rules' run-and-rest choice (rule 6). */
  readonly loadAt: Float64Array;
  /** The recovery run the rules add for this athlete. */
  readonly shape: RecoveryShape;
  /** The days of the recovery runs the last `recoveryKm` foresaw. */
  recoveryAt: number[] = [];
  private readonly planDays: number;
  private readonly startWd: number;
  private readonly noRecovery: boolean;

  constructor(
    private readonly g: ResolvedGoal,
    f: Frame,
    /** Where placed sessions go (the draft's list). */
    private readonly sessions: CoachSession[],
  ) {
    const a = g.input.athlete;
    this.planDays = 7 * f.n;
    this.kindAt = new Array<string | undefined>(this.planDays);
    this.loadAt = new Float64Array(this.planDays);
    this.shape = recoveryShape({ level: g.level, easyPaceSecPerKm: a.easyPaceSecPerKm, recentRace: a.recentRace });
    this.startWd = isoWeekday(g.startDate);
    // Rules 3 and 4: a run-day budget of 3 or less, or a fatigued athlete, gets rest days, never recovery runs.
    this.noRecovery = g.budget <= 3 || a.fatigued === true;
  }

  /** ISO weekday (0 = Monday) of a day of the plan. */
  weekdayAt(day: number): number {
    return (this.startWd + day) % 7;
  }

  dateOf(day: number): IsoDate {
    return addDays(this.g.startDate, day);
  }

  /** Adds a coach session on `day` and records its kind and load there. */
  place(s: NewSession, day: number): void {
    this.sessions.push({ title: null, rpe: null, ...s });
    this.kindAt[day] = s.kind;
    this.loadAt[day] = (s.durationMin ?? 0) * (s.rpe ?? DEFAULT_RPE[s.kind] ?? 0);
  }

  /** Adds the coach's rest day on `day` (`id`), with the note that says why it is there. */
  placeRest(id: string, day: number, notes: string): void {
    this.place({ id, date: this.dateOf(day), kind: 'rest', durationMin: 0, distanceKm: null, notes }, day);
  }

  /** The recovery running the rules add in week w, with `extra` days also taken by easy runs (their days in `recoveryAt`). */
  recoveryKm(w: number, extra: readonly number[]): number {
    const { g, kindAt, loadAt, planDays } = this;
    const a = g.input.athlete;
    this.recoveryAt = [];
    if (this.noRecovery) return 0;
    const first = 7 * (w - 1);
    const end = first + 7;
    const taken = (d: number) => kindAt[d] !== undefined || extra.includes(d);
    let runDays = extra.length;
    for (let d = first; d < end; d++) if (kindAt[d] !== undefined && RUN_KINDS.has(kindAt[d]!)) runDays++;
    let km = 0;
    for (let d = Math.max(0, first - 3); d < end; d++) {
      const k = kindAt[d];
      if (!k || !HARD_KINDS.has(k)) continue;
      let target = d + 1;
      if (k === 'race' && g.raceKm >= RACE_KM.half - 1e-9) target = d + (g.raceKm >= RACE_KM.marathon - 1e-9 ? 3 : 2);
      if (
        target < first ||
        target >= end ||
        target >= planDays ||
        taken(target) ||
        !g.available[this.weekdayAt(target)]
      )
        continue;
      if (a.recoveryStyle === 'run-and-rest') {
        // Rule 6: in a week with two or more hard sessions, the heaviest one's recovery run is rest.
        const sw = Math.floor(d / 7);
        let count = 0;
        let heaviest = -1;
        for (let e = 7 * sw; e < 7 * sw + 7 && e < planDays; e++) {
          if (!kindAt[e] || !HARD_KINDS.has(kindAt[e]!)) continue;
          count++;
          if (heaviest < 0 || loadAt[e] >= loadAt[heaviest]) heaviest = e;
        }
        if (count >= 2 && heaviest === d) continue;
      }
      // Rule 7: within the run-day budget.
      if (runDays + 1 > g.budget) continue;
      runDays++;
      km += this.shape.distanceKm;
      this.recoveryAt.push(target);
    }
    return km;
  }
}
