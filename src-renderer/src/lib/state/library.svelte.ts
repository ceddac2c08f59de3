/**
 * Athletes and plans (the sidebar), and which athlete and plan are open. Every change goes to
 * main at once; the lists are then refreshed from main's answer.
 */
import type { MethodInput } from '../../../../src-shared/api/contract';
import type { AppliedTemplate, Athlete, Plan } from '../../../../src-shared/api/entities';
import { api } from '../api/client';
import { sameData } from '../calendar/plan-grid';
import { shownError, type ShownError } from './errors';
import { readLastOpen, writeLastOpen } from './remembered';

export class Library {
  athletes = $state<Athlete[]>([]);
  plans = $state<Plan[]>([]);
  athleteId = $state<number | null>(null);
  planId = $state<number | null>(null);
  loaded = $state(false);
  error = $state<ShownError | null>(null);

  athlete = $derived(this.athletes.find((a) => a.id === this.athleteId) ?? null);
  plan = $derived(this.plans.find((p) => p.id === this.planId) ?? null);

  plansOf(athleteId: number): Plan[] {
    return this.plans.filter((p) => p.athleteId === athleteId);
  }

  async load(): Promise<void> {
    try {
      await this.#refresh();
      const last = readLastOpen();
      const plan = this.plans.find((p) => p.id === last.planId);
      if (plan) this.open(plan.athleteId, plan.id);
      else if (this.athletes.some((a) => a.id === last.athleteId)) this.open(last.athleteId, null);
      else if (this.athletes.length > 0)
        this.open(this.athletes[0].id, this.plansOf(this.athletes[0].id)[0]?.id ?? null);
    } catch (error) {
      this.error = shownError(error);
    } finally {
      this.loaded = true;
    }
  }

  async #refresh(): Promise<void> {
    const [athletes, plans] = await Promise.all([api.call('athletes.list', {}), api.call('plans.list', {})]);
    this.athletes = athletes.sort((a, b) => a.name.localeCompare(b.name));
    this.plans = plans.sort(byStartThenName);
  }

  /**
   * The open plan's record as main last answered an edit of it. Week edits (insert or delete
   * weeks, move the plan, their undo) change its length and start through the plan's edit path,
   * not through this list, which then said "12 wk" beside a 13-week calendar.
   */
  showPlan(plan: Plan): void {
    const listed = this.plans.find((p) => p.id === plan.id);
    if (!listed || sameData(listed, plan)) return;
    this.plans = this.plans.map((p) => (p.id === plan.id ? plan : p)).sort(byStartThenName);
  }

  open(athleteId: number | null, planId: number | null): void {
    this.athleteId = athleteId;
    this.planId = planId;
    writeLastOpen({ athleteId, planId });
  }

  /** Each of these throws `CallFailed` for the form to show beside the field; lists refresh on success. */
  async createAthlete(fields: MethodInput<'athletes.create'>): Promise<Athlete> {
    const athlete = await api.call('athletes.create', fields);
    await this.#refresh();
    this.open(athlete.id, null);
    return athlete;
  }

  async updateAthlete(id: number, fields: Omit<MethodInput<'athletes.update'>, 'id'>): Promise<Athlete> {
    const athlete = await api.call('athletes.update', { id, ...fields });
    await this.#refresh();
    return athlete;
  }

  async deleteAthlete(id: number): Promise<void> {
    await api.call('athletes.delete', { id });
    await this.#refresh();
    if (this.athleteId === id) {
      const next = this.athletes[0] ?? null;
      this.open(next?.id ?? null, next ? (this.plansOf(next.id)[0]?.id ?? null) : null);
    }
  }

  async createPlan(fields: MethodInput<'plans.create'>): Promise<Plan> {
    const plan = await api.call('plans.create', fields);
    await this.#refresh();
    this.open(plan.athleteId, plan.id);
    return plan;
  }

  async updatePlan(id: number, fields: Omit<MethodInput<'plans.update'>, 'id'>): Promise<Plan> {
    const plan = await api.call('plans.update', { id, ...fields });
    await this.#refresh();
    return plan;
  }

  async deletePlan(id: number): Promise<void> {
    const athleteId = this.plans.find((p) => p.id === id)?.athleteId ?? this.athleteId;
    await api.call('plans.delete', { id });
    await this.#refresh();
    if (this.planId === id) this.open(athleteId, athleteId == null ? null : (this.plansOf(athleteId)[0]?.id ?? null));
  }

  /** "Apply to athletes…": every athlete's copy of the plan in one call; the lists refresh. */
  async applyTemplate(planId: number, targets: MethodInput<'plans.applyTemplate'>['targets']): Promise<AppliedTemplate[]> {
    const { applied } = await api.call('plans.applyTemplate', { planId, targets });
    await this.#refresh();
    return applied;
  }

  /** Takes an application back (all its plans at once); a removed copy that was open gives way to the source. */
  async undoTemplate(plans: { id: number; version: number }[], source: { athleteId: number; planId: number }): Promise<void> {
    await api.call('plans.undoTemplate', { plans });
    await this.#refresh();
    if (this.planId !== null && plans.some((p) => p.id === this.planId)) this.open(source.athleteId, source.planId);
  }

  /** "New plan from a goal" → Create: the draft and the figures it assumed, all or nothing; the draft opens. */
  async createDraft(athleteId: number, text: string, assumed: MethodInput<'plans.createDraft'>['assumed']): Promise<Plan> {
    const { plan } = await api.call('plans.createDraft', { athleteId, text, assumed });
    await this.#refresh();
    this.open(plan.athleteId, plan.id);
    return plan;
  }

  async importPlan(text: string, athleteId?: number): Promise<{ plan: Plan; notices: string[] }> {
    const result = await api.call('files.importPlan', athleteId === undefined ? { text } : { text, athleteId });
    await this.#refresh();
    this.open(result.plan.athleteId, result.plan.id);
    return result;
  }
}

/** The sidebar's order of plans: by start date, then name. */
function byStartThenName(a: Plan, b: Plan): number {
  return a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name);
}
