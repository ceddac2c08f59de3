/**
 * The plan store behind one interface: the repositories over one better-sqlite3 connection.
 * Handlers, the CLI and the benches all go through this; tests open a temp file.
 */
import { createAthleteRepository } from './athlete-repository';
import { openDatabase, StoreError, type Db, type OpenOptions } from './database';
import { createDismissalRepository } from './dismissal-repository';
import { createHistoryRepository } from './history-repository';
import { createIcsExportRepository } from './ics-export-repository';
import { createLibraryRepository } from './library-repository';
import { createPlanContentRepository } from './plan-content-repository';
import { createPlanRepository } from './plan-repository';
import { createSessionRepository } from './session-repository';

export interface PlanStore {
  readonly db: Db;
  readonly athletes: ReturnType<typeof createAthleteRepository>;
  readonly plans: ReturnType<typeof createPlanRepository>;
  readonly sessions: ReturnType<typeof createSessionRepository>;
  readonly dismissals: ReturnType<typeof createDismissalRepository>;
  /** A plan's editable content as one value, written back as a difference (the edit path's store). */
  readonly content: ReturnType<typeof createPlanContentRepository>;
  readonly history: ReturnType<typeof createHistoryRepository>;
  /** The coach's workout library: across plans and athletes. */
  readonly library: ReturnType<typeof createLibraryRepository>;
  /** What each iCal event of a plan said when last exported, for its SEQUENCE (export/ical.ts). */
  readonly icsExports: ReturnType<typeof createIcsExportRepository>;
  /** Runs `fn` as one transaction: every multi-row change is all or nothing. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export function createPlanStore(db: Db): PlanStore {
  const content = createPlanContentRepository(db);
  // Writes that go around the content repository (imports, tests, benches) make it read that
  // plan again rather than trust what it keeps in memory.
  const forget = (planId: number) => content.forget(planId);
  const plans = createPlanRepository(db);
  const sessions = createSessionRepository(db);
  const dismissals = createDismissalRepository(db);
  return {
    db,
    athletes: createAthleteRepository(db),
    plans: {
      ...plans,
      update: (plan) => (forget(plan.id), plans.update(plan)),
      remove: (id) => (forget(id), plans.remove(id)),
    },
    sessions: {
      ...sessions,
      insert: (planId, session) => (forget(planId), sessions.insert(planId, session)),
      update: (planId, session) => (forget(planId), sessions.update(planId, session)),
      remove: (planId, id) => (forget(planId), sessions.remove(planId, id)),
    },
    dismissals: {
      ...dismissals,
      add: (planId, d) => (forget(planId), dismissals.add(planId, d)),
      remove: (planId, d) => (forget(planId), dismissals.remove(planId, d)),
      clear: (planId) => (forget(planId), dismissals.clear(planId)),
    },
    content,
    history: createHistoryRepository(db),
    library: createLibraryRepository(db),
    icsExports: createIcsExportRepository(db),
    transaction: (fn) => {
      try {
        return db.transaction(fn)();
      } catch (error) {
        // Rolled back: a content cached during it may never have been stored.
        content.forgetAll();
        throw error;
      }
    },
    close: () => db.close(),
  };
}

export function openPlanStore(file: string, options?: OpenOptions): PlanStore {
  return createPlanStore(openDatabase(file, options));
}

/**
 * The app's store (desktop and browser preview): read-write, or read-only when the file, its
 * folder or the disk cannot be written, so the coach can still look at and export every plan.
 */
export function openAppStore(file: string, options: OpenOptions = {}): PlanStore {
  try {
    return openPlanStore(file, options);
  } catch (error) {
    if (error instanceof StoreError && error.problem === 'read-only') return openPlanStore(file, { ...options, readonly: true });
    throw error;
  }
}
