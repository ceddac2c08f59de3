/**
 * Every export is parsed back with ical.js and compared with the plan it came from: what an
 * athlete's calendar app would show is what the coach planned, on the same days, wherever the
 * athlete lives.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Athlete, Plan, PlanDocument, StoredSession } from '../../src-shared/api/entities';
import { addDays } from '../../src-shared/domain/dates';
import {
  DEFAULT_ATHLETE_SETTINGS,
  type AthleteSettings,
  type CoachSession,
  type Units,
} from '../../src-shared/domain/types';
import { evaluatePlan } from '../../src-shared/rules/evaluate-plan';
import { loadPlanDocument } from '../handlers/plan-document';
import { parsePlanFile } from '../../src-shared/domain/plan-file';
import { parseStepsText } from '../../src-shared/domain/steps-text';
import type { PlanEdit } from '../../src-shared/edits/plan-edit';
import { importPlanData } from '../services/import-plan';
import { editPlan } from '../services/plan-edits';
import { tempStore } from '../test-support/temp-store';
import { fileHandlers } from '../handlers/files';
import { foldLine, planToIcs } from './ical';

const NOW = new Date('2027-02-15T08:30:00Z');
const PLAN_UID = '7f1c2d9e-3b4a-4c5d-8e6f-0a1b2c3d4e5f';

// ---------------------------------------------------------------------------------------------
// Building plans

type SessionIn = Partial<StoredSession> & Pick<CoachSession, 'id' | 'date' | 'kind'>;

function session(s: SessionIn): StoredSession {
  return { title: null, durationMin: 45, distanceKm: null, rpe: null, notes: null, revision: 0, ...s };
}

function planDocument(parts: {
  sessions: SessionIn[];
  athlete?: Partial<AthleteSettings> & { name?: string };
  plan?: Partial<Plan>;
  units?: Units;
}): PlanDocument {
  const units = parts.units ?? 'km';
  const athlete: Athlete = {
    id: 1,
    name: 'Maya Ortiz',
    units,
    ...DEFAULT_ATHLETE_SETTINGS,
    easyPaceSecPerKm: 340,
    ...parts.athlete,
  };
  const plan: Plan = {
    id: 1,
    athleteId: 1,
    uid: PLAN_UID,
    name: 'Spring 10K',
    goal: null,
    startDate: '2027-03-01',
    weeks: 8,
    weekStartsOn: 'monday',
    units,
    ...parts.plan,
  };
  const sessions = parts.sessions.map(session);
  const evaluated = evaluatePlan({
    athlete,
    plan,
    sessions: sessions.map(({ revision: _revision, ...s }) => s),
    dismissed: [],
  });
  return { plan, athlete, sessions, dismissed: [], evaluated, version: 0, history: { undo: null, redo: null } };
}

/** The 10K week of plan-file.md: Tuesday intervals and a Sunday long run. */
const TENK: SessionIn[] = [
  {
    id: 's1',
    date: '2027-03-02',
    kind: 'intervals',
    title: '6 x 800 m',
    durationMin: 55,
    distanceKm: 10,
    rpe: 8,
    notes: '2 min jog between',
  },
  { id: 's2', date: '2027-03-07', kind: 'long', title: 'Long run', durationMin: 90, distanceKm: 16, rpe: 6 },
];

// ---------------------------------------------------------------------------------------------
// Reading an export back

interface ParsedEvent {
  uid: string;
  sequence: number;
  start: string;
  end: string;
  startIsDate: boolean;
  endIsDate: boolean;
  summary: string;
  description: string;
  categories: string[];
  transp: string;
  dtstamp: string;
}

// RFC 5545 §3.8.8.2: a non-standard property's value is TEXT unless said otherwise; ical.js keeps
// unknown ones raw, so tell it, as calendar apps read X-WR-CALNAME (escapes undone).
(ICAL.design.icalendar.property as Record<string, unknown>)['x-wr-calname'] ??= { defaultType: 'text' };

