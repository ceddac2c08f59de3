import { describe, expect, it } from 'vitest';
import { athletePaces } from '../../../../src-shared/domain/paces';
import { parseStepsText, formatStepsText } from '../../../../src-shared/domain/steps-text';
import type { StepItem } from '../../../../src-shared/domain/steps';
import {
  addRepeat,
  addStep,
  checkTotals,
  moveItem,
  removeItem,
  repeatCount,
  setRepeat,
  stepsPatch,
} from './steps-editor';

const steps = (t: string): StepItem[] => {
  const r = parseStepsText(t);
  if (!r.ok) throw new Error(r.error.message);
  return r.steps;
};

describe('the steps list and the line stay in step', () => {
  it('reorders, removes, adds steps and repeats', () => {
    const s = steps('15min E, 6x(800m I, 2min jog), 10min E');
    // A step keeps its type where it goes: the warm-up moved into the middle says so.
    expect(formatStepsText(moveItem(s, 1, 0))).toBe('6x(800m I, 2min jog), 15min wu E, 10min E');
    expect(formatStepsText(moveItem(s, 0, 99))).toBe('6x(800m I, 2min jog), 10min cd E, 15min wu E');
    expect(formatStepsText(removeItem(s, 1))).toBe('15min E, 10min E');
    expect(formatStepsText(addStep([]))).toBe('10min E');
    expect(formatStepsText(addRepeat(steps('10min E')))).toBe('10min run E, 4x(400m R, 200m jog)');
    expect(formatStepsText(setRepeat(s, 1, 8))).toBe('15min E, 8x(800m I, 2min jog), 10min E');
  });
});

describe("a repeat's count", () => {
  it('is taken as typed from 2 to 50', () => {
    expect(repeatCount('2')).toEqual({ ok: true, count: 2 });
    expect(repeatCount(' 50 ')).toEqual({ ok: true, count: 50 });
  });
  it('out of range is refused in a sentence, never changed into another count', () => {
    expect(repeatCount('80')).toEqual({ ok: false, error: 'A repeat runs 2 to 50 times; 80 is more than that' });
    expect(repeatCount('1')).toEqual({ ok: false, error: 'A repeat runs 2 to 50 times; 1 is fewer than that' });
    expect(repeatCount('0')).toEqual({ ok: false, error: 'A repeat runs 2 to 50 times; 0 is fewer than that' });
    expect(repeatCount('-3')).toEqual({ ok: false, error: 'A repeat runs 2 to 50 times; -3 is fewer than that' });
    expect(repeatCount('2.5')).toEqual({
      ok: false,
      error: 'A repeat runs a whole number of times, 2 to 50; 2.5 is not',
    });
    expect(repeatCount('')).toEqual({ ok: false, error: 'A repeat runs 2 to 50 times: give it a count' });
    expect(repeatCount('six')).toEqual({
      ok: false,
      error: 'A repeat runs 2 to 50 times: give it a count as a number',
    });
  });
  it('flags typed figures more than 10 % off the steps', () => {
    const p = athletePaces({ level: 'intermediate', easyPaceSecPerKm: 300 });
    const s = steps('30min E');
    expect(checkTotals(s, { durationMin: 30, distanceKm: null }, p)).toMatchObject({
      durationOff: false,
      distanceOff: false,
    });
    expect(checkTotals(s, { durationMin: 40, distanceKm: 6 }, p)).toMatchObject({
      durationOff: true,
      distanceOff: false,
      distanceKm: 6,
    });
    expect(checkTotals(s, { durationMin: 30, distanceKm: 7 }, p).distanceOff).toBe(true);
    // Exactly 10 % off is not more than 10 %, compared as the decimals typed (8.8 against 8 km).
    const eight = steps('8x(1km T)');
    expect(checkTotals(eight, { durationMin: null, distanceKm: 8.8 }, p).distanceOff).toBe(false);
    expect(checkTotals(eight, { durationMin: null, distanceKm: 7.2 }, p).distanceOff).toBe(false);
    expect(checkTotals(eight, { durationMin: null, distanceKm: 8.81 }, p).distanceOff).toBe(true);
    expect(checkTotals(eight, { durationMin: null, distanceKm: 7.19 }, p).distanceOff).toBe(true);
  });
  it('mark "≈" on the sum that has an estimated part only (workouts.md)', () => {
    const p = athletePaces({ level: 'intermediate', easyPaceSecPerKm: 300 });
    const none = { durationMin: null, distanceKm: null };
    expect(checkTotals(steps('15min E, 5x(3min I, 2min jog), 10min E'), none, p)).toMatchObject({
      durationMin: 50,
      durationEstimated: false,
      distanceEstimated: true,
    });
    expect(checkTotals(steps('2km wu, 5x(1km @4:10-4:15, 90s rest), 2km cd'), none, p)).toMatchObject({
      distanceKm: 9,
      durationEstimated: true,
      distanceEstimated: false,
    });
  });
});

describe('clearing the steps', () => {
  const p = athletePaces({ level: 'intermediate', easyPaceSecPerKm: 330 });
  const s = steps('15min E, 3x(10min T, 2min jog), 10min E');

  it('keeps the time the steps added up to where the coach left the duration to them', () => {
    expect(stepsPatch({ durationMin: null, steps: s }, [], p)).toEqual({ steps: null, durationMin: 61 });
  });
  it('leaves a typed duration alone, and changes only the steps while some remain', () => {
    expect(stepsPatch({ durationMin: 45, steps: s }, [], p)).toEqual({ steps: null });
    expect(stepsPatch({ durationMin: null, steps: s }, s.slice(1), p)).toEqual({ steps: s.slice(1) });
  });
  it('gives no duration of 0 for steps that were all open', () => {
    expect(stepsPatch({ durationMin: null, steps: steps('lap') }, [], p)).toEqual({ steps: null });
  });
});
