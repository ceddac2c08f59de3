/**
 * The "Apply to athletes…" dialog's rows as data: each athlete chosen or not, with a start or race
 * date and a scale, and what that athlete's copy would be (its dates and the warnings the rules
 * give with *their* settings) or why it is refused, computed with the same shared template
 * function main applies, so the preview cannot disagree with what gets stored.
 */
import type { Athlete } from '../../../../src-shared/api/entities';
import { isIsoDate, longDateLabel, type IsoDate } from '../../../../src-shared/domain/dates';
import { evaluatePlan } from '../../../../src-shared/rules/evaluate-plan';
import { applyTemplate, templateRace, type TemplatePlan } from '../../../../src-shared/templates/apply-template';

export interface TemplateRow {
  athleteId: number;
  chosen: boolean;
  mode: 'race' | 'start';
  date: IsoDate;
  /** As typed: a whole percent. */
  scale: string;
}

export type RowPreview =
  | { ok: true; summary: string; warnings: number }
  | { ok: false; message: string }
  | null;

export interface TemplateTargetInput {
  athleteId: number;
  startDate?: IsoDate;
  raceDate?: IsoDate;
  scalePercent: number;
}

/** One row per athlete; dates start at the plan's own race (else start) for the coach to move. */
export function initialRows(athletes: readonly Athlete[], source: TemplatePlan): TemplateRow[] {
  const race = templateRace(source.sessions);
  return athletes.map((a) => ({
    athleteId: a.id,
    chosen: false,
    mode: race ? 'race' : 'start',
    date: race ? race.date : source.settings.startDate,
    scale: '100',
  }));
}

export function rowTarget(row: TemplateRow): TemplateTargetInput {
  const scalePercent = Number(row.scale.trim().replace(/%$/, ''));
  return {
    athleteId: row.athleteId,
    ...(row.mode === 'race' ? { raceDate: row.date } : { startDate: row.date }),
    scalePercent: row.scale.trim() === '' ? NaN : scalePercent,
  };
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function rowPreview(row: TemplateRow, athlete: Athlete | undefined, source: TemplatePlan): RowPreview {
  if (!row.chosen || !athlete) return null;
  if (!isIsoDate(row.date)) return { ok: false, message: row.mode === 'race' ? 'Pick the race date.' : 'Pick the start date.' };
  const target = rowTarget(row);
  if (Number.isNaN(target.scalePercent)) return { ok: false, message: `The scale must be a whole percent from 50 to 150 (“${row.scale}” is not).` };
  const result = applyTemplate(source, target);
  if (!result.ok) return { ok: false, message: result.message };
  const { settings, sessions, dismissed } = result.plan;
  const warnings = evaluatePlan({ athlete, plan: settings, sessions: [...sessions], dismissed: [...dismissed] }).warnings.length;
  return {
    ok: true,
    warnings,
    summary: `${plural(settings.weeks, 'week')} from ${longDateLabel(settings.startDate)} · ${warnings === 0 ? 'no warnings' : plural(warnings, 'warning')}`,
  };
}
