/**
 * Workouts (issue #11): parsing and totalling a 52-week plan whose every quality session has
 * steps (budget 2 ms), the FIT export of that plan (budget 150 ms), and (`runWorkoutsRulesBench`)
 * the rules on 104 weeks with steps and time-only sessions to estimate (budget 1 ms).
 */
import { loadavg } from 'node:os';
import { planDocumentOfFile } from '../src-main/cli/commands/export-ics';
import { loadFitSdk, planFitFiles } from '../src-main/export/fit';
import { athletePaces } from '../src-shared/domain/paces';
import { stepTotals } from '../src-shared/domain/steps';
import { formatStepsText, parseStepsText } from '../src-shared/domain/steps-text';
import type { StepItem } from '../src-shared/domain/steps';
import type { CoachSession, RulesInput } from '../src-shared/domain/types';
import { evaluatePlan } from '../src-shared/rules/evaluate-plan';
import { benchRulesInput } from './fixtures';
import { medianMs, ms, report } from './measure';

const LINES: Record<string, string> = {
  intervals: '15min E, 6x(800m I, 2min jog), 10min E',
  tempo: "20' easy, 3 x 10min T / 2min jog, 10' easy",
  long: '30min E, 60min M, 10min E',
};

/** The bench plan with steps on every quality session (intervals, tempo, long) and no typed distance. */
export function workoutsInput(weeks: number): RulesInput {
  const input = benchRulesInput(weeks);
  const sessions: CoachSession[] = input.sessions.map((s) => {
    const line = LINES[s.kind];
    if (!line) return { ...s, distanceKm: s.kind === 'easy' ? null : s.distanceKm }; // easy runs: time only, estimated
    const r = parseStepsText(line);
    if (!r.ok) throw new Error(r.error.message);
    return { ...s, distanceKm: null, durationMin: null, steps: r.steps };
  });
  return { ...input, sessions };
}

export async function runWorkoutsBench(): Promise<void> {
  const in52 = workoutsInput(52);
  const texts = in52.sessions.filter((s) => s.steps).map((s) => formatStepsText(s.steps as StepItem[]));
  const p = athletePaces(in52.athlete);
  const parse = medianMs(
    () => {
      for (const t of texts) {
        const r = parseStepsText(t);
        if (r.ok) stepTotals(r.steps, p);
      }
    },
    200,
    20,
  );
  report(`parse + total steps of 52 weeks (${texts.length} sessions, median)`, ms(parse), '2 ms', parse <= 2);

  const doc = planDocumentOfFile({
    athlete: { name: 'Bench', ...in52.athlete },
    plan: { name: 'Bench', units: 'km', ...in52.plan },
    sessions: in52.sessions,
    dismissed: [],
  });
  await loadFitSdk();
  const times: number[] = [];
  let files = 0;
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    files = (await planFitFiles(doc)).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const fit = times[Math.floor(times.length / 2)];
  report(`FIT export of 52 weeks (${files} files, median)`, ms(fit), '150 ms', fit <= 150);
  report('  (load average while measuring the workouts, 1 min)', loadavg()[0].toFixed(2));
}

/**
 * The rules on 104 weeks of sessions with steps and no typed figures (budget 1 ms), run by
 * `npm run bench` in a process of its own: after the FIT export in the same process this line
 * read 0.8-0.9 ms instead of 0.4-0.7 ms, a fifth of it in the garbage collector (V8's feedback
 * from the FIT export's use of the step code, not the rules' own work).
 */
export function runWorkoutsRulesBench(): void {
  // As rules-bench.ts: 200 warm-up runs let V8 optimise the whole pass before anything is
  // counted (with 30, three runs in a row read 0.44-0.80 ms; with 200, 0.37-0.47 ms). Nothing is
  // remembered from one run to the next (no cache): every run computes every estimate, copy and
  // warning afresh. The sessions with steps are made by spreading (`{ ...s, steps }`), which gives
  // V8 ~300 hidden classes for 624 sessions; the app's (plainSession) share two. evaluatePlan
  // reads both alike (plan-session-copy.ts).
  const in104 = workoutsInput(104);
  const rules = medianMs(() => void evaluatePlan(in104), 1000, 200);
  report('rules on 104 weeks with steps and estimates (median)', ms(rules), '1 ms', rules <= 1);
  report('  (load average while measuring those rules, 1 min)', loadavg()[0].toFixed(2));
}
