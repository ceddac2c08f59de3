/** `npx tsx bench/edit-bench.main.ts`: only the edit figures. */
import { runEditBench } from './edit-bench';

runEditBench();
