/**
 * Routes only the browser preview needs (the desktop app does these through Electron):
 *   POST /x/export-pdf  { planId, view?, week?, paper? }  →  the plan or weekly schedule as a PDF,
 * printed by headless Chromium from this same host's print page.
 */
import { z } from 'zod';
import { renderPlanPdf } from '../export/pdf';
import { pdfFileName } from '../export/print-page';
import { fileSlug } from '../services/plan-file-of';
import type { PlanStore } from '../store/plan-store';
import type { LoopbackHostOptions } from './loopback-host';

/** Where the running host can be reached by its own Chromium: its URL and per-run token. */
export type HostAddress = () => { url: string; token: string };

const exportPdfInput = z
  .object({
    planId: z.number().int().positive(),
    view: z.enum(['plan', 'weeks']).default('plan'),
    week: z.union([z.number().int().positive(), z.literal('all')]).optional(),
    paper: z.enum(['a4', 'letter']).default('a4'),
  })
  .strict();

export function previewExtraRoutes(
  store: PlanStore,
  host: HostAddress,
): NonNullable<LoopbackHostOptions['extraRoutes']> {
  return {
    'export-pdf': async (body) => {
      const parsed = exportPdfInput.safeParse(body);
      if (!parsed.success)
        throw new Error(
          `export-pdf: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'input'} ${i.message}`).join('; ')}`,
        );
      const request = parsed.data;
      const plan = store.plans.get(request.planId);
      if (!plan) throw new Error(`Plan ${request.planId} was not found.`);
      const { url, token } = host();
      const base = new URL(url);
      base.searchParams.set('token', token);
      const pdf = await renderPlanPdf({ baseUrl: base.toString(), ...request });
      return { type: 'application/pdf', body: pdf, fileName: pdfFileName(fileSlug(plan.name), request) };
    },
  };
}
