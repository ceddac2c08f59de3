import { describe, expect, it } from 'vitest';
import { parseStepsText } from '../../../../src-shared/domain/steps-text';
import { stepsHint } from './steps-hint';

describe("the steps field's hint", () => {
  it("gives an example pace in the plan's unit, one the parser reads as a real pace", () => {
    expect(stepsHint('km')).toContain('@4:10-4:15 per km');
    expect(stepsHint('mi')).toContain('@7:00-7:10 per mile');
    expect(stepsHint('mi')).not.toContain('4:10');
    expect(stepsHint('mi')).toContain('2mi');
    for (const units of ['km', 'mi'] as const) {
      const pace = /@(\S+)/.exec(stepsHint(units))![1];
      expect(parseStepsText(`1km @${pace}`, units).ok, units).toBe(true);
    }
  });
});
