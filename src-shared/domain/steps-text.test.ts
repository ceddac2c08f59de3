import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { athletePaces, pacesForVdot } from './paces';
import type { StepItem, StepTarget, StepType, WorkoutStep } from './steps';
import { describeItem, stepsProblems, stepTotals } from './steps';
import { formatStepsText, parseStepsText, shortStepsText } from './steps-text';

function steps(text: string, units: 'km' | 'mi' = 'km'): StepItem[] {
  const r = parseStepsText(text, units);
  if (!r.ok) throw new Error(r.error.message);
  return r.steps;
}
function refusal(text: string): string {
  const r = parseStepsText(text);
  if (r.ok) throw new Error(`accepted: ${text}`);
  return r.error.message;
}
const one = (text: string): WorkoutStep => steps(text)[0] as WorkoutStep;

describe('the syntax examples of workouts.md', () => {
  it('15min E, 6x(800m I, 2min jog), 10min E', () => {
    expect(steps('15min E, 6x(800m I, 2min jog), 10min E')).toEqual([
      { type: 'warmup', durationMin: 15, target: 'E' },
      {
        repeat: 6,
        steps: [
          { type: 'run', distanceKm: 0.8, target: 'I' },
          { type: 'recover', durationMin: 2 },
        ],
      },
      { type: 'cooldown', durationMin: 10, target: 'E' },
    ]);
  });
  it("20' easy, 3 x 10min T / 2min jog, 10' easy", () => {
    expect(steps("20' easy, 3 x 10min T / 2min jog, 10' easy")).toEqual([
      { type: 'warmup', durationMin: 20, target: 'E' },
      {
        repeat: 3,
        steps: [
          { type: 'run', durationMin: 10, target: 'T' },
          { type: 'recover', durationMin: 2 },
        ],
      },
      { type: 'cooldown', durationMin: 10, target: 'E' },
    ]);
  });
  it('2km wu, 5x(1km @4:10-4:15, 90s rest), 2km cd', () => {
    expect(steps('2km wu, 5x(1km @4:10-4:15, 90s rest), 2km cd')).toEqual([
      { type: 'warmup', distanceKm: 2 },
      {
        repeat: 5,
        steps: [
          { type: 'run', distanceKm: 1, target: { paceSecPerKm: [250, 255] } },
          { type: 'rest', durationMin: 1.5 },
        ],
      },
      { type: 'cooldown', distanceKm: 2 },
    ]);
  });
  it('new lines separate items like commas; case does not matter', () => {
    expect(steps('15MIN e\n6X(800M i, 2MIN JOG)\n10min E')).toEqual(steps('15min E, 6x(800m I, 2min jog), 10min E'));
    // A semicolon, which the tokenizer takes as a separator too, does so after a word as well.
    expect(steps('15min E; 6x(800m I; 2min jog); 10min E')).toEqual(steps('15min E, 6x(800m I, 2min jog), 10min E'));
    expect(steps('1km @4:10; 2min jog')).toEqual(steps('1km @4:10, 2min jog'));
  });
});

