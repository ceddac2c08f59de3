/**
 * What an earlier calendar file's cancelled events were: their file has no CATEGORIES, so the kind
 * is read back from the summary the athlete saw (athlete-words.ts), which `--no-rest` needs to
 * leave a cancelled rest day alone.
 */
import { describe, expect, it } from 'vitest';
import { athleteSummary } from '../../src-shared/domain/athlete-words';
import { SESSION_KINDS, type SessionKind } from '../../src-shared/domain/kinds';
import type { PlanSession } from '../../src-shared/domain/types';
import { kindOfSummary } from './ical-earlier-export';

function coach(kind: SessionKind, title: string | null): PlanSession {
  return {
    id: 's1',
    date: '2027-03-02',
    kind,
    title,
    durationMin: kind === 'rest' ? null : 30,
    distanceKm: null,
    rpe: null,
    notes: null,
    origin: 'coach',
  };
}

describe('kindOfSummary', () => {
  it('gives back the kind of every summary the export writes, whatever the coach titled it', () => {
    // A title naming another kind must not mislead it: "Rest day shakeout" is an easy run.
    const titles = [null, 'Rest day shakeout', 'Easy day off', 'Long run by the river', 'Race prep', '6 x 800 m'];
    for (const kind of SESSION_KINDS) {
      for (const title of titles) {
        const summary = athleteSummary(coach(kind, title));
        expect([summary, kindOfSummary(summary)]).toEqual([summary, kind]);
      }
    }
  });

  it('knows nothing of a summary it did not write', () => {
    expect(kindOfSummary('Training session')).toBeNull();
    expect(kindOfSummary('Restorative yoga')).toBeNull();
  });
});
