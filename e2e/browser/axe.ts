/**
 * axe-core run in the page (through page.evaluate: the app's CSP refuses an injected script),
 * giving its serious and critical violations as readable lines. Same check as a11y.spec.ts, for
 * specs that check a screen of their own journey.
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(axe.source);
  const result = await page.evaluate(async (selector) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const r = await run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return r.violations as unknown as Violation[];
  }, include ?? null);
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
}