describe('every token form', () => {
  it.each([
    ['15min', 15],
    ['15 min', 15],
    ["15'", 15],
    ['1h', 60],
    ['1h20', 80],
    ['1:20:00', 80],
    ['4:30', 4.5],
    ['90s', 1.5],
    ['90"', 1.5],
  ])('%s is a time of %s min', (text, min) => {
    expect(one(text).durationMin).toBe(min);
  });
  it.each([
    ['800m', 0.8],
    ['800 m', 0.8],
    ['1.5km', 1.5],
    ['2mi', 3.218688],
  ])('%s is a distance of %s km', (text, km) => {
    expect(one(text).distanceKm).toBeCloseTo(km, 9);
  });
  it('lap is an open step', () => {
    expect(one('lap')).toEqual({ type: 'run' });
  });
  it.each([
    ['E', 'E'],
    ['easy', 'E'],
    ['M', 'M'],
    ['marathon', 'M'],
    ['T', 'T'],
    ['threshold', 'T'],
    ['tempo', 'T'],
    ['I', 'I'],
    ['interval', 'I'],
    ['R', 'R'],
    ['rep', 'R'],
  ])('%s is the zone %s', (word, zone) => {
    expect(one(`10min ${word}`).target).toBe(zone);
  });
  it('pace targets per the plan’s units unless /km or /mi is written', () => {
    expect(one('1km @4:10').target).toEqual({ paceSecPerKm: [250, 250] });
    expect(one('1km @4:10-4:15').target).toEqual({ paceSecPerKm: [250, 255] });
    expect(one('1km @4:15-4:10').target).toEqual({ paceSecPerKm: [250, 255] });
    expect(one('1mi @7:00/mi').target).toEqual({ paceSecPerKm: [260.98, 260.98] });
    expect((steps('1mi @7:00', 'mi')[0] as WorkoutStep).target).toEqual({ paceSecPerKm: [260.98, 260.98] });
    expect((steps('1km @4:10/km', 'mi')[0] as WorkoutStep).target).toEqual({ paceSecPerKm: [250, 250] });
  });
  it('a zone may be written as a pace, @R or @ easy, as coaches write "800m @R"', () => {
    expect(steps('6x(800m @R, 90s rest)')).toEqual([
      {
        repeat: 6,
        steps: [
          { type: 'run', distanceKm: 0.8, target: 'R' },
          { type: 'rest', durationMin: 1.5 },
        ],
      },
    ]);
    expect(steps('6x(800m @R, 90s rest)', 'mi')).toEqual(steps('6x(800m R, 90s rest)', 'mi'));
    expect(one('20min @ easy').target).toBe('E');
    expect(one('3km @T').target).toBe('T');
    expect(refusal('3km @T T')).toBe('at 8: "T" — a step has one target');
    expect(refusal('3km @X')).toBe('at 5: "@X" — expected a pace like @4:10, @4:10-4:15 or @7:00/mi');
    expect(refusal('3km @Tx')).toBe('at 5: "@Tx" — expected a pace like @4:10, @4:10-4:15 or @7:00/mi');
  });
  it('RPE 7 is an effort target', () => {
    expect(one('20min RPE 7').target).toEqual({ rpe: 7 });
  });
  it('jog is a recover step at recovery pace; rest and walk are rest steps', () => {
    expect(one('2min jog')).toEqual({ type: 'recover', durationMin: 2 });
    expect(one('2min rest')).toEqual({ type: 'rest', durationMin: 2 });
    expect(one('2min walk')).toEqual({ type: 'rest', durationMin: 2 });
  });
  it('wu, warm up, cd, cool down name the type', () => {
    expect(one('10min wu').type).toBe('warmup');
    expect(one('warm up 10min').type).toBe('warmup');
    expect(one('10min cd').type).toBe('cooldown');
    expect(one('cool down 10min').type).toBe('cooldown');
  });
  it.each([
    '6x(400m R, 200m jog)',
    '6 x (400m R, 200m jog)',
    '6×(400m R, 200m jog)',
    '6 x 400m R / 200m jog',
    '6x400m R / 200m jog',
  ])('%s is a repeat block', (text) => {
    expect(steps(text)).toEqual([
      {
        repeat: 6,
        steps: [
          { type: 'run', distanceKm: 0.4, target: 'R' },
          { type: 'recover', distanceKm: 0.2 },
        ],
      },
    ]);
  });
});

describe('types the text names none of', () => {
  it('inside a repeat: first run, the others recover unless faster than easy', () => {
    const [block] = steps('4x(1km T, 1min E, 400m R, 2min)') as unknown as [{ steps: WorkoutStep[] }];
    expect(block.steps.map((s) => s.type)).toEqual(['run', 'recover', 'run', 'recover']);
    const [b2] = steps('3x(1km E, 1km @5:00)') as unknown as [{ steps: WorkoutStep[] }];
    expect(b2.steps.map((s) => s.type)).toEqual(['run', 'run']);
  });
  it('outside: first at E a warm-up, last at E a cool-down, a lone item a run', () => {
    expect(steps('10min E, 20min T, 10min E').map((s) => (s as WorkoutStep).type)).toEqual([
      'warmup',
      'run',
      'cooldown',
    ]);
    expect(steps('10min E').map((s) => (s as WorkoutStep).type)).toEqual(['run']);
    expect(steps('10min, 20min T, 10min').map((s) => (s as WorkoutStep).type)).toEqual(['run', 'run', 'run']);
    expect(steps('10min E, 10min E, 10min E').map((s) => (s as WorkoutStep).type)).toEqual([
      'warmup',
      'run',
      'cooldown',
    ]);
  });
});

