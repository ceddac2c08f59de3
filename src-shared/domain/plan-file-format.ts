/**
 * What a plan file is (plan-file.md): its format name, the versions Stride writes and reads, the
 * longest session it takes, and the data a file holds once read (what the writer writes back).
 * Shared by the reader and the writer; plan-file.ts re-exports all of it.
 */
import type { AthleteSettings, CoachSession, Dismissal, PlanFrame, PlanPhase, Units } from './types';
import type { FileWorkout } from './plan-file-library';

export const PLAN_FILE_FORMAT = 'stride-plan';
/** The version Stride writes (plan-file.md "Version 2"); it reads 1 and 2. */
export const PLAN_FILE_VERSION = 2;
export const PLAN_FILE_VERSIONS_READ: readonly number[] = [1, 2];
/** A session's longest duration in minutes (plan-file.md `sessions[].durationMin`). */
export const SESSION_MAX_MIN = 1440;

export interface PlanFileData {
  athlete: { name: string } & AthleteSettings;
  plan: { name: string; units: Units; phases?: PlanPhase[]; goal?: string | null } & PlanFrame;
  sessions: CoachSession[];
  dismissed: Dismissal[];
  /** v2: the coach's workout library (plan-file-library.ts); absent when empty. */
  library?: FileWorkout[];
}

export type PlanFileParse = { ok: true; data: PlanFileData; notices: string[] } | { ok: false; errors: string[] };
