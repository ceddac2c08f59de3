/**
 * Refused step lines, kept while the app runs. Nothing is saved from refused text (workouts.md),
 * but the inspector is rebuilt for every session the coach selects: a long line with one slip
 * was gone when the coach looked at another session and came back. Keyed by plan and session.
 */
const drafts = new Map<string, string>();

const key = (planId: number | undefined, sessionId: string): string => `${planId ?? ''}/${sessionId}`;

export function refusedLine(planId: number | undefined, sessionId: string): string | undefined {
  return drafts.get(key(planId, sessionId));
}

/** Keep `text` as the session's refused line, or forget it (`null`: the line parsed, or was saved). */
export function keepRefusedLine(planId: number | undefined, sessionId: string, text: string | null): void {
  if (text === null) drafts.delete(key(planId, sessionId));
  else drafts.set(key(planId, sessionId), text);
}
