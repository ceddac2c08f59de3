import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumberOrNull } from './day-number';
import { fromDayNumber, isIsoDate, toDayNumber } from './dates';

/** What the rules did before: `toDayNumber`, with a thrown RangeError read as "no date". */
function viaDates(text: string): number | null {
  return isIsoDate(text) ? toDayNumber(text) : null;
}

describe('dayNumberOrNull agrees with toDayNumber', () => {
  it('on every day of 1600–2400 (a whole 400-year cycle and two) and every 37th of years 1 to 9999', () => {
    const check = (n: number) => {
      const date = fromDayNumber(n);
      if (dayNumberOrNull(date) !== n) expect(dayNumberOrNull(date), date).toBe(n);
    };
    for (let n = toDayNumber('1600-01-01'); n <= toDayNumber('2400-12-31'); n++) check(n);
    for (let n = toDayNumber('0001-01-01'); n <= toDayNumber('9999-12-31'); n += 37) check(n);
  });

  it('on text that is no calendar date', () => {
    for (const text of [
      '',
      '2027-02-29',
      '2028-02-30',
      '2100-02-29',
      '2000-02-29',
      '2027-13-01',
      '2027-00-10',
      '2027-01-00',
      '2027-01-32',
      '0000-01-01',
      '2027-3-1',
      '2027/03/01',
      '2027-03-01 ',
      ' 2027-03-01',
      '2027-03-01\n',
      '2027-0a-01',
      '+027-03-01',
      '2027-03-1x',
      '２０２７-03-01',
    ]) {
      expect(dayNumberOrNull(text), text).toBe(viaDates(text));
    }
  });

  it('on random near-dates', () => {
    const chars = fc.constantFrom(...'0123456789-/ +x'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 8, maxLength: 11 }), (cs) => {
        const text = cs.join('');
        expect(dayNumberOrNull(text)).toBe(viaDates(text));
      }),
      { numRuns: 2000 },
    );
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(dayNumberOrNull(text)).toBe(viaDates(text));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('dateOfDayNumber agrees with fromDayNumber', () => {
  it('on every day of 1600–2400 and every 37th of years -50 to 10050', () => {
    const check = (n: number) => {
      if (dateOfDayNumber(n) !== fromDayNumber(n)) expect(dateOfDayNumber(n)).toBe(fromDayNumber(n));
    };
    for (let n = toDayNumber('1600-01-01'); n <= toDayNumber('2400-12-31'); n++) check(n);
    for (let n = toDayNumber('0001-01-01') - 20000; n <= toDayNumber('9999-12-31') + 20000; n += 37) check(n);
    for (const n of [0, -1, 0.5, Number.NaN]) expect(dateOfDayNumber(n)).toBe(fromDayNumber(n));
  });
});
