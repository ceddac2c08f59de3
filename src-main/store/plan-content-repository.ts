/**
 * A plan's editable content (settings, sessions in order, dismissals, revision ledger) read as
 * one `PlanContent` and written back as the difference between two of them: only the rows an
 * edit batch changed are touched, and the plan's `version` rises once per write. `applyEdits`
 * decides what changes; this file only stores it.
 *
 * The last content of each plan is kept in memory with the version and uid it was read at: an
 * edit on a 104-week plan then reads one row (the version) instead of 700 (issue 9: a single edit
 * in the store within 2 ms). Every change of a plan raises its version, from this process or any
 * other (the command line), so a different version means "read again"; the uid tells a new plan
 * from a deleted one that had its id (the store no longer hands an id out twice, migration 7, but
 * a row written with its id, by a script or a copy put back, could still bring one back).
 * Contents are values (`applyEdits` never mutates one), so handing out the cached object is safe.
 * Writes that bypass this repository call `forget`, and a failed transaction forgets everything
 * (its rollback may have undone a write that was cached).
 */
import type { Plan } from '../../src-shared/api/entities';
import type { StepItem } from '../../src-shared/domain/steps';
import type { CoachSession, DerivedRuleId } from '../../src-shared/domain/types';
import type { PlanContent, PlanSettings } from '../../src-shared/edits/plan-edit';
import type { Db } from './database';

interface SessionRow {
  id: string;
  date: string;
  kind: CoachSession['kind'];
  title: string | null;
  duration_min: number | null;
  distance_km: number | null;
  rpe: number | null;
  notes: string | null;
  revision: number;
  /** JSON text of the steps, NULL for none. */
  steps: string | null;
}

interface PlanRow {
  name: string;
  goal: string | null;
  units: Plan['units'];
  start_date: string;
  weeks: number;
  week_starts_on: Plan['weekStartsOn'];
  version: number;
}

const SESSION_KEYS = ['date', 'kind', 'title', 'durationMin', 'distanceKm', 'rpe', 'notes'] as const;
const SETTINGS_KEYS = ['name', 'goal', 'units', 'startDate', 'weeks', 'weekStartsOn'] as const;

