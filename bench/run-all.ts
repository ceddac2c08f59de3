/** `npm run bench`: every figure the issues ask for, printed one per line with its budget. */
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
import { runWorkoutsBench } from './workouts-bench';

async function main(): Promise<void> {
  console.log('Stride benchmarks (medians; this machine: 2 cores)\n');
  runStoreBench();
  runEditBench();
  runRulesBench();
  await runWorkoutsBench();
  runGoalBench();
  runFitnessBench();
  runTemplateBench();
  runIcalBench();
  await runChromiumBench();
  await runEditPaintBench();
  await runPdfBench();
  runCliBench();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
