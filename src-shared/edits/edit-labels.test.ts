/**
 * Step names (the Undo and Redo buttons, the Edit menu, main's history) stay short enough to read
 * and always within the contract's 200 characters: a session may have a 200-character title, and
 * "Move <title> to Wed 3 Mar" was refused, so that session could not be moved or deleted.
 */
import { describe, expect, it } from 'vitest';
import { fitStepLabel, moveLabel, titleInLabel } from './edit-labels';

const long = `Progression run ${'with a long description of every segment '.repeat(5)}`.slice(0, 200);

describe('titles in step names', () => {
  it('keeps a usual title whole', () => {
    expect(titleInLabel('3 x 10 min threshold')).toBe('3 x 10 min threshold');
    expect(moveLabel({ kind: 'tempo', title: null }, '2027-03-03')).toBe('Move Tempo run to Wed 3 Mar');
  });

  it('cuts a long one after a whole word, with an ellipsis', () => {
    const cut = titleInLabel(long);
    expect(cut.length).toBeLessThanOrEqual(49);
    expect(cut).toBe('Progression run with a long description of…');
    expect(moveLabel({ kind: 'tempo', title: long }, '2027-03-03')).toBe('Move Progression run with a long description of… to Wed 3 Mar');
  });

  it('cuts a title of one long word where it must', () => {
    expect(titleInLabel('x'.repeat(120))).toBe(`${'x'.repeat(47)}…`);
  });
});

describe('any step name fits the contract', () => {
  it('leaves a short one alone and cuts a long one to 200 characters', () => {
    expect(fitStepLabel('Delete weeks 3–5')).toBe('Delete weeks 3–5');
    const name = `Delete weeks ${Array.from({ length: 60 }, (_, i) => 2 * i + 1).join(', ')}`;
    const fitted = fitStepLabel(name);
    expect(fitted.length).toBeLessThanOrEqual(200);
    expect(fitted.endsWith('…')).toBe(true);
    expect(name.startsWith(fitted.slice(0, -1))).toBe(true);
  });
});
