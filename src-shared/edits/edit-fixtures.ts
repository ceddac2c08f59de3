/** Small plans for the edit tests (shared by the shared, main and renderer tests). */
import type { CoachSession } from '../domain/types';
import type { PlanContent, PlanSettings } from './plan-edit';
import { sessionFromKind } from './session-defaults';

export const SETTINGS: PlanSettings = {
  name: 'Half marathon',
  goal: null,
  units: 'km',
  startDate: '2026-11-30', // a Monday
  weeks: 4,
  weekStartsOn: 'monday',
};

export function contentWith(sessions: CoachSession[], settings: Partial<PlanSettings> = {}): PlanContent {
  const revisions = new Map(sessions.map((s) => [s.id, 0]));
  return { settings: { ...SETTINGS, ...settings }, sessions, dismissed: [], revisions };
}

/** Week 1: Tue tempo, Thu easy + strength, Sun long; week 2: Sun race. */
export function sampleContent(): PlanContent {
  return contentWith([
    sessionFromKind('a', '2026-12-01', 'tempo'),
    sessionFromKind('b', '2026-12-03', 'easy'),
    sessionFromKind('c', '2026-12-03', 'strength'),
    sessionFromKind('d', '2026-12-06', 'long', { title: 'Long run', notes: 'hilly' }),
    sessionFromKind('e', '2026-12-13', 'race', { title: 'Parkrun' }),
  ]);
}

/** Content without revisions: what undo must restore exactly (revisions only grow). */
export function withoutRevisions(c: PlanContent): Omit<PlanContent, 'revisions'> {
  return { settings: c.settings, sessions: c.sessions, dismissed: c.dismissed };
}
