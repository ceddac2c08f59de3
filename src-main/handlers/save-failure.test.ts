/**
 * In the desktop app an export is written by main where the coach chose in the save dialog
 * (electron/file-dialogs.ts: the handler's file, then `writeFileAtomic`). A place that cannot be
 * written (a folder removed meanwhile, a read-only stick) is the coach's to fix: the banner says
 * where and why, as a sentence, not "files.exportPlan failed: …" as if Stride had a bug.
 */
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Plan } from '../../src-shared/api/entities';
import { writeFileAtomic } from '../export/atomic-write';
import { tempStore } from '../test-support/temp-store';
import { createHandlers, dispatch, type Handlers } from '.';

let ctx: ReturnType<typeof tempStore>;
beforeEach(() => {
  ctx = tempStore();
});
afterEach(() => ctx.cleanup());

it('an export saved into a folder that is gone is a sentence naming the folder (code unavailable)', async () => {
  const base = createHandlers(ctx.store);
  const missing = path.join(ctx.dir, 'gone', 'spring-10k.strideplan.json');
  // What file-dialogs.ts does once the coach picked `missing` in the save dialog.
  const handlers: Handlers = {
    ...base,
    'files.exportPlan': async (input) => {
      const out = await base['files.exportPlan'](input);
      writeFileAtomic(missing, out.text ?? '');
      return { fileName: out.fileName, savedTo: missing };
    },
  };
  const file = {
    format: 'stride-plan',
    version: 2,
    athlete: { name: 'Maya Ortiz' },
    plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 8 },
    sessions: [{ id: 's1', date: '2027-03-02', kind: 'tempo', durationMin: 50 }],
  };
  const imported = await dispatch(handlers, 'files.importPlan', { text: JSON.stringify(file) });
  if (!imported.ok) throw new Error(imported.error.message);
  const plan = (imported.value as { plan: Plan }).plan;
  const r = await dispatch(handlers, 'files.exportPlan', { planId: plan.id });
  expect(r).toEqual({
    ok: false,
    error: {
      code: 'unavailable',
      message: `Cannot write ${missing}: the folder ${path.dirname(missing)} does not exist or is not writable`,
    },
  });
});
