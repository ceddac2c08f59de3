/**
 * The plain-text help behind the load chart ("How load is counted"), in the words of load.md.
 * Shown in the app and printable; kept here so the renderer and any export say the same thing.
 */
import { DEFAULT_RPE, DEFAULT_TITLE } from './kinds';

export interface HelpSection {
  heading: string;
  text: string;
}

export const LOAD_HELP_TITLE = 'How load is counted';

const defaultRpeList = (Object.keys(DEFAULT_RPE) as (keyof typeof DEFAULT_RPE)[])
  .map((kind) => `${DEFAULT_TITLE[kind].toLowerCase()} ${DEFAULT_RPE[kind]}`)
  .join(', ');

export const LOAD_HELP: readonly HelpSection[] = [
  {
    heading: 'Session load',
    text:
      'Each session counts its minutes times its effort on the 1–10 RPE scale (the session-RPE method, ' +
      'Foster et al. 2001). The result is in arbitrary units (AU): 45 minutes at RPE 3 is 135 AU. ' +
      'A rest day counts nothing. A week adds up every session in it, the coach’s and the automatic ones.',
  },
  {
    heading: 'Effort when none is set',
    text: `Where a session has no RPE, its kind gives one: ${defaultRpeList}. Rest days have none.`,
  },
  {
    heading: 'Three zones',
    text:
      'The chart stacks each week’s load in three zones, the three-zone model of polarized-training ' +
      'research (Seiler): low is RPE 1–4, moderate RPE 5–6, high RPE 7–10.',
  },
  {
    heading: 'Monotony and strain',
    text:
      'Monotony is the mean of the week’s seven daily loads divided by how much they vary (their standard ' +
      'deviation); strain is the week’s load times its monotony (Foster 1998). A week where every day ' +
      'looks alike scores high. Foster found the thresholds differ from athlete to athlete, so the line at ' +
      '2.0 is a common rule of thumb to look at, not a verdict. A week with the same load on all seven days ' +
      'has no monotony value and is pointed out too.',
  },
  {
    heading: 'Acute:chronic ratio',
    text:
      'The line compares a week’s load with the average of that week and up to three before it. ' +
      'Gabbett (2016) called 0.8–1.3 the “sweet spot” (shaded) and above 1.5 the danger zone, and Stride ' +
      'notes weeks above 1.5, except a week that holds a race: the race is its purpose, and its load is ' +
      'meant to stand out. Take it as information only: the ratio is mathematically coupled, since the ' +
      'week is part of its own average (Lolli 2019); putting random numbers in place of the chronic load ' +
      'gives much the same odds ratios (Impellizzeri 2020); and in runners, week-to-week ratios did not ' +
      'predict injury while a spike in a single run did (Frandsen 2025), which is why Stride also checks ' +
      'each run against the longest run of the 30 days before it.',
  },
  {
    heading: 'Fitness, fatigue and form',
    text:
      'Fitness follows each day’s load slowly, averaged over about 42 days; fatigue follows it quickly, over ' +
      'about 7 days. Form is the fitness minus fatigue of the day before: below 0 after hard days, above 0 ' +
      'when rested, which is what a taper aims for on race day. Both start the day before the plan at a ' +
      'steady week of the athlete’s recent weekly distance at easy pace and RPE 3, or at 0 without one.',
  },
];