export function createPlanContentRepository(db: Db) {
  const planRow = db.prepare<[number], PlanRow>(
    'SELECT name, goal, units, start_date, weeks, week_starts_on, version FROM plans WHERE id = ?',
  );
  const versionOf = db.prepare<[number], { version: number; uid: string }>(
    'SELECT version, uid FROM plans WHERE id = ?',
  );
  const cache = new Map<number, { uid: string; version: number; content: PlanContent }>();
  const sessionRows = db.prepare<[number], SessionRow>(
    'SELECT id, date, kind, title, duration_min, distance_km, rpe, notes, revision, steps FROM sessions WHERE plan_id = ? ORDER BY date, position, rowid',
  );
  const dismissalRows = db.prepare<[number], { date: string; rule_id: DerivedRuleId }>(
    'SELECT date, rule_id FROM dismissals WHERE plan_id = ? ORDER BY date, rule_id',
  );
  const ledgerRows = db.prepare<[number], { session_id: string; revision: number }>(
    'SELECT session_id, revision FROM session_revisions WHERE plan_id = ?',
  );
  const updatePlan = db.prepare(`
    UPDATE plans SET name = @name, goal = @goal, units = @units, start_date = @startDate, weeks = @weeks,
      week_starts_on = @weekStartsOn
    WHERE id = @planId`);
  const bump = db.prepare<[number]>('UPDATE plans SET version = version + 1 WHERE id = ?');
  const insertSession = db.prepare(`
    INSERT INTO sessions (plan_id, id, date, kind, title, duration_min, distance_km, rpe, notes, revision, position, steps)
    VALUES (@planId, @id, @date, @kind, @title, @durationMin, @distanceKm, @rpe, @notes, @revision, @position, @steps)`);
  const updateSession = db.prepare(`
    UPDATE sessions SET date = @date, kind = @kind, title = @title, duration_min = @durationMin,
      distance_km = @distanceKm, rpe = @rpe, notes = @notes, revision = @revision, position = @position,
      steps = @steps
    WHERE plan_id = @planId AND id = @id`);
  const deleteSession = db.prepare<[number, string]>('DELETE FROM sessions WHERE plan_id = ? AND id = ?');
  const setRevision = db.prepare<[number, string, number]>(`
    INSERT INTO session_revisions (plan_id, session_id, revision) VALUES (?, ?, ?)
    ON CONFLICT (plan_id, session_id) DO UPDATE SET revision = excluded.revision`);
  const addDismissal = db.prepare<[number, string, string]>(
    'INSERT OR IGNORE INTO dismissals (plan_id, date, rule_id) VALUES (?, ?, ?)',
  );
  const removeDismissal = db.prepare<[number, string, string]>(
    'DELETE FROM dismissals WHERE plan_id = ? AND date = ? AND rule_id = ?',
  );

  return {
    /** The plan's content and version, or undefined when there is no such plan. */
    load(planId: number): { content: PlanContent; version: number } | undefined {
      const current = versionOf.get(planId);
      if (!current) {
        cache.delete(planId);
        return undefined;
      }
      const cached = cache.get(planId);
      if (cached && cached.version === current.version && cached.uid === current.uid) {
        return { content: cached.content, version: cached.version };
      }
      const loaded = readContent(planId);
      if (loaded) cache.set(planId, { uid: current.uid, ...loaded });
      return loaded;
    },

    version: (planId: number): number | undefined => versionOf.get(planId)?.version,

    /** Forgets what is kept of a plan (a write that did not go through `write`). */
    forget: (planId: number): void => void cache.delete(planId),

    /** Forgets every plan kept (after a rolled-back transaction). */
    forgetAll: (): void => cache.clear(),

    /** Raises the plan's version: every change of a plan, from anywhere, does. */
    bumpVersion: (planId: number): void => {
      bump.run(planId);
      cache.delete(planId);
    },

    /** Stores what changed from `before` to `after` and raises the version (call inside a transaction). */
    write(planId: number, before: PlanContent, after: PlanContent): void {
      writeDifference(planId, before, after);
      bump.run(planId);
      const current = versionOf.get(planId);
      if (current) cache.set(planId, { uid: current.uid, version: current.version, content: after });
    },
  };

  function readContent(planId: number): { content: PlanContent; version: number } | undefined {
    const p = planRow.get(planId);
    if (!p) return undefined;
    const revisions = new Map<string, number>();
    for (const r of ledgerRows.all(planId)) revisions.set(r.session_id, r.revision);
    const sessions = sessionRows.all(planId).map((r): CoachSession => {
      // Rows written outside this repository (older code, tests) may be ahead of the ledger.
      const ledger = revisions.get(r.id);
      if (ledger === undefined || ledger < r.revision) revisions.set(r.id, r.revision);
      return {
        id: r.id,
        date: r.date,
        kind: r.kind,
        title: r.title,
        durationMin: r.duration_min,
        distanceKm: r.distance_km,
        rpe: r.rpe,
        notes: r.notes,
        ...(r.steps ? { steps: JSON.parse(r.steps) as StepItem[] } : {}),
      };
    });
    const settings: PlanSettings = {
      name: p.name,
      goal: p.goal,
      units: p.units,
      startDate: p.start_date,
      weeks: p.weeks,
      weekStartsOn: p.week_starts_on,
    };
    const dismissed = dismissalRows.all(planId).map((d) => ({ date: d.date, ruleId: d.rule_id }));
    return { content: { settings, sessions, dismissed, revisions }, version: p.version };
  }

  function writeDifference(planId: number, before: PlanContent, after: PlanContent): void {
    if (SETTINGS_KEYS.some((k) => before.settings[k] !== after.settings[k])) {
      updatePlan.run({ planId, ...after.settings });
    }
    const old = placed(before.sessions);
    const now = placed(after.sessions);
    for (const id of old.keys()) if (!now.has(id)) deleteSession.run(planId, id);
    for (const [id, { session, position }] of now) {
      const revision = after.revisions.get(id) ?? 0;
      const revisionBefore = before.revisions.get(id) ?? 0;
      const prev = old.get(id);
      // Untouched sessions are the same objects in both contents (applyEdits copies only what
      // it changes): nothing to compare or write.
      if (prev && prev.session === session && prev.position === position && revisionBefore === revision)
        continue;
      const steps = stepsText(session);
      const row = { ...session, planId, revision, position, steps };
      if (!prev) insertSession.run(row);
      else if (
        prev.position !== position ||
        revisionBefore !== revision ||
        SESSION_KEYS.some((k) => prev.session[k] !== session[k]) ||
        stepsText(prev.session) !== steps
      ) {
        updateSession.run(row);
      }
    }
    // applyEdits hands the same map on when no revision changed.
    if (after.revisions !== before.revisions) {
      for (const [id, revision] of after.revisions) {
        if (before.revisions.get(id) !== revision) setRevision.run(planId, id, revision);
      }
    }
    const key = (d: { date: string; ruleId: string }) => `${d.date} ${d.ruleId}`;
    const oldD = new Set(before.dismissed.map(key));
    const newD = new Set(after.dismissed.map(key));
    for (const d of before.dismissed) if (!newD.has(key(d))) removeDismissal.run(planId, d.date, d.ruleId);
    for (const d of after.dismissed) if (!oldD.has(key(d))) addDismissal.run(planId, d.date, d.ruleId);
  }
}

function stepsText(s: CoachSession): string | null {
  return s.steps && s.steps.length > 0 ? JSON.stringify(s.steps) : null;
}

/** Each session with its place inside its day (the array is in display order). */
function placed(sessions: readonly CoachSession[]): Map<string, { session: CoachSession; position: number }> {
  const out = new Map<string, { session: CoachSession; position: number }>();
  let day = '';
  let position = 0;
  for (const s of sessions) {
    position = s.date === day ? position + 1 : 0;
    day = s.date;
    out.set(s.id, { session: s, position });
  }
  return out;
}

export type PlanContentRepository = ReturnType<typeof createPlanContentRepository>;
