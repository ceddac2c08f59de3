/**
 * PDF export and printing need a browser engine: the desktop app prints through Electron
 * (electron/print-window.ts), the browser preview through headless Chromium (export/pdf.ts).
 * Whoever hosts the handlers passes the one it has; without one the call says so.
 */
import { planGone, StrideError } from '../../src-shared/api/errors';
import type { PrintRequest } from '../export/print-page';
import { pdfFileName } from '../export/print-page';
import { athleteFileSlug, fileSlug } from '../services/plan-file-of';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';

export interface PrintServices {
  renderPdf?: (request: PrintRequest) => Promise<Buffer>;
  printWeeks?: (request: { planId: number; week?: number | 'all'; paper?: 'a4' | 'letter' }) => Promise<boolean>;
}

export function printHandlers(store: PlanStore, services: PrintServices): HandlerGroup<'files.exportPdf' | 'print.weeks'> {
  return {
    'files.exportPdf': async ({ planId, view, week, paper }) => {
      const plan = store.plans.get(planId);
      if (!plan) throw planGone();
      if (!services.renderPdf) throw new StrideError('unsupported', 'PDF export needs the desktop app or the browser preview host');
      const request: PrintRequest = { planId, view: view ?? 'plan', week: week ?? 'all', paper: paper ?? 'a4' };
      const pdf = await services.renderPdf(request);
      // Named after plan and athlete, as the iCal and FIT files are: a template's PDFs for two
      // athletes had one name.
      const athlete = store.athletes.get(plan.athleteId);
      const slug = athlete ? athleteFileSlug({ plan, athlete }) : fileSlug(plan.name);
      return { fileName: pdfFileName(slug, request), base64: pdf.toString('base64') };
    },
    'print.weeks': async (request) => {
      if (!store.plans.get(request.planId)) throw planGone();
      if (!services.printWeeks) {
        throw new StrideError('unsupported', 'printing through this call needs the desktop app; the preview prints print.html');
      }
      return { printed: await services.printWeeks(request) };
    },
  };
}
