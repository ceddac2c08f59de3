/**
 * Field readers for the plan file (plan-file.md "Fields"). zod checks each value's shape; the
 * messages are written here, because a coach needs `sessions[0].rpe: 7.5 is not a whole number
 * from 1 to 10`, not zod's "Expected int, received float" at a path of array indices.
 *
 * Every reader records its problem in the report and returns `undefined` for a bad value, so the
 * parser carries on and lists every problem in the file, not only the first.
 */
import { echo } from './bounds';
import type { z } from 'zod';
import { DATE_RANGE_TEXT, isDateInRange, isIsoDate, type IsoDate } from './dates';
import { oneLine } from './one-line';

/** What reading a file found: problems that refuse it, and notices that do not. */
export interface FileReport {
  errors: string[];
  notices: string[];
}

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `sessions[2].colour`; a key that is not a plain name is quoted: `athlete["first name"]`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent ? `${parent}.${key}` : key;
}

const SHOWN_CHARS = 60;

/** The offending value as it appears in the file, cut short when long. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  return echo(value, SHOWN_CHARS);
}

/** "5000" → "5,000", as a coach reads a limit. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A value rule: its zod shape and how the expectation reads in a message. */
export interface FieldRule<T> {
  schema: z.ZodType<T>;
  /** Completes "… is not ___", e.g. "a whole number from 1 to 10". */
  expected: string;
}

/**
 * An optional field: absent or null means the default (returned as null). A value breaking
 * the rule is reported and gives undefined.
 */
export function readOptional<T>(
  obj: JsonObject,
  key: string,
  parent: string,
  rule: FieldRule<T>,
  report: FileReport,
): T | null | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return null;
  const parsed = rule.schema.safeParse(value);
  if (parsed.success) return parsed.data;
  report.errors.push(`${childPath(parent, key)}: ${showValue(value)} is not ${rule.expected}`);
  return undefined;
}

/** A required field: absent or null is a problem, as is a value breaking the rule. */
export function readRequired<T>(
  obj: JsonObject,
  key: string,
  parent: string,
  rule: FieldRule<T>,
  report: FileReport,
): T | undefined {
  const value = obj[key];
  if (value === undefined || value === null) {
    report.errors.push(
      `${childPath(parent, key)}: ${value === null ? 'null' : 'missing'}, but required (${rule.expected})`,
    );
    return undefined;
  }
  return readOptional(obj, key, parent, rule, report) ?? undefined;
}

interface TextLimits {
  /** How the text is named in messages: "a name", "an id". */
  noun: string;
  max: number;
  /** Trim surrounding spaces before checking (names, titles). */
  trim: boolean;
}

/**
 * A text field. Lengths count UTF-16 code units, as the app's edit forms do (schemas.ts), so
 * whatever a file brings in can be edited afterwards without tripping a limit.
 * Returns null when absent, null, or empty after trimming (callers decide what empty means).
 */
export function readText(
  obj: JsonObject,
  key: string,
  parent: string,
  limits: TextLimits,
  report: FileReport,
): string | null | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return null;
  const path = childPath(parent, key);
  if (typeof value !== 'string') {
    report.errors.push(`${path}: ${showValue(value)} is not text`);
    return undefined;
  }
  // Trimmed fields are the one-line ones (names, titles, goals): a line break inside reads as a space.
  const text = limits.trim ? oneLine(value).trim() : value;
  if (text.length > limits.max) {
    report.errors.push(
      `${path}: ${showValue(value)} is ${count(text.length)} characters long, over the ${count(limits.max)} allowed for ${limits.noun}`,
    );
    return undefined;
  }
  return text === '' ? null : text;
}

/** A required text of 1 to `max` characters (names, ids). */
export function readRequiredText(
  obj: JsonObject,
  key: string,
  parent: string,
  limits: TextLimits,
  report: FileReport,
): string | undefined {
  const value = obj[key];
  const expected = `${limits.noun} of 1 to ${count(limits.max)} characters`;
  if (value === undefined || value === null) {
    report.errors.push(`${childPath(parent, key)}: ${value === null ? 'null' : 'missing'}, but required (${expected})`);
    return undefined;
  }
  const text = readText(obj, key, parent, limits, report);
  if (text === null)
    report.errors.push(`${childPath(parent, key)}: ${showValue(value)} is empty, but required (${expected})`);
  return text ?? undefined;
}

/** A calendar date `YYYY-MM-DD`; `undefined` (reported) when it is not one. */
export function readDate(
  obj: JsonObject,
  key: string,
  parent: string,
  report: FileReport,
  required: boolean,
): IsoDate | null | undefined {
  const value = obj[key];
  const path = childPath(parent, key);
  if (value === undefined || value === null) {
    if (!required) return null;
    report.errors.push(`${path}: ${value === null ? 'null' : 'missing'}, but required (a calendar date, YYYY-MM-DD)`);
    return undefined;
  }
  if (isDateInRange(value)) return value;
  report.errors.push(
    isIsoDate(value)
      ? `${path}: ${showValue(value)} is not a date ${DATE_RANGE_TEXT}`
      : `${path}: ${showValue(value)} is not a calendar date`,
  );
  return undefined;
}

/**
 * Keys of `obj` that are neither Stride fields nor fields that output adds: kept out of the
 * data and reported as notices (plan-file.md: "a notice on stderr, not an error").
 */
export function noticeUnknownKeys(
  obj: JsonObject,
  parent: string,
  known: ReadonlySet<string>,
  report: FileReport,
): void {
  for (const key of Object.keys(obj)) {
    if (!known.has(key)) report.notices.push(`notice: ${childPath(parent, key)} is not a Stride field and was ignored`);
  }
}

/** `one of "a", "b", "c"` / `"a" or "b"`. */
export function oneOf(values: readonly string[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  if (quoted.length === 2) return `${quoted[0]} or ${quoted[1]}`;
  return `one of ${quoted.join(', ')}`;
}

export function numberFrom(min: number, max: number): string {
  return `a number from ${count(min)} to ${count(max)}`;
}

export function wholeNumberFrom(min: number, max: number): string {
  return `a whole number from ${count(min)} to ${count(max)}`;
}

/** The object at `key`, or undefined (reported) when it is missing or not an object. */
export function requiredObject(root: JsonObject, key: string, what: string, report: FileReport): JsonObject | undefined {
  const value = root[key];
  if (isJsonObject(value)) return value;
  report.errors.push(
    value === undefined || value === null
      ? `${key}: ${value === null ? 'null' : 'missing'}, but required (${what})`
      : `${key}: ${showValue(value)} is not ${what}`,
  );
  return undefined;
}
