/**
 * How a step reads on the printed week, in the PDF and in the athlete's calendar: as a coach
 * says it. "1:30 min jog" (90 s) and "until lap cool-down" read oddly (hAA).
 */
import { describe, expect, it } from 'vitest';
import { pacesForVdot } from './paces';
import { describeItem } from './steps';
import { parseStepsText } from './steps-text';

const p = pacesForVdot(50);
function words(text: string): string[] {
  const r = parseStepsText(text, 'km');
  if (!r.ok) throw new Error(r.error.message);
  return r.steps.map((i) => describeItem(i, p, 'km'));
}

describe('a step in words', () => {
  it('gives times under two minutes in seconds, and longer odd times in minutes and seconds', () => {
    expect(words('6x(400m R, 90s jog)')[0]).toMatch(/, 90 s jog$/);
    expect(words('6x(400m R, 75s rest)')[0]).toMatch(/, 75 s rest$/);
    expect(words('4x(3min I, 150s jog)')[0]).toMatch(/, 2 min 30 s jog$/);
    expect(words('45s')).toEqual(['45 s']);
    expect(words('2min jog')).toEqual(['2 min jog']);
  });

  it('puts what an open step is before "until lap"', () => {
    expect(words('15min wu, lap cd')).toEqual(['15 min warm-up', 'cool-down until lap']);
    expect(words('lap wu')).toEqual(['warm-up until lap']);
    expect(words('lap jog')).toEqual(['jog until lap']);
    expect(words('lap E')[0]).toMatch(/^run until lap at \d:\d\d–\d:\d\d \/km$/);
  });
});
