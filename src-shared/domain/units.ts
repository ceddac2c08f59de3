/** Display units. The store and plan files always hold kilometres; miles are for display and entry. */
import { roundHalfUp } from './decimal';
import type { Units } from './types';

export const KM_PER_MILE = 1.609344;

export function kmToUnits(km: number, units: Units): number {
  return units === 'mi' ? km / KM_PER_MILE : km;
}

export function unitsToKm(value: number, units: Units): number {
  return units === 'mi' ? value * KM_PER_MILE : value;
}

/** "10.0 km" / "6.2 mi" */
export function formatDistance(km: number | null | undefined, units: Units): string {
  if (km == null) return '';
  return `${roundHalfUp(kmToUnits(km, units), 1).toFixed(1)} ${units}`;
}

/** Seconds per km → "5:40" per the given unit. */
export function formatPace(secPerKm: number, units: Units): string {
  const sec = Math.round(units === 'mi' ? secPerKm * KM_PER_MILE : secPerKm);
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}

/** "5:40" (per unit) → seconds per km, or null when not a min:sec pace. */
export function parsePace(text: string, units: Units): number | null {
  const m = /^\s*(\d{1,2}):([0-5]\d)\s*$/.exec(text);
  if (!m) return null;
  const sec = Number(m[1]) * 60 + Number(m[2]);
  return units === 'mi' ? Math.round(sec / KM_PER_MILE) : sec;
}

/** "1 h 30 min" / "45 min" */
export function formatDuration(min: number | null | undefined): string {
  if (min == null) return '';
  const whole = roundHalfUp(min, 0);
  if (whole < 60) return `${whole} min`;
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}
