/**
 * The inspector's fields as text, and their checks. Each field is checked and saved on its own
 * (on change), so one bad value never blocks the others and is never sent to main. The limits
 * are the contract's (src-shared/api/schemas.ts), stated in a coach's words.
 */
import { roundHalfUp } from '../../../../src-shared/domain/decimal';
import { DEFAULT_DISTANCE_KM, DEFAULT_DURATION_MIN, type SessionKind } from '../../../../src-shared/domain/kinds';
import {
  durationOverZeroText,
  needsDurationText,
  RACE_NEEDS_DISTANCE,
} from '../../../../src-shared/edits/session-refusals';
import type { CoachSession, Units } from '../../../../src-shared/domain/types';
import { kmToUnits, unitsToKm } from '../../../../src-shared/domain/units';
import type { SessionPatch } from '../state/coach-edits';

export type TextField = 'title' | 'duration' | 'distance' | 'rpe' | 'notes';
export type SessionDraft = Record<TextField, string>;

/** Which inspector field a main error's `field` (a contract field name) belongs to. */
export const FIELD_OF_CONTRACT: Record<string, TextField | 'kind'> = {
  title: 'title',
  durationMin: 'duration',
  distanceKm: 'distance',
  rpe: 'rpe',
  notes: 'notes',
  kind: 'kind',
};

/** A number for an input: no float noise, no trailing zeros ("6.21", "10", "12.5"). */
function numberText(value: number | null, digits: number): string {
  if (value == null) return '';
  return String(roundHalfUp(value, digits));
}

export function draftOf(s: CoachSession, units: Units): SessionDraft {
  return {
    title: s.title ?? '',
    duration: numberText(s.durationMin, 1),
    distance: s.distanceKm == null ? '' : numberText(kmToUnits(s.distanceKm, units), 2),
    rpe: s.rpe == null ? '' : String(s.rpe),
    notes: s.notes ?? '',
  };
}

type Parsed = { ok: true; patch: SessionPatch } | { ok: false; error: string };

function decimal(text: string): number | null {
  const t = text.trim().replace(',', '.');
  // "16." is 16: a trailing point is how many people type a whole number they meant to refine.
  if (!/^-?\d+(\.\d*)?$|^-?\.\d+$/.test(t)) return null;
  return Number(t);
}

/**
 * Check one field's text; the patch holds what `sessions.update` should receive. A session with
 * no duration, 0 minutes, or a race with no distance is refused in the shared edit rules' own
 * sentences (session-refusals.ts): the coach reads the same words whether this form or main
 * catches it ("Distance: a race needs a distance" here was "distanceKm: …" from main).
 */
export function parseField(
  field: TextField,
  text: string,
  kind: SessionKind,
  units: Units,
  /** v2: a session with steps may leave its duration empty (their total); so may a race (its predicted time). */
  hasSteps = false,
): Parsed {
  const trimmed = text.trim();
  switch (field) {
    case 'title':
      if (trimmed.length > 200) return { ok: false, error: 'Title: at most 200 characters' };
      return { ok: true, patch: { title: trimmed || null } };
    case 'notes':
      if (text.length > 5000) return { ok: false, error: 'Notes: at most 5,000 characters' };
      return { ok: true, patch: { notes: trimmed ? text : null } };
    case 'duration': {
      if (!trimmed) {
        if (kind === 'rest' || kind === 'race' || hasSteps) return { ok: true, patch: { durationMin: null } };
        return { ok: false, error: needsDurationText(kind) };
      }
      const n = decimal(trimmed);
      if (n == null) return { ok: false, error: 'Duration: enter minutes as a number, e.g. 45' };
      if (n < 0) return { ok: false, error: 'Duration: cannot be negative' };
      if (n === 0 && kind !== 'rest') return { ok: false, error: durationOverZeroText(kind) };
      // plan-file.md and the store: at most 1,440 (a 24-hour race), so an imported ultra stays editable.
      if (n > 1440) return { ok: false, error: 'Duration: at most 1,440 minutes (24 h)' };
      return { ok: true, patch: { durationMin: n } };
    }
    case 'distance': {
      if (!trimmed) {
        if (kind === 'race') return { ok: false, error: RACE_NEEDS_DISTANCE };
        return { ok: true, patch: { distanceKm: null } };
      }
      const n = decimal(trimmed);
      if (n == null) return { ok: false, error: `Distance: enter ${units} as a number, e.g. 8.5` };
      if (n < 0) return { ok: false, error: 'Distance: cannot be negative' };
      if (kind === 'race' && n === 0) return { ok: false, error: RACE_NEEDS_DISTANCE };
      // Kilometres to the metre: enough for any run, and no float noise from the mile conversion.
      const km = roundHalfUp(unitsToKm(n, units), 3);
      if (km > 300) return { ok: false, error: `Distance: at most ${units === 'mi' ? '186.4 mi' : '300 km'}` };
      return { ok: true, patch: { distanceKm: km } };
    }
    case 'rpe': {
      if (!trimmed) return { ok: true, patch: { rpe: null } };
      const n = decimal(trimmed);
      if (n == null || !Number.isInteger(n) || n < 1 || n > 10) {
        return { ok: false, error: 'RPE: a whole number from 1 to 10' };
      }
      return { ok: true, patch: { rpe: n } };
    }
  }
}

/**
 * Changing the kind keeps the session valid: a race needs a distance and every kind but rest a
 * duration, so the kind's default fills what is missing (the coach can then edit it).
 */
export function kindChangePatch(s: CoachSession, kind: SessionKind): SessionPatch {
  const patch: SessionPatch = { kind };
  if (kind !== 'rest' && s.durationMin == null) patch.durationMin = DEFAULT_DURATION_MIN[kind];
  if (kind === 'race' && (s.distanceKm == null || s.distanceKm <= 0)) patch.distanceKm = DEFAULT_DISTANCE_KM.race ?? 10;
  // A rest day is a rest day: no title, duration, distance, effort, notes or steps left over from
  // the run it was ("6×800 m @ 5K pace" on a rest day). The change is one update (one undo step).
  if (kind === 'rest') {
    Object.assign(patch, { title: null, durationMin: null, distanceKm: null, rpe: null, notes: null });
    if (s.steps && s.steps.length > 0) patch.steps = null;
  }
  return patch;
}

/** True when the patch changes nothing (no call is made). */
export function isNoChange(s: CoachSession, patch: SessionPatch): boolean {
  return (Object.keys(patch) as (keyof SessionPatch)[]).every((k) => s[k] === patch[k]);
}
