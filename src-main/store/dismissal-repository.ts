import type { Dismissal } from '../../src-shared/domain/types';
import type { Db } from './database';

export function createDismissalRepository(db: Db) {
  const list = db.prepare<[number], { date: string; rule_id: Dismissal['ruleId'] }>(
    'SELECT date, rule_id FROM dismissals WHERE plan_id = ? ORDER BY date, rule_id',
  );
  const insert = db.prepare<[number, string, string]>(
    'INSERT OR IGNORE INTO dismissals (plan_id, date, rule_id) VALUES (?, ?, ?)',
  );
  const remove = db.prepare<[number, string, string]>('DELETE FROM dismissals WHERE plan_id = ? AND date = ? AND rule_id = ?');
  const clear = db.prepare<[number]>('DELETE FROM dismissals WHERE plan_id = ?');

  return {
    list: (planId: number): Dismissal[] => list.all(planId).map((r) => ({ date: r.date, ruleId: r.rule_id })),
    add: (planId: number, d: Dismissal): void => void insert.run(planId, d.date, d.ruleId),
    remove: (planId: number, d: Dismissal): number => remove.run(planId, d.date, d.ruleId).changes,
    clear: (planId: number): void => void clear.run(planId),
  };
}

export type DismissalRepository = ReturnType<typeof createDismissalRepository>;
