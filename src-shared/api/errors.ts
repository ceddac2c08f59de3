/** Errors that handlers throw and the wrapper turns into a `CallError`. */
import type { z } from 'zod';
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

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
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
  const parts = error.issues.map((issue) => {
    const path = pathText(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys: string[] }).keys;
      return `${keys.map((k) => (path ? `${path}.${k}` : k)).join(', ')}: not a field of this call`;
    }
    const value = valueAt(input, issue.path);
    const shown = value === undefined ? 'missing' : JSON.stringify(value);
    return `${path || 'input'}: ${shown} — ${issue.message}`;
  });
  const first = error.issues[0];
  const firstPath = first ? [...first.path] : [];
  // An unknown key is reported on its parent object; the field to blame is the key itself.
  if (first?.code === 'unrecognized_keys') firstPath.push((first as { keys: string[] }).keys[0]);
  return {
    code: 'invalid-input',
    message: parts.join('; '),
    field: pathText(firstPath) || undefined,
  };
}
