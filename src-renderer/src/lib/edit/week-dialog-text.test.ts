import { describe, expect, it } from 'vitest';
import { repeatHint, repeatMaxTimes, repeatTooMany, shiftHint } from './week-dialog-text';

describe('what the week dialogs say the number will do', () => {
  it('Repeat names the weeks it overwrites, and says when the plan grows', () => {
    // "copied onto the weeks after it, replacing what is there" did not say which weeks.
    expect(repeatHint(1, 3, 12)).toBe('Copies week 1 onto weeks 2–4, replacing what is there.');
    expect(repeatHint(4, 1, 12)).toBe('Copies week 4 onto week 5, replacing what is there.');
    expect(repeatHint(11, 3, 12)).toBe(
      'Copies week 11 onto weeks 12–14, replacing what is in week 12; the plan grows to 14 weeks.',
    );
    // Onto weeks the plan does not have yet, nothing is replaced: it said "replacing what is there".
    expect(repeatHint(12, 2, 12)).toBe('Copies week 12 onto new weeks 13–14: the plan grows to 14 weeks.');
    expect(repeatHint(12, 1, 12)).toBe('Copies week 12 onto a new week 13: the plan grows to 13 weeks.');
    expect(repeatHint(1, null, 12)).toBe('How many weeks after week 1 get a copy of it.');
    // It promised "Copies week 104 onto week 105 …; the plan grows to 105 weeks".
    expect(repeatHint(104, 1, 104)).toBe(
      'Week 104 is the last week a plan can have: there is no week after it to repeat it onto.',
    );
  });

  it('Repeat of a block names the block and every week its copies overwrite', () => {
    // With weeks 1–4 selected it said "Copies week 1 onto weeks 2–4": only the first week went.
    expect(repeatHint(1, 2, 16, 4)).toBe('Copies weeks 1–4 onto weeks 5–12 (2 copies), replacing what is there.');
    expect(repeatHint(1, 1, 16, 4)).toBe('Copies weeks 1–4 onto weeks 5–8, replacing what is there.');
    expect(repeatHint(9, 3, 16, 4)).toBe(
      'Copies weeks 9–12 onto weeks 13–24 (3 copies), replacing what is in weeks 13–16; the plan grows to 24 weeks.',
    );
    expect(repeatHint(97, 1, 100, 4)).toBe('Copies weeks 97–100 onto new weeks 101–104: the plan grows to 104 weeks.');
    expect(repeatHint(13, 2, 16, 4)).toBe(
      'Copies weeks 13–16 onto new weeks 17–24 (2 copies): the plan grows to 24 weeks.',
    );
    expect(repeatHint(1, null, 16, 4)).toBe('How many copies of weeks 1–4 follow them, block after block.');
    // A single week reads as before.
    expect(repeatHint(1, 3, 12, 1)).toBe(repeatHint(1, 3, 12));
  });

  it('a count whose copies would pass week 104 is refused with the weeks it would need', () => {
    expect(repeatMaxTimes(1, 4)).toBe(25);
    expect(repeatMaxTimes(97, 4)).toBe(1);
    expect(repeatMaxTimes(100, 4)).toBe(0);
    expect(repeatMaxTimes(1)).toBe(103);
    expect(repeatTooMany(1, 26, 4)).toBe(
      'Repeating weeks 1–4 26 times would need week 108, and a plan has at most 104 weeks: at most 25 times here.',
    );
    expect(repeatTooMany(97, 2, 4)).toBe(
      'Repeating weeks 97–100 2 times would need week 108, and a plan has at most 104 weeks: at most once here.',
    );
    expect(repeatTooMany(100, 1, 4)).toBe(
      'Repeating weeks 100–103 once would need week 107, and a plan has at most 104 weeks: there is no room after them for a copy.',
    );
  });

  it('a single week says the same as a block when its copies would pass week 104', () => {
    // The dialog said "A whole number from 1 to 3", and on week 104 let Repeat through to a banner.
    expect(repeatMaxTimes(101)).toBe(3);
    expect(repeatMaxTimes(104)).toBe(0);
    expect(repeatTooMany(101, 4)).toBe(
      'Repeating week 101 4 times would need week 105, and a plan has at most 104 weeks: at most 3 times here.',
    );
    expect(repeatTooMany(103, 2)).toBe(
      'Repeating week 103 2 times would need week 105, and a plan has at most 104 weeks: at most once here.',
    );
    expect(repeatTooMany(104, 1)).toBe(
      'Repeating week 104 once would need week 105, and a plan has at most 104 weeks: there is no room after it for a copy.',
    );
  });

  it('Move whole plan says where week 1 will start', () => {
    expect(shiftHint('2026-12-07', 2, 13)).toBe(
      'Week 1 will start on Mon 21 Dec 2026; every session moves with its week, and the plan keeps its 13 weeks.',
    );
    expect(shiftHint('2026-12-07', -1, 13)).toBe(
      'Week 1 will start on Mon 30 Nov 2026; every session moves with its week, and the plan keeps its 13 weeks.',
    );
    expect(shiftHint('2026-12-07', 0, 13)).toBe('Every week and session moves together; the plan keeps its 13 weeks.');
  });
});
