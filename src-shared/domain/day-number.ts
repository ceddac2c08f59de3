/**
 * `toDayNumber` and `fromDayNumber` for hot loops: the same answer for every string (day-number.test.ts checks it),
 * but read character by character instead of through a regex and three `Number(slice)` calls,
 * and null instead of a thrown RangeError for text that is no calendar date; dates written by
 * `fromDayNumber`, which uses a table of two-digit strings for four-digit years. The rules and the load figures
 * read hundreds of session dates and write every week's and every derived session's on each
 * frame of a drag, where the regex and the substrings cost more than everything else they do.
 */
import * as dates from './dates';

// Read once: under tsx (the benches) an imported name is a getter call each time (see load.ts),
// and dayNumberOrNull runs for every session of a plan on every rules pass.
const { daysFromCivil, daysInMonth, fromDayNumber } = dates;

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
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/** The date of a day number: `fromDayNumber` itself (its four-digit years are written from a table). */
export const dateOfDayNumber = fromDayNumber;
