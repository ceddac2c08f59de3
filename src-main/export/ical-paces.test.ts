/**
 * What the athlete reads on the phone, in the calendar event of an easy day: the printed week gives
 * every easy, long and recovery run a pace band from the athlete's easy pace, and the calendar
 * gave only the rules' recovery runs a pace. An athlete who checks the day's run on the phone
 * (most do; the paper stays on the fridge) had no pace for the easy and long runs at all.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Athlete, Plan, PlanDocument, StoredSession } from '../../src-shared/api/entities';
import { DEFAULT_ATHLETE_SETTINGS, type Units } from '../../src-shared/domain/types';
import { evaluatePlan } from '../../src-shared/rules/evaluate-plan';
import { planToIcs } from './ical';

function doc(sessions: StoredSession[], units: Units): PlanDocument {
  const athlete: Athlete = { id: 1, name: 'Alex Rivera', units, ...DEFAULT_ATHLETE_SETTINGS, easyPaceSecPerKm: 345 };
  const plan: Plan = {
    id: 1,
    athleteId: 1,
    uid: '7f1c2d9e-3b4a-4c5d-8e6f-0a1b2c3d4e5f',
    name: 'City Half',
    goal: null,
    startDate: '2027-03-01',
    weeks: 2,
    weekStartsOn: 'monday',
    units,
  };
  const evaluated = evaluatePlan({
    athlete,
    plan,
    sessions: sessions.map(({ revision: _r, ...s }) => s),
    dismissed: [],
  });
  return { plan, athlete, sessions, dismissed: [], evaluated, version: 0, history: { undo: null, redo: null } };
}

const base = { title: null, rpe: null, notes: null, revision: 0 };
const sessions: StoredSession[] = [
  { ...base, id: 'ez', date: '2027-03-01', kind: 'easy', durationMin: 40, distanceKm: 7 },
  { ...base, id: 'rc', date: '2027-03-03', kind: 'recovery', durationMin: 30, distanceKm: null },
  {
    ...base,
    id: 'tp',
    date: '2027-03-04',
    kind: 'tempo',
    title: '3 × 10 min at threshold',
    durationMin: 51,
    distanceKm: 10,
  },
  {
    ...base,
    id: 'lr',
    date: '2027-03-07',
    kind: 'long',
    durationMin: 124,
    distanceKm: 20,
    notes: 'Last 3 km at half-marathon pace.',
  },
];

function descriptions(units: Units): Map<string, string> {
  const calendar = new ICAL.Component(ICAL.parse(planToIcs(doc(sessions, units), { includeRest: true })));
  return new Map(
    calendar
      .getAllSubcomponents('vevent')
      .map((e) => [
        String(e.getFirstPropertyValue('uid')).split('.')[0],
        String(e.getFirstPropertyValue('description')),
      ]),
  );
}

describe('calendar events of easy days', () => {
  it('carry the pace band the printed week shows, under the distance', () => {
    const d = descriptions('km');
    // Easy pace 5:45 /km: E 5:17–6:19 /km, as on the printed week and the watch (pace-bands.ts).
    expect(d.get('ez')).toBe('Duration: 40 min\nDistance: 7.0 km\nPace: 5:17–6:19 /km\nRPE: 3 of 10');
    expect(d.get('lr')).toBe(
      'Duration: 2 h 4 min\nDistance: 20.0 km\nPace: 5:17–6:19 /km\nRPE: 5 of 10\n\nLast 3 km at half-marathon pace.',
    );
    // The coach's own recovery run: easy pace + 56 s ± 15 s (6:41 → 6:26–6:56).
    expect(d.get('rc')).toContain('\nPace: 6:26–6:56 /km\n');
    // A tempo's pace is the coach's to set (in its title, notes or steps): none is made up.
    expect(d.get('tp')).not.toContain('Pace:');
  });

  it('give the band per mile in a plan kept in miles', () => {
    // 330 and 360 s/km × 1.609344 → 8:51 and 9:39 /mi.
    expect(descriptions('mi').get('ez')).toContain('\nPace: 8:30–10:10 /mi\n');
  });
});

// The printed week gives a race its pace (its time over its distance, print-race-pace.test.ts); the
// calendar event, which the athlete checks on race morning, gave none.
describe('the calendar event of a race', () => {
  it('carries the pace of its time over its distance, as the printed week does', () => {
    const race: StoredSession = {
      ...base,
      id: 'race',
      date: '2027-03-13',
      kind: 'race',
      title: 'City 10K',
      durationMin: 50,
      distanceKm: 10,
    };
    const calendar = new ICAL.Component(ICAL.parse(planToIcs(doc([race], 'km'), { includeRest: true })));
    const event = calendar
      .getAllSubcomponents('vevent')
      .find((e) => String(e.getFirstPropertyValue('uid')).startsWith('race.'));
    expect(String(event?.getFirstPropertyValue('description'))).toBe(
      'Duration: 50 min\nDistance: 10.0 km\nPace: 5:00 /km\nRPE: 9 of 10',
    );
  });
});
