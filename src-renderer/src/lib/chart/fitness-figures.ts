/**
 * Fitness, fatigue and form as the chart, its table and the PDF overview show them (load.md v2):
 * the `days` of `stride rules` (each figure to 0.1, from the shared `planDays`) and the form on
 * each race day. Nothing is computed here that `stride rules` does not print, so the screen,
 * the paper and the command line agree; the only extra is the race callout's whole number.
 *
 * Pure (no DOM, no chart.js), shared by the live chart and the print page.
 */
import { planFitness, dayFigures, type DayFigures } from '../../../../src-shared/domain/fitness';
import { addDays, daysBetween, dayLabel, type IsoDate } from '../../../../src-shared/domain/dates';
import { roundHalfUp } from '../../../../src-shared/domain/decimal';
import type { PlanFrame, PlanPhase, PlanSession, WeekFigures } from '../../../../src-shared/domain/types';
import { PHASE_LABEL, type PhaseName } from '../../../../src-shared/domain/types';

/** A race day's form: the day before's fitness minus fatigue (load.md), to 0.1 and whole. */
export interface RaceForm {
  date: IsoDate;
  /** 0-based day of the plan. */
  dayIndex: number;
  /** To 0.1, as `days` and the table give it. */
  form: number;
  /** The callout's figure: whole AU a day, halves up, from the unrounded form. */
  formWhole: number;
}

export interface FitnessOverlay {
  days: DayFigures[];
  races: RaceForm[];
}

type FitnessInput = Parameters<typeof planFitness>[0];

/** Every plan day's figures and each race day's form, from the sessions the rules evaluated. */
export function fitnessOverlay(input: FitnessInput, sessions: readonly PlanSession[]): FitnessOverlay {
  const series = planFitness(input, sessions);
  const days = dayFigures(input.plan.startDate, series);
  return { days, races: raceForms(input.plan, sessions, series.form) };
}

/** One entry per day holding a race session inside the plan, in date order. */
export function raceForms(plan: PlanFrame, sessions: readonly PlanSession[], form: ArrayLike<number>): RaceForm[] {
  const seen = new Set<number>();
  for (const s of sessions) {
    if (s.kind !== 'race') continue;
    const i = daysBetween(plan.startDate, s.date);
    if (i >= 0 && i < form.length) seen.add(i);
  }
  return [...seen]
    .sort((a, b) => a - b)
    .map((i) => {
      return {
        date: addDays(plan.startDate, i),
        dayIndex: i,
        form: roundHalfUp(form[i], 1),
        formWhole: roundHalfUp(form[i], 0),
      };
    });
}

/** A signed figure as a coach reads it: "+4", "−3" (a true minus sign), "0". */
export function signed(value: number, digits = 0): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return value > 0 ? `+${text}` : `−${text}`;
}

/** The race day's callout on the chart and the PDF: "Race: form +4". */
export function raceCallout(race: RaceForm): string {
  return `Race: form ${signed(race.formWhole)}`;
}

/** One day's figures in words, for the tooltip and the table's caption. */
export function dayFigureLine(day: DayFigures): string {
  return `${dayLabel(day.date)}: fitness ${day.fitness.toFixed(1)} · fatigue ${day.fatigue.toFixed(1)} · form ${signed(day.form, 1)}`;
}

/** A run of consecutive weeks in one phase, by 0-based data index (inclusive). */
export interface PhaseRun {
  from: number;
  to: number;
  phase: PhaseName;
  label: string;
}

/** The plan's phases as runs of weeks, for the chart's bands; none where the plan has no phases. */
export function phaseRuns(weeks: readonly WeekFigures[], phases: readonly PlanPhase[] | undefined): PhaseRun[] {
  if (!phases || phases.length === 0) return [];
  const of = new Map(phases.map((p) => [p.week, p.phase]));
  const runs: PhaseRun[] = [];
  weeks.forEach((w, i) => {
    const phase = of.get(w.index);
    const last = runs.at(-1);
    if (!phase) return;
    if (last && last.phase === phase && last.to === i - 1) last.to = i;
    else runs.push({ from: i, to: i, phase, label: PHASE_LABEL[phase] });
  });
  return runs;
}