function parse(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      sequence: Number(vevent.getFirstPropertyValue('sequence')),
      start: start.toString(),
      end: end.toString(),
      startIsDate: start.isDate,
      endIsDate: end.isDate,
      summary: String(vevent.getFirstPropertyValue('summary')),
      description: String(vevent.getFirstPropertyValue('description')),
      categories: vevent.getFirstProperty('categories')?.getValues() ?? [],
      transp: String(vevent.getFirstPropertyValue('transp')),
      dtstamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
    };
  });
  return { calendar, events };
}

/** Every event on its session's day, all-day, ending (exclusively) the next day, in the plan's order. */
function expectSameDays(doc: PlanDocument, events: ParsedEvent[], includeRest = true): void {
  const expected = doc.evaluated.sessions.filter((s) => includeRest || s.kind !== 'rest');
  expect(events.map((e) => e.start)).toEqual(expected.map((s) => s.date));
  expect(events.map((e) => e.end)).toEqual(expected.map((s) => addDays(s.date, 1)));
  expect(events.every((e) => e.startIsDate && e.endIsDate)).toBe(true);
}

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The physical lines as bytes: every one at most 75 octets and valid UTF-8 on its own. */
function physicalLines(text: string): string[] {
  const bytes = utf8.encode(text);
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      expect(line.length).toBeLessThanOrEqual(75);
      lines.push(strictUtf8.decode(line)); // throws on a split character
      start = i + 2;
      i++;
    }
  }
  expect(start).toBe(bytes.length); // the last line ends with CRLF too
  return lines;
}

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

/** Runs `fn` with the process in another time zone (Node re-reads TZ when it is set). */
function inTimeZone<T>(tz: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

// ---------------------------------------------------------------------------------------------

describe('planToIcs: the calendar', () => {
  it('is a published Gregorian iCalendar named after the plan and the athlete, CRLF throughout', () => {
    const text = planToIcs(planDocument({ sessions: TENK }), { includeRest: true, now: NOW });
    const lines = unfold(text);
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Stride//Training plans//EN',
      'METHOD:PUBLISH',
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:Spring 10K — Maya Ortiz',
    ]);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    // No bare CR or LF anywhere: every line ends in CRLF.
    expect(/\r(?!\n)|(?<!\r)\n/.test(text)).toBe(false);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const { calendar } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Spring 10K — Maya Ortiz');
  });

  it('gives an empty plan a valid calendar with no events', () => {
    const doc = planDocument({ sessions: [] });
    expect(doc.evaluated.sessions).toEqual([]);
    const text = planToIcs(doc, { includeRest: true, now: NOW });
    expect(text).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Stride//Training plans//EN\r\nMETHOD:PUBLISH\r\n' +
        'CALSCALE:GREGORIAN\r\nX-WR-CALNAME:Spring 10K — Maya Ortiz\r\nEND:VCALENDAR\r\n',
    );
    const { calendar, events } = parse(text);
    expect(calendar.name).toBe('vcalendar');
    expect(events).toEqual([]);
  });
});

