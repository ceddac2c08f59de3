/**
 * Applying the pending migrations, with foreign keys off the way SQLite documents for changing
 * a table's schema (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table
 * Schema Changes"): a migration that rebuilds a parent table (version 7 rebuilds `plans`) drops
 * it, and with foreign keys on that drop deletes every session, dismissal and history step of
 * every plan (ON DELETE CASCADE). `PRAGMA foreign_keys` does nothing inside a transaction, so it
 * is turned off before the one transaction and back on after it, whatever happens; inside,
 * `foreign_key_check` must find no broken reference the migrations made (one the store already
 * had, from a time it was written with foreign keys off, is not theirs to refuse).
 */
import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

type Db = Database.Database;

interface Violation {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

const violations = (db: Db): Set<string> =>
  new Set((db.pragma('foreign_key_check') as Violation[]).map((v) => `${v.table} ${v.rowid} ${v.parent} ${v.fkid}`));

/**
 * Runs every migration above the version read inside the transaction, up to `to`, then sets the
 * version; all of it or nothing. `begin` runs the transaction (the caller takes the write lock
 * and retries while another process holds it). Foreign keys are as they were when this returns or throws.
 */
export function applyMigrations(
  db: Db,
  to: number,
  begin: (run: () => void) => void,
  migrations: readonly Migration[] = MIGRATIONS,
): void {
  const run = () => {
    const from = db.pragma('user_version', { simple: true }) as number;
    const pending = migrations.filter((m) => m.version > from && m.version <= to);
    if (pending.length === 0) return;
    const before = violations(db);
    for (const m of pending) db.exec(m.up);
    const broken = [...violations(db)].filter((v) => !before.has(v));
    if (broken.length > 0) {
      throw new Error(`upgrading the store would break ${broken.length} reference(s) (${broken.slice(0, 3).join('; ')})`);
    }
    db.pragma(`user_version = ${pending[pending.length - 1].version}`);
  };
  const wasOn = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    begin(run);
  } finally {
    if (wasOn) db.pragma('foreign_keys = ON');
  }
}