describe('refusals name the position and the token', () => {
  it.each([
    ['15min E, 6y(800m I, 2min jog)', 'at 10: "6y(" — expected a repeat like 6x(…)'],
    ['15m wu', 'at 1: "15m" — 15 m is 15 metres; write 15min for minutes'],
    ['10min E, 30 m jog', 'at 10: "30 m" — 30 m is 30 metres; write 30min for minutes'],
    ['15minE', 'at 1: "15minE" — write a space between words (15min E)'],
    ['0x(400m)', 'at 1: "0x(" — a repeat runs 2–50 times'],
    ['1x(400m)', 'at 1: "1x(" — a repeat runs 2–50 times'],
    ['60x(400m)', 'at 1: "60x(" — a repeat runs 2–50 times'],
    ['6x(3x(1km), 1km)', 'at 4: "3x(" — repeats do not nest'],
    ['6x(400m, 2 x 200m)', 'at 10: "2 x" — repeats do not nest'],
    ['6x(400m, 200m', 'at 1: "6x(" — this repeat\'s "(" is never closed'],
    ['400m)', 'at 5: ")" — this ")" closes no repeat'],
    ['10min 20min', 'at 7: "20min" — a step has one time or distance'],
    ['10min E T', 'at 9: "T" — a step has one target'],
    ['10min wu cd', 'at 10: "cd" — a step has one type'],
    ['10 E', 'at 1: "10" — a number needs a unit: min, s, h, m, km or mi'],
    [
      '10min fast',
      'at 7: "fast" — not a step word: a time, a distance, lap, a zone (E M T I R), @pace, RPE n, jog, rest, wu or cd',
    ],
    // Words are looked up among the syntax's own words only, never an object's built-in names.
    [
      '10min constructor',
      'at 7: "constructor" — not a step word: a time, a distance, lap, a zone (E M T I R), @pace, RPE n, jog, rest, wu or cd',
    ],
    ['15 constructor', 'at 1: "15" — a number needs a unit: min, s, h, m, km or mi'],
    ['10min RPE 11', 'at 7: "RPE 11" — expected an effort like RPE 7 (1–10)'],
    ['1km @4:1', 'at 5: "@4:1" — expected a pace like @4:10, @4:10-4:15 or @7:00/mi'],
    ['700min', 'at 1: "700min" — a step lasts 6 s to 600 min'],
    ['400km', 'at 1: "400km" — a step covers 50 m to 300 km'],
    ['10min,, 5min', 'at 7: "," — expected a step between the commas'],
    ['10min E 5min', 'at 9: "5min" — a step has one time or distance'],
    ['6x(1km) 2km', 'at 9: "2km" — expected a comma before the next step'],
    // A repeat right after a step, comma forgotten: it was "expected a repeat like 6x(…)", of a 6x(…).
    ['15min E 6x(800m I, 2min jog)', 'at 9: "6x(" — expected a comma before the next step'],
    ['15min E 6 x (800m I)', 'at 9: "6 x" — expected a comma before the next step'],
    ['15min E 6x800m I', 'at 9: "6x800m" — expected a comma before the next step'],
    // "at 4:30" is how a coach says a pace: the sentence says how to write one.
    ['5km at 4:30', 'at 5: "at" — write a pace with @, like @4:30'],
  ])('%s', (text, message) => {
    expect(refusal(text)).toBe(message);
  });
  it('the first bad token is the one named, a bad pace later in the line too', () => {
    expect(refusal('10min fast, 1km @4:1')).toBe(
      'at 7: "fast" — not a step word: a time, a distance, lap, a zone (E M T I R), @pace, RPE n, jog, rest, wu or cd',
    );
    expect(refusal('6x(400m, 200m, 1km @1:00')).toBe('at 20: "@1:00" — a pace is between 2:00 and 20:00 per km');
  });
  it('an emoji is named whole, at its character position; `index` is where it starts in the string', () => {
    // The first bad token is named, so the emoji before a bad pace is the one refused.
    expect(refusal('🏃 10min, @9')).toBe(
      'at 1: "🏃" — not a step word: a time, a distance, lap, a zone (E M T I R), @pace, RPE n, jog, rest, wu or cd',
    );
    const text = '10min E, 🏃🏃 jog';
    const r = parseStepsText(text);
    expect(!r.ok && [r.error.position, r.error.index, r.error.token]).toEqual([10, 9, '🏃🏃']);
  });
  it('a repeat of 11 steps and 101 items are refused', () => {
    expect(refusal(`2x(${Array(11).fill('1min').join(', ')})`)).toMatch(
      /^at 64: "1min" — a repeat holds at most 10 steps/,
    );
    expect(refusal(Array(101).fill('1min').join(', '))).toMatch(/a session holds at most 100 items/);
  });
  it('metres under 50 are refused like 15m; 50 m is the shortest step', () => {
    expect(refusal('49m')).toBe('at 1: "49m" — 49 m is 49 metres; write 49min for minutes');
    expect(one('50m').distanceKm).toBe(0.05);
    expect(one('300km').distanceKm).toBe(300);
    expect(one('600min').durationMin).toBe(600);
    expect(one('6s').durationMin).toBe(0.1);
    expect(refusal('5s')).toBe('at 1: "5s" — a step lasts 6 s to 600 min');
    expect(refusal('6x()')).toBe('at 4: ")" — a repeat holds 1–10 steps');
    expect(steps(`2x(${Array(10).fill('1min').join(', ')})`)).toHaveLength(1);
    expect(steps(Array(100).fill('1min').join(', '))).toHaveLength(100);
    expect(refusal('50x(1min), 51x(1min)')).toBe('at 12: "51x(" — a repeat runs 2–50 times');
  });
  it('empty text is no steps', () => {
    expect(steps('')).toEqual([]);
    expect(steps('  \n ')).toEqual([]);
  });
});

