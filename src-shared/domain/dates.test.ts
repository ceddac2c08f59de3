import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isIsoDate, startOfWeek, toDayNumber, weekdayOf } from './dates';

describe('local calendar dates', () => {
  it('refuses impossible dates', () => {
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('2027-3-1')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
  });

  it('crosses month, year and daylight-saving weekends without shifting a day', () => {
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29'); // EU DST change weekend
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-25', '2027-01-08')).toBe(14);
  });

  it('knows weekdays and week starts', () => {
    expect(weekdayOf('2027-03-01')).toBe(0); // a Monday
    expect(weekdayOf('2027-03-07')).toBe(6); // a Sunday
    expect(startOfWeek('2027-03-04', 'monday')).toBe('2027-03-01');
    expect(startOfWeek('2027-03-04', 'sunday')).toBe('2027-02-28');
  });

  it('round-trips day numbers over four centuries', () => {
    for (let n = -200000; n < 200000; n += 997) expect(toDayNumber(fromDayNumber(n))).toBe(n);
    expect(toDayNumber('1970-01-01')).toBe(0);
  });
});
