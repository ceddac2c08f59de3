import { randomUUID } from 'node:crypto';
import type { PlanStore } from '../store/plan-store';

export function newSessionId(store: PlanStore, planId: number): string {
  for (;;) {
    const id = `s-${randomUUID().slice(0, 8)}`;
    if (!store.sessions.get(planId, id)) return id;
  }
}
