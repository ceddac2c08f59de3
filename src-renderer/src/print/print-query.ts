/**
 * What a print page shows, read from its URL: `?plan=<id>&view=<weeks|plan>&week=<n|all>&paper=<a4|letter>`.
 * Main (PDF export, Electron printing) and the browser preview build these URLs; anything
 * malformed is refused with a sentence that names the parameter, which the page then shows and
 * reports through `data-print-error`.
 */

export type PrintView = 'weeks' | 'plan';
export type Paper = 'a4' | 'letter';

export interface PrintQuery {
  planId: number;
  view: PrintView;
  /** A 1-based plan week, or every week. Only the weekly schedule reads it. */
  week: number | 'all';
  paper: Paper;
}

export function parsePrintQuery(search: string): PrintQuery {
  const params = new URLSearchParams(search);
  const plan = params.get('plan');
  if (!plan || !/^[1-9]\d{0,9}$/.test(plan))
    throw new Error(`"plan" must be a plan id (got ${JSON.stringify(plan ?? '')})`);

  const view = params.get('view') ?? 'plan';
  if (view !== 'weeks' && view !== 'plan') throw new Error(`"view" must be "weeks" or "plan" (got "${view}")`);

  const weekText = params.get('week') ?? 'all';
  let week: number | 'all';
  if (weekText === 'all') week = 'all';
  else if (/^[1-9]\d{0,3}$/.test(weekText)) week = Number(weekText);
  else throw new Error(`"week" must be a week number or "all" (got "${weekText}")`);

  const paper = (params.get('paper') ?? 'a4').toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') throw new Error(`"paper" must be "a4" or "letter" (got "${paper}")`);

  return { planId: Number(plan), view, week, paper };
}