describe('canonical line', () => {
  it('formats back to the example', () => {
    expect(formatStepsText(steps('15min E, 6x(800m I, 2min jog), 10min E'))).toBe(
      '15min E, 6x(800m I, 2min jog), 10min E',
    );
    expect(formatStepsText(steps("20' easy, 3 x 10min T / 2min jog, 10' easy"))).toBe(
      '20min E, 3x(10min T, 2min jog), 10min E',
    );
    expect(formatStepsText(steps('2km wu, 5x(1km @4:10-4:15, 90s rest), 2km cd'))).toBe(
      '2km wu, 5x(1km @4:10-4:15, 90s rest), 2km cd',
    );
  });
  it('mile plans print paces per mile rounded to the second, and clean miles as mi', () => {
    const s = steps('2mi wu, 4x(1mi @6:30, 400m jog)', 'mi');
    expect(formatStepsText(s, 'mi')).toBe('2mi wu, 4x(1mi @6:30, 400m jog)');
  });
  it('mile plans: a pace typed per mile comes back as typed, in a property', () => {
    const mileStep = fc
      .record({
        sec: fc.integer({ min: 200, max: 1890 }),
        d: fc.integer({ min: 0, max: 40 }),
        q: fc.oneof(
          fc.integer({ min: 1, max: 80 }).map((q) => `${q / 4}mi`),
          fc.integer({ min: 1, max: 59 }).map((m) => `${m}min`),
        ),
      })
      .map(({ sec, d, q }) => {
        const mmss = (x: number): string => `${Math.floor(x / 60)}:${String(x % 60).padStart(2, '0')}`;
        return `${q} @${mmss(sec)}${d ? `-${mmss(sec + d)}` : ''}`;
      });
    fc.assert(
      fc.property(fc.array(mileStep, { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join(', ');
        const once = steps(text, 'mi');
        const line = formatStepsText(once, 'mi');
        expect(line).toBe(text.replace(/(\d+(?:\.\d+)?)mi/g, (_m, n: string) => `${Number(n)}mi`));
        expect(steps(line, 'mi')).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });
  it('mile plans name each step distance as a coach writes it: track reps in metres, miles in miles', () => {
    const p = pacesForVdot(50);
    const a = steps('2mi wu, 5x(1km I, 400m jog), 2mi cd', 'mi');
    expect(formatStepsText(a, 'mi')).toBe('2mi wu, 5x(1km I, 400m jog), 2mi cd');
    expect(a.map((i) => describeItem(i, p, 'mi'))).toEqual([
      '2 mi warm-up',
      '5 × 1 km at 6:13–6:23 /mi, 400 m jog',
      '2 mi cool-down',
    ]);
    const b = steps('6x(800m R, 90s rest), 1.5km, 1200m, 0.25mi, 1.5mi, 0.05mi, 3.1mi', 'mi');
    expect(formatStepsText(b, 'mi')).toBe('6x(800m R, 90s rest), 1.5km, 1.2km, 0.25mi, 1.5mi, 0.05mi, 3.1mi');
    expect(b.map((i) => describeItem(i, p, 'mi'))).toEqual([
      '6 × 800 m at 5:51–6:01 /mi, 90 s rest',
      '1.5 km',
      '1.2 km',
      '0.25 mi',
      '1.5 mi',
      '0.05 mi',
      '3.1 mi',
    ]);
  });
  it('km plans show a distance typed in miles in miles', () => {
    const p = pacesForVdot(50);
    const s = steps('2mi wu, 4x(0.25mi R, 400m jog), 1.5mi cd', 'km');
    expect(formatStepsText(s, 'km')).toBe('2mi wu, 4x(0.25mi R, 400m jog), 1.5mi cd');
    expect(s.map((i) => describeItem(i, p, 'km'))).toEqual([
      '2 mi warm-up',
      '4 × 0.25 mi at 3:38–3:44 /km, 400 m jog',
      '1.5 mi cool-down',
    ]);
  });
  it("other distances keep the plan's unit in print, and the canonical line stays exact", () => {
    const p = pacesForVdot(50);
    const odd: StepItem[] = [
      { type: 'run', distanceKm: 1.234 },
      { type: 'run', distanceKm: 0.333 },
      { type: 'run', distanceKm: 0.201168 },
    ];
    expect(odd.map((i) => describeItem(i, p, 'mi'))).toEqual(['0.77 mi', '0.21 mi', '0.125 mi']);
    expect(formatStepsText(odd, 'mi')).toBe('1.234km, 333m, 0.125mi');
    expect(odd.map((i) => describeItem(i, p, 'km'))).toEqual(['1.23 km', '333 m', '201 m']);
    expect(formatStepsText(odd, 'km')).toBe('1.234km, 333m, 201.168m');
  });
  it('a distance typed in round metres or round miles comes back in that unit on either plan (property)', () => {
    const typed = fc.oneof(
      fc.integer({ min: 1, max: 200 }).map((n) => ({ text: `${n * 50}m`, unit: n * 50 < 1000 ? 'm' : 'km' })),
      fc.integer({ min: 1, max: 120 }).map((n) => ({ text: `${n / 2}km`, unit: n < 2 ? 'm' : 'km' })),
      fc.integer({ min: 1, max: 400 }).map((n) => ({ text: `${Number((n * 0.05).toFixed(2))}mi`, unit: 'mi' })),
    );
    fc.assert(
      fc.property(
        fc.array(typed, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<'km' | 'mi'>('km', 'mi'),
        (parts, units) => {
          const once = steps(parts.map((p) => p.text).join(', '), units);
          const line = formatStepsText(once, units);
          expect(steps(line, units)).toEqual(once);
          const words = line.split(', ').map((w) => /(m|km|mi)$/.exec(w)![1]);
          expect(words).toEqual(parts.map((p) => p.unit));
          const printed = once.map((i) => describeItem(i, pacesForVdot(50), units).split(' ')[1]);
          expect(printed).toEqual(parts.map((p) => p.unit));
        },
      ),
      { numRuns: 300 },
    );
  });
  it('shortens for cards', () => {
    const s = steps('15min E, 6x(800m I, 2min jog), 10min E');
    expect(shortStepsText(s, 'km', 20)).toBe('15min E, 6x(800m I,…');
  });

  const zone = fc.constantFrom<StepTarget>('E', 'M', 'T', 'I', 'R');
  const pace = fc
    .tuple(fc.integer({ min: 150, max: 600 }), fc.integer({ min: 0, max: 30 }))
    .map(([a, d]): StepTarget => ({ paceSecPerKm: [a, a + d] }));
  const rpe = fc.integer({ min: 1, max: 10 }).map((r): StepTarget => ({ rpe: r }));
  const target = fc.option(fc.oneof(zone, pace, rpe), { nil: undefined });
  const quantity = fc.oneof(
    fc.integer({ min: 6, max: 36000 }).map((s) => ({ durationMin: s / 60 })),
    fc.integer({ min: 50, max: 300000 }).map((m) => ({ distanceKm: m / 1000 })),
    // Miles as the parser stores them: thousandths of a mile, binary noise dropped.
    fc.integer({ min: 32, max: 186000 }).map((n) => ({ distanceKm: Number(((n / 1000) * 1.609344).toFixed(9)) })),
    fc.constant({}),
  );
  const type = fc.constantFrom<StepType>('warmup', 'run', 'recover', 'cooldown', 'rest');
  const step = fc.record({ type, q: quantity, target }).map(({ type, q, target }) => {
    const s: WorkoutStep = { type, ...q };
    if (target !== undefined) s.target = target;
    return s;
  });
  const item: fc.Arbitrary<StepItem> = fc.oneof(
    { weight: 3, arbitrary: step },
    {
      weight: 1,
      arbitrary: fc.record({
        repeat: fc.integer({ min: 2, max: 50 }),
        steps: fc.array(step, { minLength: 1, maxLength: 10 }),
      }),
    },
  );

  const perMile = (x: number): number => Math.round((Math.round(x * 1.609344) / 1.609344) * 100) / 100;
  const milePace = (s: WorkoutStep): WorkoutStep =>
    s.target !== undefined && typeof s.target === 'object' && 'paceSecPerKm' in s.target
      ? { ...s, target: { paceSecPerKm: [perMile(s.target.paceSecPerKm[0]), perMile(s.target.paceSecPerKm[1])] } }
      : s;
  const milePaces = (i: StepItem): StepItem =>
    'repeat' in i ? { repeat: i.repeat, steps: i.steps.map(milePace) } : milePace(i);

  it('format → parse gives the same steps, on km and mile plans (property)', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.constantFrom<'km' | 'mi'>('km', 'mi'), (items, units) => {
        // Mile plans write paces per mile to the second (workouts.md): paces such a line can hold.
        if (units === 'mi') items = items.map(milePaces);
        const text = formatStepsText(items, units);
        const back = parseStepsText(text, units);
        if (!back.ok) throw new Error(`${text}: ${back.error.message}`);
        expect(back.steps).toEqual(items);
        expect(stepsProblems(items, 'steps')).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

describe('totals', () => {
  // VDOT 50-ish athlete with a typed easy pace of 5:20 (320 s/km).
  const p = athletePaces({
    level: 'intermediate',
    easyPaceSecPerKm: 320,
    recentRace: { distanceKm: 5, timeSec: 1196 },
  });
  it('15min E, 6x(800m I, 2min jog), 10min E by hand', () => {
    const t = stepTotals(steps('15min E, 6x(800m I, 2min jog), 10min E'), p);
    // E at the easy pace 320: 25 min → 1500/320 km; 6 × 0.8 km at I; 6 × 2 min jog at 376 s/km.
    const km = 1500 / 320 + 4.8 + (6 * 120) / 376;
    const min = 25 + (4.8 * p.centres.I) / 60 + 12;
    expect(t.distanceKm).toBeCloseTo(km, 9);
    expect(t.durationMin).toBeCloseTo(min, 9);
    expect(t.estimated).toBe(true);
    expect(t.openSteps).toBe(0);
  });
  it('rest by time counts no distance; rest by distance takes 10:00/km; open steps count nothing', () => {
    const t = stepTotals(steps('2min rest, 1km walk, lap'), p);
    expect(t.distanceKm).toBeCloseTo(1, 9);
    expect(t.durationMin).toBeCloseTo(12, 9);
    expect(t.openSteps).toBe(1);
  });
  it('a pace range counts at its midpoint', () => {
    const t = stepTotals(steps('5km @4:00-4:10'), p);
    expect(t.durationMin).toBeCloseTo((5 * 245) / 60, 9);
    expect(t.distanceEstimated).toBe(false);
    expect(t.durationEstimated).toBe(true);
  });
  it('the sheet line gives each step with its pace range', () => {
    const vdot50 = athletePaces({
      level: 'intermediate',
      easyPaceSecPerKm: null,
      recentRace: { distanceKm: 5, timeSec: 1196 },
    });
    expect(describeItem(steps('6x(800m I, 2min jog)')[0], vdot50, 'km')).toMatch(
      /^6 × 800 m at 3:5\d–3:5\d \/km, 2 min jog$/,
    );
    expect(describeItem(steps('6x(800m I, 2min jog)')[0], pacesForVdot(50), 'km')).toBe(
      '6 × 800 m at 3:52–3:58 /km, 2 min jog',
    );
  });
});

describe('steps as data', () => {
  it('holds the limits of workouts.md: 100 items, 1–10 steps a repeat, 0.1–600 min, 0.05–300 km, notes of 200', () => {
    const run = { type: 'run', durationMin: 1 };
    expect(stepsProblems(Array(100).fill(run), 's')).toEqual([]);
    expect(stepsProblems(Array(101).fill(run), 's')).toEqual(['s: 101 items; a session holds at most 100']);
    expect(stepsProblems([{ repeat: 2, steps: [] }], 's')).toEqual(['s[0].steps: a repeat holds 1–10 steps']);
    expect(stepsProblems([{ repeat: 2, steps: Array(11).fill(run) }], 's')).toEqual([
      's[0].steps: a repeat holds 1–10 steps',
    ]);
    expect(
      stepsProblems(
        [
          { repeat: 1, steps: [run] },
          { repeat: 51, steps: [run] },
          { repeat: 50, steps: [run] },
        ],
        's',
      ),
    ).toEqual([
      's[0].repeat: 1 is not a whole number from 2 to 50',
      's[1].repeat: 51 is not a whole number from 2 to 50',
    ]);
    expect(
      stepsProblems(
        [
          { type: 'run', durationMin: 0.1 },
          { type: 'run', durationMin: 600 },
          { type: 'run', durationMin: 600.5 },
          { type: 'run', distanceKm: 0.05 },
          { type: 'run', distanceKm: 300 },
          { type: 'run', distanceKm: 0.04 },
          { type: 'run', notes: 'x'.repeat(200) },
          { type: 'run', notes: 'x'.repeat(201) },
          { type: 'run', target: { rpe: 11 } },
          { type: 'run', target: { paceSecPerKm: [255, 250] } },
        ],
        's',
      ),
    ).toEqual([
      's[2].durationMin: 600.5 is not 0.1–600 minutes',
      's[5].distanceKm: 0.04 is not 0.05–300 km',
      's[7].notes: at most 200 characters',
      's[8].target.rpe: 11 is not a whole number 1–10',
      's[9].target.paceSecPerKm: [255,250] is not [fast, slow] seconds per km within 2:00–20:00',
    ]);
  });
  it('names the JSON path of every problem', () => {
    expect(
      stepsProblems(
        [
          { type: 'run', durationMin: 0 },
          { repeat: 60, steps: [{ type: 'run' }] },
          { repeat: 3, steps: [{ repeat: 2, steps: [] }] },
          { type: 'jog', distanceKm: 1, durationMin: 3 },
        ],
        'sessions[4].steps',
      ),
    ).toEqual([
      'sessions[4].steps[0].durationMin: 0 is not 0.1–600 minutes',
      'sessions[4].steps[1].repeat: 60 is not a whole number from 2 to 50',
      'sessions[4].steps[2].steps[0].repeat: repeats do not nest',
      'sessions[4].steps[3].type: "jog" is not one of warmup, run, recover, cooldown, rest',
      'sessions[4].steps[3]: a step has a time or a distance, not both',
    ]);
  });
});
