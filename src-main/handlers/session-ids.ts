import { randomUUID } from 'node:crypto';
import { StrideError } from '../../src-shared/api/errors';
import type { PlanStore } from '../store/plan-store';

export function newSessionId(store: PlanStore, planId: number): string {
  for (;;) {
    const id = `s-${randomUUID().slice(0, 8)}`;
    if (!store.sessions.get(planId, id)) return id;
  }
}

export function assertIdFree(store: PlanStore, planId: number, id: string, field = 'id'): void {
  if (store.sessions.get(planId, id)) {
    throw new StrideError('conflict', `${field}: "${id}" is already a session of this plan`, field);
  }
}
