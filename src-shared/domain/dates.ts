/**
 * Local calendar dates as `YYYY-MM-DD` strings, end to end.
 *
 * Plans have no clock times and no time zones, so all arithmetic here works on day numbers
 * (days since 1970-01-01 in the proleptic Gregorian calendar) computed with integer maths
 * (Howard Hinnant's civil-from-days algorithm). Nothing here touches `Date`, so no time zone
 * or daylight-saving change can shift a day.
 */

export type IsoDate = string;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // 0 = Monday … 6 = Sunday (ISO order)

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a well-formed, real calendar date such as 2027-02-28 (not 2027-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The years a plan's dates may fall in, everywhere a date comes in (contract, plan file, forms).
 * Far wider than any training plan, yet every date keeps four digits (so text order is date
 * order) and a Sunday-start week of 1 January 1900 still falls in a real year.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;
export const FIRST_DATE: IsoDate = `${FIRST_YEAR}-01-01`;
export const LAST_DATE: IsoDate = `${LAST_YEAR}-12-31`;
export const DATE_RANGE_TEXT = `between ${FIRST_YEAR} and ${LAST_YEAR}`;

/** A real calendar date in the years Stride accepts (FIRST_YEAR–LAST_YEAR). */
export function isDateInRange(value: unknown): value is IsoDate {
  return isIsoDate(value) && value >= FIRST_DATE && value <= LAST_DATE;
}

function parts(date: IsoDate): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`"${date}" is not a calendar date (YYYY-MM-DD)`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Day number of a date: days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return daysFromCivil(y, m, d);
}

/** Days since 1970-01-01 of a year, month (1–12) and day (Howard Hinnant's days-from-civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** "00" to "99": a four-digit year's date is written from these (the rules write hundreds per pass). */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** The date of a day number (inverse of `toDayNumber`). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y >= 1000 && y <= 9999 && Number.isInteger(dayNumber)) return `${y}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}`;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** ISO weekday: 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayOf(date: IsoDate): Weekday {
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) as Weekday;
}

export type WeekStart = 'monday' | 'sunday';

export function weekStartWeekday(weekStartsOn: WeekStart): Weekday {
  return weekStartsOn === 'sunday' ? 6 : 0;
}

/** The first day of the week (per `weekStartsOn`) that holds `date`. */
export function startOfWeek(date: IsoDate, weekStartsOn: WeekStart): IsoDate {
  const offset = (weekdayOf(date) - weekStartWeekday(weekStartsOn) + 7) % 7;
  return addDays(date, -offset);
}

/** Today's local calendar date, from the caller's clock (the only place a Date is read). */
export function todayLocal(now: { getFullYear(): number; getMonth(): number; getDate(): number }): IsoDate {
  return `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2 Mar" — short human label for a date. */
export function shortDateLabel(date: IsoDate): string {
  const [, m, d] = parts(date);
  return `${d} ${MONTHS_SHORT[m - 1]}`;
}

/** "Tue 2 Mar 2027" */
export function longDateLabel(date: IsoDate): string {
  const [y, m, d] = parts(date);
  return `${WEEKDAY_NAMES[weekdayOf(date)].slice(0, 3)} ${d} ${MONTHS_SHORT[m - 1]} ${y}`;
}

/** "Tue 8 Dec" — a day as messages name it (no year: messages are about the plan at hand). */
export function dayLabel(date: IsoDate): string {
  return `${WEEKDAY_NAMES[weekdayOf(date)].slice(0, 3)} ${shortDateLabel(date)}`;
}
