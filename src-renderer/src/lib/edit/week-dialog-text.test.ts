import { describe, expect, it } from 'vitest';
import { repeatHint, shiftHint } from './week-dialog-text';

describe('what the week dialogs say the number will do', () => {
  it('Repeat names the weeks it overwrites, and says when the plan grows', () => {
    // "copied onto the weeks after it, replacing what is there" did not say which weeks.
    expect(repeatHint(1, 3, 12)).toBe('Copies week 1 onto weeks 2–4, replacing what is there.');
    expect(repeatHint(4, 1, 12)).toBe('Copies week 4 onto week 5, replacing what is there.');
    expect(repeatHint(11, 3, 12)).toBe('Copies week 11 onto weeks 12–14, replacing what is there; the plan grows to 14 weeks.');
    expect(repeatHint(1, null, 12)).toBe('How many weeks after week 1 get a copy of it.');
    // It promised "Copies week 104 onto week 105 …; the plan grows to 105 weeks".
    expect(repeatHint(104, 1, 104)).toBe('Week 104 is the last week a plan can have: there is no week after it to repeat it onto.');
  });

  it('Move whole plan says where week 1 will start', () => {
    expect(shiftHint('2026-12-07', 2, 13)).toBe('Week 1 will start on Mon 21 Dec 2026; every session moves with its week, and the plan keeps its 13 weeks.');
    expect(shiftHint('2026-12-07', -1, 13)).toBe('Week 1 will start on Mon 30 Nov 2026; every session moves with its week, and the plan keeps its 13 weeks.');
    expect(shiftHint('2026-12-07', 0, 13)).toBe('Every week and session moves together; the plan keeps its 13 weeks.');
  });
});
