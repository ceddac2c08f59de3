/** The words on a session card and in its tooltip. */
import { DEFAULT_TITLE, KIND_LABEL, effectiveRpe, effectiveTitle } from '../../../../src-shared/domain/kinds';
import { formatStepsText } from '../../../../src-shared/domain/steps-text';
import { shownDistance, shownDuration } from '../../../../src-shared/domain/session-estimates';
import type { PlanSession, Units } from '../../../../src-shared/domain/types';
import { formatDistance, formatDuration } from '../../../../src-shared/domain/units';

/** ["60 min", "10.0 km", "RPE 8"]: the card's small figures; none for a rest day. */
export function cardFigures(s: PlanSession, units: Units): string[] {
  if (s.kind === 'rest') return [];
  const parts: string[] = [];
  // v2: what the coach left empty shows its estimate, marked "≈" (never in place of a typed figure).
  const duration = shownDuration(s);
  const distance = shownDistance(s);
  if (duration.min != null) parts.push(`${duration.estimated ? '≈' : ''}${formatDuration(duration.min)}`);
  if (distance.km != null && distance.km > 0) parts.push(`${distance.estimated ? '≈' : ''}${formatDistance(distance.km, units)}`);
  const rpe = effectiveRpe(s);
  if (rpe != null) parts.push(`RPE ${rpe}`);
  return parts;
}

/** "60 min · 10.0 km · RPE 8" */
function cardMeta(s: PlanSession, units: Units): string {
  return cardFigures(s, units).join(' · ');
}

/** The title line, only when the coach wrote one: the kind label already says "Intervals". */
export function customTitle(s: PlanSession): string | null {
  const t = s.title?.trim();
  return t && t !== DEFAULT_TITLE[s.kind] ? t : null;
}

export function cardTooltip(s: PlanSession, units: Units): string {
  if (s.origin === 'rule') return s.reason;
  const meta = cardMeta(s, units);
  const lines = [`${KIND_LABEL[s.kind]}: ${effectiveTitle(s)}`];
  if (meta) lines.push(meta);
  if (s.steps && s.steps.length > 0) lines.push(formatStepsText(s.steps, units));
  if (s.notes) lines.push(s.notes);
  return lines.join('\n');
}
