/**
 * The plan store behind one interface: the repositories over one better-sqlite3 connection.
 * Handlers, the CLI and the benches all go through this; tests open a temp file.
 */
import { createAthleteRepository } from './athlete-repository';
import { openDatabase, StoreError, type Db, type OpenOptions } from './database';
import { createDismissalRepository } from './dismissal-repository';
import { createHistoryRepository } from './history-repository';
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
  /** Runs `fn` as one transaction: every multi-row change is all or nothing. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export function createPlanStore(db: Db): PlanStore {
  return {
    db,
    athletes: createAthleteRepository(db),
    plans: createPlanRepository(db),
    sessions: createSessionRepository(db),
    dismissals: createDismissalRepository(db),
    content: createPlanContentRepository(db),
    history: createHistoryRepository(db),
    library: createLibraryRepository(db),
    transaction: (fn) => db.transaction(fn)(),
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