describe('planToIcs: one all-day event per session', () => {
  it('exports the 10K week: the coach sessions and the recovery runs the rules add', () => {
    const doc = planDocument({ sessions: TENK });
    const { events } = parse(planToIcs(doc, { includeRest: true, now: NOW }));
    expect(events.map((e) => [e.start, e.end, e.summary])).toEqual([
      ['2027-03-02', '2027-03-03', 'Intervals — 6 x 800 m'],
      ['2027-03-03', '2027-03-04', 'Recovery run — easy, conversational, 30 min'],
      ['2027-03-07', '2027-03-08', 'Long run'],
      ['2027-03-08', '2027-03-09', 'Recovery run — easy, conversational, 30 min'],
    ]);
    expectSameDays(doc, events);
    expect(events.map((e) => e.categories)).toEqual([['Intervals'], ['Recovery'], ['Long run'], ['Recovery']]);
    expect(events.every((e) => e.transp === 'TRANSPARENT')).toBe(true);
    expect(events.every((e) => e.dtstamp === '2027-02-15T08:30:00Z')).toBe(true);
  });

  it("describes a coach session with its duration, distance, RPE and the coach's notes", () => {
    const { events } = parse(planToIcs(planDocument({ sessions: TENK }), { includeRest: true, now: NOW }));
    expect(events[0].description).toBe('Duration: 55 min\nDistance: 10.0 km\nRPE: 8 of 10\n\n2 min jog between');
    // Easy pace 5:40 /km: E 5:12–6:14 /km, the band the printed week and the watch show.
    expect(events[2].description).toBe('Duration: 1 h 30 min\nDistance: 16.0 km\nPace: 5:12–6:14 /km\nRPE: 6 of 10');
  });

  it('describes a derived recovery run with its reason, its shape and the recovery pace', () => {
    const doc = planDocument({ sessions: TENK });
    const { events } = parse(planToIcs(doc, { includeRest: true, now: NOW }));
    const wednesday = events[1];
    // An intermediate's 30 min at 340 + 56 = 396 s/km = 6:36 per km: 1800 / 396 = 4.5 km.
    expect(wednesday.description).toMatch(/^Recovery run the day after Tuesday's 6 x 800 m intervals\.\n/);
    // The band the printed week and the watch give it (it had only the sentence below).
    expect(wednesday.description).toContain('Duration: 30 min\nDistance: 4.5 km\nPace: 6:21–6:51 /km\nRPE: 3 of 10\n');
    expect(wednesday.description).toContain('About 6:36 per km (easy pace 5:40 per km + 56 s), heart-rate Zone 1.');
    expect(wednesday.description).toContain(doc.evaluated.derived[0].notes);
  });

  it("takes the recovery pace from the athlete's recent race when no easy pace is typed (paces.md)", () => {
    const doc = planDocument({
      sessions: TENK,
      athlete: { easyPaceSecPerKm: null, recentRace: { distanceKm: 10, timeSec: 2700 } },
    });
    const { events } = parse(planToIcs(doc, { includeRest: true, now: NOW }));
    // A 10K in 45:00: easy 346 s/km (5:46); recovery 402 s/km (6:42), so 1800 / 402 = 4.5 km.
    expect(events[1].description).toContain('Distance: 4.5 km');
    expect(events[1].description).toContain('About 6:42 per km (easy pace 5:46 per km + 56 s), heart-rate Zone 1.');
  });

  it("shows distances and paces in the plan's units: a plan in miles", () => {
    const doc = planDocument({ sessions: TENK, units: 'mi' });
    const { events } = parse(planToIcs(doc, { includeRest: true, now: NOW }));
    // 10 km = 6.21 mi; 4.5 km = 2.80 mi; 396 s/km × 1.609344 = 637 s = 10:37 per mile,
    // 340 s/km = 547 s = 9:07 per mile, and 56 s/km is 90 s = 1:30 per mile.
    expect(events[0].description).toContain('Distance: 6.2 mi');
    expect(events[1].description).toContain('Distance: 2.8 mi');
    expect(events[1].description).toContain(
      'About 10:37 per mile (easy pace 9:07 per mile + 1:30), heart-rate Zone 1.',
    );
  });

  it('names step distances as the coach wrote them in a plan in miles: track reps in metres, miles in miles', () => {
    const steps = parseStepsText('2mi wu, 5x(1km I, 400m jog), 2mi cd', 'mi');
    if (!steps.ok) throw new Error(steps.error.message);
    const doc = planDocument({
      sessions: [{ ...TENK[0], steps: steps.steps, durationMin: null, distanceKm: null, notes: null }],
      athlete: { easyPaceSecPerKm: null, recentRace: { distanceKm: 5, timeSec: 1196, date: '2027-02-01' } },
      units: 'mi',
    });
    const { events } = parse(planToIcs(doc, { includeRest: true, now: NOW }));
    const lines = events[0].description.split('\n');
    expect(lines).toContain('Workout: 2mi wu, 5x(1km I, 400m jog), 2mi cd');
    // It read "- 5 × 0.62 mi at 6:13–6:23 /mi, 400 m jog".
    expect(lines).toContain('- 5 × 1 km at 6:13–6:23 /mi, 400 m jog');
    expect(lines).toContain('- 2 mi warm-up');
  });

  it("gives a rest day its own name, and a derived rest day the athlete's words (no auto, no rules)", () => {
    // Three run days a week: the rules turn the recovery run after the intervals into rest.
    const doc = planDocument({
      athlete: { runDaysPerWeek: 3 },
      sessions: [...TENK, { id: 's3', date: '2027-03-05', kind: 'rest', durationMin: null, notes: 'Travel day' }],
    });
    const { events } = parse(planToIcs(doc, { includeRest: true, now: NOW }));
    expect(events.map((e) => [e.start, e.summary])).toEqual([
      ['2027-03-02', 'Intervals — 6 x 800 m'],
      ['2027-03-03', 'Rest day'],
      ['2027-03-05', 'Rest day'],
      ['2027-03-07', 'Long run'],
      ['2027-03-08', 'Rest day'],
    ]);
    expect(events[1].description).toMatch(
      /^Rest day instead of a recovery run the day after Tuesday's 6 x 800 m intervals\.(\n|$)/,
    );
    for (const e of events) expect(`${e.summary}\n${e.description}`).not.toMatch(/\bauto\b|\brules?\b|the athlete/i);
    expect(events[1].description).not.toMatch(/Duration|RPE|Pace/);
    expect(events[2].description).toBe('Travel day');
    expect(events[1].categories).toEqual(['Rest']);
  });

  it('leaves out every rest day, coach and derived, with includeRest false', () => {
    const doc = planDocument({
      athlete: { runDaysPerWeek: 3 },
      sessions: [...TENK, { id: 's3', date: '2027-03-05', kind: 'rest', durationMin: null }],
    });
    const all = parse(planToIcs(doc, { includeRest: true, now: NOW })).events;
    const noRest = parse(planToIcs(doc, { includeRest: false, now: NOW })).events;
    expect(all).toHaveLength(5);
    expect(noRest.map((e) => [e.start, e.summary])).toEqual([
      ['2027-03-02', 'Intervals — 6 x 800 m'],
      ['2027-03-07', 'Long run'],
    ]);
    expectSameDays(doc, noRest, false);
    // Recovery runs are not rest: they stay.
    const runs = planDocument({ sessions: TENK });
    expect(parse(planToIcs(runs, { includeRest: false, now: NOW })).events).toHaveLength(4);
  });

  it('keeps every day across daylight-saving changes, in any time zone', () => {
    // Europe changes its clocks on 2027-03-28 and 2027-10-31; New York and Auckland on other days.
    const dates = ['2027-03-27', '2027-03-28', '2027-03-29', '2027-10-30', '2027-10-31', '2027-11-01'];
    const doc = planDocument({
      plan: { weeks: 40 },
      sessions: dates.map((date, i) => ({ id: `e${i}`, date, kind: 'easy' as const })),
    });
    for (const tz of ['Europe/London', 'Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'UTC']) {
      const text = inTimeZone(tz, () => planToIcs(doc, { includeRest: true, now: NOW }));
      const { events } = inTimeZone(tz, () => parse(text));
      expect(events.map((e) => e.start)).toEqual(dates);
      expectSameDays(doc, events);
      const lines = unfold(text);
      expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual(
        dates.map((d) => `DTSTART;VALUE=DATE:${d.replace(/-/g, '')}`),
      );
      expect(lines.filter((l) => l.startsWith('DTEND'))).toEqual([
        'DTEND;VALUE=DATE:20270328',
        'DTEND;VALUE=DATE:20270329',
        'DTEND;VALUE=DATE:20270330',
        'DTEND;VALUE=DATE:20271031',
        'DTEND;VALUE=DATE:20271101',
        'DTEND;VALUE=DATE:20271102',
      ]);
    }
  });

  it('keeps every day across New Year', () => {
    const dates = ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'];
    const doc = planDocument({
      plan: { startDate: '2026-12-28', weeks: 2 }, // a Monday
      sessions: dates.map((date, i) => ({ id: `ny${i}`, date, kind: 'easy' as const })),
    });
    const text = planToIcs(doc, { includeRest: true, now: NOW });
    const { events } = parse(text);
    expectSameDays(doc, events);
    expect(events.map((e) => e.end)).toEqual(['2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(unfold(text)).toContain('DTEND;VALUE=DATE:20270101');
  });
});

describe('planToIcs: text', () => {
  it('keeps non-ASCII names and notes exactly', () => {
    const notes = 'インターバル走のあとはゆっくりジョグ';
    const doc = planDocument({
      athlete: { name: 'Zoë Ångström' },
      plan: { name: 'Frühlings-Halbmarathon' },
      sessions: [{ id: 's1', date: '2027-03-02', kind: 'tempo', title: 'Schwellenlauf am Fluss 🏃', notes }],
    });
    const text = planToIcs(doc, { includeRest: true, now: NOW });
    physicalLines(text);
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Frühlings-Halbmarathon — Zoë Ångström');
    expect(events[0].summary).toBe('Tempo — Schwellenlauf am Fluss 🏃');
    expect(events[0].description.endsWith(`\n\n${notes}`)).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the original', () => {
    const japanese = 'インターバル走のあとはゆっくりジョグ。'.repeat(12);
    const english = 'Warm up for 15 minutes, then 6 x 800 m at 5K pace with 2 minutes of jogging between; '.repeat(8);
    const withEmoji = '🏃‍♀️ Easy strides 🏃🏽 '.repeat(20);
    const doc = planDocument({
      sessions: [
        { id: 'j', date: '2027-03-02', kind: 'easy', notes: japanese },
        { id: 'e', date: '2027-03-03', kind: 'easy', notes: english },
        { id: 'm', date: '2027-03-04', kind: 'easy', notes: withEmoji },
      ],
    });
    const text = planToIcs(doc, { includeRest: true, now: NOW });
    const lines = physicalLines(text); // each ≤ 75 octets and whole UTF-8
    const continuations = lines.filter((l) => l.startsWith(' '));
    expect(continuations.length).toBeGreaterThan(20);
    // Read back whole: a continuation's one space is the fold's, every other character the text's.
    const { events } = parse(text);
    expect(events.map((e) => e.description.split('\n\n')[1])).toEqual([japanese, english, withEmoji]);
    // Unfolding by hand gives the same logical line the writer escaped.
    const description = unfold(text).filter((l) => l.startsWith('DESCRIPTION:'))[0];
    // v2: the 45 min easy run without a typed distance shows its estimate, marked "≈".
    expect(description).toMatch(
      /^DESCRIPTION:Duration: 45 min\\nDistance: ≈\d+\.\d km\\nPace: 5:12–6:14 \/km\\nRPE: 3 of 10\\n\\n/,
    );
    expect(description.endsWith(japanese)).toBe(true);
  });

  it('folds exactly at the 75th octet', () => {
    // "DESCRIPTION:" is 12 octets; each あ is 3: 21 of them make 75 octets, the 22nd goes on.
    expect(foldLine(`DESCRIPTION:${'あ'.repeat(21)}`)).toBe(`DESCRIPTION:${'あ'.repeat(21)}`);
    expect(foldLine(`DESCRIPTION:${'あ'.repeat(22)}`)).toBe(`DESCRIPTION:${'あ'.repeat(21)}\r\n あ`);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    // A continuation holds 74 octets after its space.
    expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    // An escape is never cut between its backslash and its letter.
    expect(foldLine(`${'x'.repeat(74)}\\nabc`)).toBe(`${'x'.repeat(74)}\r\n \\nabc`);
  });

  it('round-trips commas, semicolons, backslashes and line breaks in titles, notes and names', () => {
    const notes = 'Warm up 2 km, then 6 x 800 m; 2 min jog between.\nCool down: 1 km\\easy\n\nLast line, really; done';
    const doc = planDocument({
      athlete: { name: 'Ortiz, Maya; U20' },
      plan: { name: 'Spring 10K; part 1, base' },
      sessions: [{ id: 's1', date: '2027-03-02', kind: 'intervals', title: '6 x 800 m, 2 min; jog', notes }],
    });
    const text = planToIcs(doc, { includeRest: true, now: NOW });
    expect(unfold(text)).toContain('SUMMARY:Intervals — 6 x 800 m\\, 2 min\\; jog');
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Spring 10K; part 1, base — Ortiz, Maya; U20');
    expect(events[0].summary).toBe('Intervals — 6 x 800 m, 2 min; jog');
    expect(events[0].description.endsWith(`\n\n${notes}`)).toBe(true);
  });

  it('turns Windows and old Mac line breaks into \\n and drops control characters', () => {
    const doc = planDocument({
      sessions: [{ id: 's1', date: '2027-03-02', kind: 'easy', notes: 'one\r\ntwo\rthree\u0007\tfour' }],
    });
    const text = planToIcs(doc, { includeRest: true, now: NOW });
    expect(parse(text).events[0].description.endsWith('\n\none\ntwo\nthree\tfour')).toBe(true);
  });
});

describe('planToIcs: updating a calendar that already holds the plan', () => {
  it('gives every event a UID unique in the plan and the same on every export', () => {
    const doc = planDocument({ sessions: TENK });
    const first = parse(planToIcs(doc, { includeRest: true, now: NOW })).events;
    const later = parse(planToIcs(doc, { includeRest: true, now: new Date('2027-03-10T19:05:00Z') })).events;
    expect(first.map((e) => e.uid)).toEqual([
      `s1.${PLAN_UID}@stride`,
      `rule-2027-03-03.${PLAN_UID}@stride`,
      `s2.${PLAN_UID}@stride`,
      `rule-2027-03-08.${PLAN_UID}@stride`,
    ]);
    expect(later.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(later[0].dtstamp).toBe('2027-03-10T19:05:00Z');
    // Another plan with the same session ids does not collide.
    const other = planDocument({ sessions: TENK, plan: { uid: '00000000-0000-4000-8000-000000000001' } });
    const otherUids = parse(planToIcs(other, { includeRest: true, now: NOW })).events.map((e) => e.uid);
    expect(otherUids.some((uid) => first.some((e) => e.uid === uid))).toBe(false);
  });

  it('raises SEQUENCE with the session revision, and a recovery run follows its source', () => {
    const before = parse(planToIcs(planDocument({ sessions: TENK }), { includeRest: true, now: NOW })).events;
    expect(before.map((e) => e.sequence)).toEqual([0, 0, 0, 0]);
    const edited = planDocument({ sessions: [{ ...TENK[0], title: '5 x 1000 m', revision: 2 }, TENK[1]] });
    const after = parse(planToIcs(edited, { includeRest: true, now: NOW })).events;
    expect(after.map((e) => [e.summary, e.sequence])).toEqual([
      ['Intervals — 5 x 1000 m', 2],
      ['Recovery run — easy, conversational, 30 min', 2], // its reason now names the 5 x 1000 m
      ['Long run', 0],
      ['Recovery run — easy, conversational, 30 min', 0],
    ]);
    expect(after[1].description).toContain("Tuesday's 5 x 1000 m intervals");
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
  });

  it('raises SEQUENCE when the store saves a change (the path the app exports through)', () => {
    const t = tempStore();
    try {
      const athlete = t.store.athletes.create({ name: 'Maya Ortiz', ...DEFAULT_ATHLETE_SETTINGS, units: 'km' });
      const plan = t.store.plans.create({
        athleteId: athlete.id,
        uid: PLAN_UID,
        name: 'Spring 10K',
        goal: null,
        startDate: '2027-03-01',
        weeks: 8,
        weekStartsOn: 'monday',
        units: 'km',
      });
      for (const s of TENK) t.store.sessions.insert(plan.id, session(s));
      const sequences = () =>
        parse(planToIcs(loadPlanDocument(t.store, plan.id), { includeRest: true, now: NOW })).events.map((e) => [
          e.uid.split('.')[0],
          e.sequence,
        ]);
      expect(sequences()).toEqual([
        ['s1', 0],
        ['rule-2027-03-03', 0],
        ['s2', 0],
        ['rule-2027-03-08', 0],
      ]);
      const long = t.store.sessions.get(plan.id, 's2')!;
      t.store.sessions.update(plan.id, { ...long, durationMin: 100 });
      expect(sequences()).toEqual([
        ['s1', 0],
        ['rule-2027-03-03', 0],
        ['s2', 1],
        ['rule-2027-03-08', 1],
      ]);
    } finally {
      t.cleanup();
    }
  });

  // A recovery run's event is the day's (`rule-<date>`), not its source's: when the hard session
  // before it is replaced by another, the day's event took the new source's revision, lower than
  // the SEQUENCE the athlete's calendar already held, so a calendar app kept the old text ("the day
  // after Tuesday's 6 x 800 m intervals", a session no longer in the plan).
  it("a recovery run's SEQUENCE never goes back when its hard session is replaced by another", () => {
    const t = tempStore();
    try {
      const parsed = parsePlanFile(
        JSON.stringify({
          format: 'stride-plan',
          version: 2,
          athlete: { name: 'Maya Ortiz' },
          plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 8 },
          sessions: [{ id: 's1', date: '2027-03-02', kind: 'intervals', title: '6 x 800 m', durationMin: 55, rpe: 8 }],
        }),
      );
      if (!parsed.ok) throw new Error(parsed.errors.join('; '));
      const plan = importPlanData(t.store, parsed.data);
      const wednesday = () => {
        const events = parse(planToIcs(loadPlanDocument(t.store, plan.id), { includeRest: true, now: NOW })).events;
        return events.find((e) => e.uid.startsWith('rule-2027-03-03.'))!;
      };
      const edit = (edits: PlanEdit[]) => editPlan(t.store, plan.id, { label: 'Edit', edits });
      edit([{ op: 'session.update', id: 's1', patch: { title: '5 x 1000 m' } }]);
      edit([{ op: 'session.update', id: 's1', patch: { durationMin: 60 } }]);
      const held = wednesday();
      expect(held.description).toContain("Tuesday's 5 x 1000 m intervals");
      edit([{ op: 'session.delete', id: 's1' }]);
      edit([
        {
          op: 'session.add',
          session: {
            id: 's9',
            date: '2027-03-02',
            kind: 'tempo',
            title: 'Cruise',
            durationMin: 50,
            distanceKm: null,
            rpe: 7,
            notes: null,
          },
        },
      ]);
      const now = wednesday();
      expect(now.description).toContain("Tuesday's Cruise");
      expect(now.sequence).toBeGreaterThan(held.sequence);
    } finally {
      t.cleanup();
    }
  });
});

// A coach changes the athlete's recent race, so every pace in the plan changes, and exports again:
// the events whose text now says other paces must come with a higher SEQUENCE, or the athlete's
// calendar app, which takes an update only with a higher SEQUENCE, keeps the old paces. No session
// was edited, so no revision rose. The store remembers what each event said when last exported.
describe('planToIcs: SEQUENCE follows what an event says, not only its revision', () => {
  function pacedStore() {
    const t = tempStore();
    const athlete = t.store.athletes.create({
      name: 'Maya Ortiz',
      ...DEFAULT_ATHLETE_SETTINGS,
      units: 'km',
      easyPaceSecPerKm: null,
      recentRace: { distanceKm: 10, timeSec: 2700, date: '2027-02-01' },
    });
    const plan = t.store.plans.create({
      athleteId: athlete.id,
      uid: PLAN_UID,
      name: 'Spring 10K',
      goal: null,
      startDate: '2027-03-01',
      weeks: 8,
      weekStartsOn: 'monday',
      units: 'km',
    });
    const steps = parseStepsText('15min E, 6x(800m I, 2min jog), 10min E');
    if (!steps.ok) throw new Error(steps.error.message);
    const sessions: SessionIn[] = [
      {
        id: 'iv',
        date: '2027-03-02',
        kind: 'intervals',
        title: '6 x 800 m',
        durationMin: null,
        rpe: 8,
        steps: steps.steps,
      },
      // Time only: its distance is estimated at the easy pace ("≈").
      { id: 'ez', date: '2027-03-04', kind: 'easy', durationMin: 40 },
      // Time and distance typed, no steps: its easy-pace band depends on the athlete's paces.
      { id: 'lr', date: '2027-03-07', kind: 'long', durationMin: 90, distanceKm: 16, rpe: 6 },
      // Cross-training, typed in full: nothing in it depends on the athlete's paces.
      { id: 'xt', date: '2027-03-05', kind: 'cross', title: 'Bike', durationMin: 60 },
    ];
    for (const s of sessions) t.store.sessions.insert(plan.id, session(s));
    const exportIcs = () => {
      const out = fileHandlers(t.store)['files.exportIcs']({ planId: plan.id, includeRest: true }) as { text?: string };
      return out.text ?? '';
    };
    return { ...t, athlete, plan, exportIcs };
  }
  const byUid = (text: string) => new Map(parse(text).events.map((e) => [e.uid.split('.')[0], e]));
  const withoutStamp = (text: string) => text.replace(/^DTSTAMP:.*\r\n/gm, '');

  it("raises the SEQUENCE of every event whose text changed with the athlete's paces, and only theirs", () => {
    const t = pacedStore();
    try {
      const first = byUid(t.exportIcs());
      expect([...first.keys()]).toEqual(['iv', 'rule-2027-03-03', 'ez', 'xt', 'lr', 'rule-2027-03-08']);
      // A 10K in 40:00 instead of 45:00: faster paces everywhere.
      t.store.athletes.update({
        ...t.store.athletes.get(t.athlete.id)!,
        recentRace: { distanceKm: 10, timeSec: 2400, date: '2027-02-20' },
      });
      const second = byUid(t.exportIcs());
      const changed = [...second.keys()].filter((uid) => second.get(uid)!.description !== first.get(uid)!.description);
      expect(changed).toEqual(['iv', 'rule-2027-03-03', 'ez', 'lr', 'rule-2027-03-08']);
      for (const uid of changed) expect(second.get(uid)!.sequence, uid).toBeGreaterThan(first.get(uid)!.sequence);
      expect(second.get('xt')!.sequence).toBe(first.get('xt')!.sequence);
    } finally {
      t.cleanup();
    }
  });

  it('gives the same file when nothing changed, however often it is exported (apart from DTSTAMP)', () => {
    const t = pacedStore();
    try {
      const first = t.exportIcs();
      t.store.athletes.update({
        ...t.store.athletes.get(t.athlete.id)!,
        recentRace: { distanceKm: 10, timeSec: 2400, date: '2027-02-20' },
      });
      const second = t.exportIcs();
      expect(withoutStamp(second)).not.toBe(withoutStamp(first));
      expect(withoutStamp(t.exportIcs())).toBe(withoutStamp(second));
      expect(withoutStamp(t.exportIcs())).toBe(withoutStamp(second));
      // Back to the old race: the text is the first export's again, but a calendar holding the
      // second must still take it, so the SEQUENCE rises once more rather than going back.
      t.store.athletes.update({
        ...t.store.athletes.get(t.athlete.id)!,
        recentRace: { distanceKm: 10, timeSec: 2700, date: '2027-02-01' },
      });
      const third = byUid(t.exportIcs());
      const held = byUid(second);
      expect(third.get('ez')!.description).toBe(byUid(first).get('ez')!.description);
      expect(third.get('ez')!.sequence).toBeGreaterThan(held.get('ez')!.sequence);
      expect(third.get('xt')!.sequence).toBe(held.get('xt')!.sequence);
    } finally {
      t.cleanup();
    }
  });
});
