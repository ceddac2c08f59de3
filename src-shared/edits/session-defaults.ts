/**
 * What a new session gets from its kind when the coach leaves a field out (a palette drop, a
 * `sessions.add` call, a template). The one place these defaults live: the renderer's preview
 * and main's store both build new sessions here, so a dropped card and the stored one agree.
 */
import type { IsoDate } from '../domain/dates';
import { DEFAULT_DISTANCE_KM, DEFAULT_DURATION_MIN, type SessionKind } from '../domain/kinds';
import type { CoachSession } from '../domain/types';
import type { SessionFields } from './plan-edit';

export function sessionFromKind(
  id: string,
  date: IsoDate,
  kind: SessionKind,
  fields: Partial<Omit<SessionFields, 'kind'>> = {},
): CoachSession {
  return {
    id,
    date,
    kind,
    title: fields.title ?? null,
    // Steps give their own duration (their total), so a stepped session leaves it empty.
    durationMin:
      fields.durationMin === undefined ? (fields.steps?.length ? null : DEFAULT_DURATION_MIN[kind]) : fields.durationMin,
    distanceKm: fields.distanceKm === undefined ? (DEFAULT_DISTANCE_KM[kind] ?? null) : fields.distanceKm,
    rpe: fields.rpe ?? null,
    notes: fields.notes ?? null,
    ...(fields.steps?.length ? { steps: fields.steps } : {}),
  };
}
