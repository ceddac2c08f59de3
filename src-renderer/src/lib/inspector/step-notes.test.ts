import { describe, expect, it } from 'vitest';
import type { StepItem } from '../../../../src-shared/domain/steps';
import { formatStepsText, parseStepsText } from '../../../../src-shared/domain/steps-text';
import { carryNotes, flatSteps, setNote, withoutNote } from './step-notes';

const steps = (t: string): StepItem[] => {
  const r = parseStepsText(t);
  if (!r.ok) throw new Error(r.error.message);
  return r.steps;
};
const notes = (items: StepItem[]) => flatSteps(items).map((f) => f.step.notes ?? '');

describe('step notes', () => {
  const base = steps('15min E, 6x(800m I, 2min jog), 10min E');

  it('are set on a step or a step inside a repeat, trimmed, cut at 200 characters, removed when blank', () => {
    let s = setNote(base, { item: 0 }, '  easy on the hill ');
    s = setNote(s, { item: 1, inner: 0 }, 'x'.repeat(250));
    expect(notes(s)).toEqual(['easy on the hill', 'x'.repeat(200), '', '']);
    expect(notes(setNote(s, { item: 0 }, '   '))).toEqual(['', 'x'.repeat(200), '', '']);
    // A repeat block itself has no note; asking for one changes nothing.
    expect(setNote(base, { item: 1 }, 'no')).toEqual(base);
  });

  it('never reach the one line of text', () => {
    const s = setNote(base, { item: 1, inner: 1 }, 'walk if needed');
    expect(formatStepsText(s)).toBe('15min E, 6x(800m I, 2min jog), 10min E');
    expect(withoutNote(s[1])).toEqual(base[1]);
  });

  it('stay in place when the line changes a figure, and follow their step when steps are added', () => {
    const noted = setNote(setNote(base, { item: 1, inner: 0 }, 'on the track'), { item: 2 }, 'stretch');
    // 6x → 8x and 800m → 1km: the same number of steps, the notes stay where they were.
    expect(notes(carryNotes(noted, steps('15min E, 8x(1km I, 2min jog), 10min E')))).toEqual([
      '',
      'on the track',
      '',
      'stretch',
    ]);
    // A warm-up typed in front: the notes go with the steps they belong to, not one place along.
    expect(notes(carryNotes(noted, steps('2km wu, 15min E, 6x(800m I, 2min jog), 10min E')))).toEqual([
      '',
      '',
      'on the track',
      '',
      'stretch',
    ]);
    // A step removed: its note goes with it.
    expect(notes(carryNotes(noted, steps('15min E, 10min E')))).toEqual(['', 'stretch']);
  });
});
