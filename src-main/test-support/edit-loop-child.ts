/**
 * A child process for the kill -9 test: edits one plan in a tight loop (each edit adds a session
 * and records its history step) and prints each committed count, until it is killed.
 * Usage (one process, so SIGKILL reaches it): node --import tsx edit-loop-child.ts <database file> <plan id>
 */
import { addDays } from '../../src-shared/domain/dates';
import { sessionFromKind } from '../../src-shared/edits/session-defaults';
import { editPlan } from '../services/plan-edits';
import { openPlanStore } from '../store/plan-store';

const [file, planIdText] = process.argv.slice(2);
const planId = Number(planIdText);
const store = openPlanStore(file);
const start = store.plans.get(planId)!.startDate;
for (let i = 0; ; i++) {
  const session = sessionFromKind(`k${i}`, addDays(start, i % 700), 'easy');
  editPlan(store, planId, { label: `Add ${i}`, edits: [{ op: 'session.add', session }] });
  process.stdout.write(`${i + 1}\n`);
}
