import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databasePath } from '../store/database';
import { openPlanStore, type PlanStore } from '../store/plan-store';

/** A real SQLite file in a fresh temp folder; `cleanup` closes and removes it. */
export function tempStore(): { store: PlanStore; dir: string; file: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'stride-test-'));
  const file = databasePath(dir);
  const store = openPlanStore(file);
  return {
    store,
    dir,
    file,
    cleanup() {
      try {
        store.close();
      } catch {
        /* already closed */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every table, for "nothing changed" assertions. */
export function dumpStore(store: PlanStore): Record<string, unknown[]> {
  const tables = store.db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all();
  return Object.fromEntries(tables.map((t) => [t.name, store.db.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).all()]));
}
