/**
 * A plan file too large to be one (a hand-made or generated file of tens of megabytes) is refused
 * with one sentence giving its size and the limit, the same in the app (this handler, over IPC or
 * the preview's loopback) as on the command line, and nothing is stored. Before, the app showed
 * the contract's own words with the file's first 80 characters: `text: "{\"format\"…" — Too big:
 * expected string to have <=20000000 characters`, while `stride import` took the same file.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PLAN_FILE_MAX_CHARS, parsePlanFile } from '../../src-shared/domain/plan-file';
import { dumpStore, tempStore } from '../test-support/temp-store';
import { createHandlers, dispatch } from '.';

let ctx: ReturnType<typeof tempStore>;
beforeEach(() => {
  ctx = tempStore();
});
afterEach(() => ctx.cleanup());

const plan = {
  format: 'stride-plan',
  version: 2,
  athlete: { name: 'Maya Ortiz' },
  plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 8 },
  sessions: [{ id: 's1', date: '2027-03-02', kind: 'tempo', durationMin: 50 }],
};

/** The plan file padded with trailing spaces (still valid JSON) to `chars` characters. */
function fileOf(chars: number): string {
  const text = JSON.stringify(plan, null, 2);
  return text + ' '.repeat(chars - text.length);
}

it('the limit is 20,000,000 characters', () => {
  expect(PLAN_FILE_MAX_CHARS).toBe(20_000_000);
});

it('a file one character over the limit is refused in the app with its size and the limit, nothing stored', async () => {
  const before = dumpStore(ctx.store);
  const r = await dispatch(createHandlers(ctx.store), 'files.importPlan', { text: fileOf(PLAN_FILE_MAX_CHARS + 1) });
  expect(r).toEqual({
    ok: false,
    error: { code: 'invalid-input', message: 'the file is about 20.0 MB, larger than a plan file may be (at most 20 MB)' },
  });
  expect(dumpStore(ctx.store)).toEqual(before);
});

it('the reader the command line uses refuses it with the same sentence, and a 25 MB file says 25.0 MB', () => {
  expect(parsePlanFile(fileOf(PLAN_FILE_MAX_CHARS + 1))).toEqual({
    ok: false,
    errors: ['the file is about 20.0 MB, larger than a plan file may be (at most 20 MB)'],
  });
  expect(parsePlanFile(fileOf(25_000_000))).toEqual({
    ok: false,
    errors: ['the file is about 25.0 MB, larger than a plan file may be (at most 20 MB)'],
  });
});

it('a file of exactly the limit imports', async () => {
  const r = await dispatch(createHandlers(ctx.store), 'files.importPlan', { text: fileOf(PLAN_FILE_MAX_CHARS) });
  expect(r.ok).toBe(true);
});
