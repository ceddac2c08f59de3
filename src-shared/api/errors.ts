/** Errors that handlers throw and the wrapper turns into a `CallError`. */
import type { z } from 'zod';
import { echo } from '../domain/bounds';
import type { CallError } from './contract';

export class StrideError extends Error {
  constructor(
    readonly code: CallError['code'],
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'StrideError';
  }
}

export const notFound = (what: string) => new StrideError('not-found', `${what} does not exist`);

/**
 * A plan, athlete or session that a window still shows but that was deleted elsewhere: said in words,
 * since the store's ids ("Plan 3", "s-1a2b3c4d") are nothing a coach has seen.
 */
export const planGone = () =>
  new StrideError('not-found', 'This plan is no longer in the plan store: it was deleted, in another window or by a command');
export const athleteGone = () =>
  new StrideError('not-found', 'This athlete is no longer in the plan store: they were deleted, in another window or by a command');
export const sessionGone = () =>
  new StrideError('not-found', 'This session is no longer in the plan: it was deleted, in another window or by a command');

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  // A path is built from the input's own keys: cut it like any echoed value.
  return out.length > 120 ? `${out.slice(0, 120)}…` : out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v == null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** Turn zod issues into one message naming every bad field and the value it had. */
export function describeZodError(error: z.ZodError, input: unknown): CallError {
  // Only the first few problems: a message lists what to fix, not a whole refused payload.
  const parts = error.issues.slice(0, 5).map((issue) => {
    const path = pathText(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys: string[] }).keys.map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k));
      const shown = keys.slice(0, 5).map((k) => (path ? `${path}.${k}` : k)).join(', ');
      return `${shown}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}: not a field of this call`;
    }
    const value = valueAt(input, issue.path);
    return `${path || 'input'}: ${echo(value)} — ${issue.message}`;
  });
  const first = error.issues[0];
  const firstPath = first ? [...first.path] : [];
  // An unknown key is reported on its parent object; the field to blame is the key itself.
  if (first?.code === 'unrecognized_keys') firstPath.push((first as { keys: string[] }).keys[0]);
  return {
    code: 'invalid-input',
    message: parts.join('; ') + (error.issues.length > 5 ? `; and ${error.issues.length - 5} more problems` : ''),
    field: pathText(firstPath) || undefined,
  };
}
