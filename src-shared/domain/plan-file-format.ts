/**
 * What a plan file is (plan-file.md): its format name, the versions Stride writes and reads, the
 * longest session it takes, and the data a file holds once read (what the writer writes back).
 * Shared by the reader and the writer; plan-file.ts re-exports all of it.
 */
import type { AthleteSettings, CoachSession, Dismissal, PlanFrame, PlanPhase, Units } from './types';
import type { FileWorkout } from './plan-file-library';

export const PLAN_FILE_FORMAT = 'stride-plan';
/** The workout library's own file (library-file.ts), named here so the plan reader can tell it. */
export const LIBRARY_FILE_FORMAT = 'stride-library';
/** The version Stride writes (plan-file.md "Version 2"); it reads 1 and 2. */
export const PLAN_FILE_VERSION = 2;
export const PLAN_FILE_VERSIONS_READ: readonly number[] = [1, 2];
/**
 * The most characters a plan file may hold: far above any real plan (104 weeks of sessions with
 * 5,000-character notes are about 8 million), and below the browser preview's 25 MB call limit.
 */
export const PLAN_FILE_MAX_CHARS = 20_000_000;

/**
 * The refusal of a text too large to be a plan file, or null. Megabytes are counted as
 * characters, which is what a mostly-ASCII JSON file is ("about").
 */
export function planFileSizeProblem(text: string): string | null {
  return text.length <= PLAN_FILE_MAX_CHARS ? null : tooLargeText(text.length);
}

/**
 * The same refusal from the file's size in bytes, before it is read, or null where it may still
 * be small enough: a video picked by mistake is refused at once instead of being read whole.
 * UTF-16 takes two bytes a character (plus a byte-order mark), so only more than that is sure.
 */
export function planFileBytesProblem(bytes: number): string | null {
  return bytes <= 2 * PLAN_FILE_MAX_CHARS + 2 ? null : tooLargeText(bytes);
}

function tooLargeText(size: number): string {
  const mb = (size / 1_000_000).toFixed(1);
  return `the file is about ${mb} MB, larger than a plan file may be (at most ${PLAN_FILE_MAX_CHARS / 1_000_000} MB)`;
}
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
