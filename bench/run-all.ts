/**
 * `npm run bench`: every figure the issues ask for, printed one per line with its budget.
 *
 * Each bench runs in a Node process of its own, one after the other. In one shared process the
 * figures depended on what ran before them: the rules with steps and estimates read 0.4–0.7 ms
 * alone and 0.8–1.0 ms after the store, edit and plain rules benches and the FIT export, with a
 * fifth of its time in the garbage collector (V8's feedback from the earlier work made the pass
 * allocate more). A fresh process measures each part of Stride as itself.
 */
import { spawnSync } from 'node:child_process';
import { runChromiumBench } from './chromium-bench';
import { runCliBench } from './cli-bench';
import { runEditBench } from './edit-bench';
import { runEditPaintBench } from './edit-paint-bench';
import { runFitnessBench } from './fitness-bench';
import { runGoalBench } from './goal-bench';
import { runIcalBench } from './ical-bench';
import { runPdfBench } from './pdf-bench';
import { runRulesBench } from './rules-bench';
import { runStoreBench } from './store-bench';
import { runTemplateBench } from './template-bench';
import { runWorkoutsBench, runWorkoutsRulesBench } from './workouts-bench';

const BENCHES: Record<string, () => void | Promise<void>> = {
  store: runStoreBench,
  edit: runEditBench,
  rules: runRulesBench,
  workouts: runWorkoutsBench,
  'workouts-rules': runWorkoutsRulesBench,
  goal: runGoalBench,
  fitness: runFitnessBench,
  template: runTemplateBench,
  ical: runIcalBench,
  chromium: runChromiumBench,
  'edit-paint': runEditPaintBench,
  pdf: runPdfBench,
  cli: runCliBench,
};

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only) {
    const bench = BENCHES[only];
    if (!bench) throw new Error(`no bench "${only}": one of ${Object.keys(BENCHES).join(', ')}`);
    await bench();
    return;
  }
  console.log('Stride benchmarks (medians; this machine: 2 cores)\n');
  for (const name of Object.keys(BENCHES)) {
    // The same runtime and loader (tsx) as this process, on this file, for one bench.
    const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1], name], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`the ${name} bench failed (exit ${run.status ?? run.signal})`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
