import { describe, expect, it } from 'vitest';
import type { CoachSession } from '../../../../src-shared/domain/types';
import { evaluatePlan } from '../../../../src-shared/rules/evaluate-plan';
import { dayOf, input, session, THU, TUE, WED } from '../../../../src-shared/rules/test-plans';
import { groupByDate } from './plan-grid';
import { dayWith } from './paint-ahead.svelte';

/** The day lists the calendar shows for these coach sessions (the real rules). */
const days = (sessions: CoachSession[]) => groupByDate(evaluatePlan(input({ sessions })).sessions);
const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((s) => s.id);

describe('a card drawn ahead of its edit', () => {
  // Wednesday holds two easy runs; the rules order a day by id, not by when a card came.
  const week = [
    session('s-tue', dayOf(1, TUE), 'intervals'),
    session('a-wed', dayOf(1, WED), 'easy'),
    session('z-wed', dayOf(1, WED), 'easy'),
    session('m-thu', dayOf(1, THU), 'tempo'),
  ];

  it('lands where the rules will put it among the day it is moved onto', () => {
    const before = days(week);
    const moved = week.map((s) => (s.id === 'm-thu' ? { ...s, date: dayOf(1, WED) } : s));
    const after = days(moved);
    const card = before.get(dayOf(1, THU))![0];
    expect(ids(dayWith(before.get(dayOf(1, WED))!, card))).toEqual(ids(after.get(dayOf(1, WED))));
    expect(ids(after.get(dayOf(1, WED)))).toEqual(['a-wed', 'm-thu', 'z-wed']);
  });

  it("takes the place of the day's suggestion, as the rules will: a recovery run on an empty day goes", () => {
    const before = days(week);
    const thursday = dayOf(1, THU);
    // Friday, after Thursday's tempo, holds the rules' recovery run.
    const friday = dayOf(1, THU + 1);
    expect(before.get(friday)?.map((s) => s.origin)).toEqual(['rule']);
    const moved = week.map((s) => (s.id === 'm-thu' ? { ...s, date: friday } : s));
    const card = before.get(thursday)![0];
    expect(ids(dayWith(before.get(friday)!, card))).toEqual(ids(days(moved).get(friday)));
    expect(ids(dayWith(before.get(friday)!, card))).toEqual(['m-thu']);
  });

  it('a new card (a drop, a copy) lands in the same place as the rules put it', () => {
    const before = days(week);
    const added = session('s-new', dayOf(1, WED), 'easy');
    const after = days([...week, added]);
    const card = after.get(dayOf(1, WED))!.find((s) => s.id === 's-new')!;
    expect(ids(dayWith(before.get(dayOf(1, WED))!, card))).toEqual(ids(after.get(dayOf(1, WED))));
  });
});
