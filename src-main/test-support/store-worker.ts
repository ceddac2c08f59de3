/**
 * A separate process that opens a plan store the way every Stride process does, for the tests of
 * concurrent and interrupted opening (bundled by `buildStoreWorker`, run with plain `node`).
 * argv: <file> [add-athlete]. Prints "ok <version>" or "error <message>".
 */
import { openPlanStore } from '../store/plan-store';

const [file, action] = process.argv.slice(2);
try {
  const store = openPlanStore(file);
  if (action === 'add-athlete') {
    store.athletes.create({
      name: `Runner ${process.pid}`,
      level: 'intermediate',
      runDaysPerWeek: 4,
      easyPaceSecPerKm: null,
      fatigued: false,
      recoveryStyle: 'runs',
      recentLongestRunKm: null,
      units: 'km',
    } as never);
  }
  process.stdout.write(`ok ${String(store.db.pragma('user_version', { simple: true }))}\n`);
  store.close();
} catch (error) {
  process.stdout.write(`error ${(error as Error).message}\n`);
  process.exitCode = 1;
}
