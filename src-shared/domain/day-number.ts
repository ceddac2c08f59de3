/**
 * `toDayNumber` and `fromDayNumber` for hot loops: the same answer for every string (day-number.test.ts checks it),
 * but read character by character instead of through a regex and three `Number(slice)` calls,
 * and null instead of a thrown RangeError for text that is no calendar date; dates written from
 * a table of two-digit strings instead of three `padStart` calls. The rules and the load figures
 * read hundreds of session dates and write every week's and every derived session's on each
 * frame of a drag, where the regex and the substrings cost more than everything else they do.
 */
import { fromDayNumber } from './dates';

/** The digit at `i`, or -1 where there is none. */
function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date (as `toDayNumber`); null for anything else. */
export function dayNumberOrNull(date: string): number | null {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null; // 45: '-'
  const y3 = digit(date, 0);
  const y2 = digit(date, 1);
  const y1 = digit(date, 2);
  const y0 = digit(date, 3);
  const m1 = digit(date, 5);
  const m0 = digit(date, 6);
  const d1 = digit(date, 8);
  const d0 = digit(date, 9);
  if ((y3 | y2 | y1 | y0 | m1 | m0 | d1 | d0) < 0) return null; // any -1 sets the sign bit
  const year = 1000 * y3 + 100 * y2 + 10 * y1 + y0;
  const month = 10 * m1 + m0;
  const day = 10 * d1 + d0;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return null;
  // Howard Hinnant's days-from-civil, exactly as dates.ts computes it.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function monthLength(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** "00" to "99". */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** The date of a day number, as `fromDayNumber` writes it. */
export function dateOfDayNumber(dayNumber: number): string {
  if (!Number.isInteger(dayNumber)) return fromDayNumber(dayNumber);
  // Howard Hinnant's civil-from-days, exactly as dates.ts computes it.
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  // Four-digit years need no padding; any other year is left to fromDayNumber.
  return y >= 1000 && y <= 9999 ? `${y}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}` : fromDayNumber(dayNumber);
}
