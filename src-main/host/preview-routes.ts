import type { PlanStore } from '../store/plan-store';
import type { LoopbackHostOptions } from './loopback-host';

/** Routes only the browser preview needs (the desktop app does these through Electron). */
export function previewExtraRoutes(_store: PlanStore): NonNullable<LoopbackHostOptions['extraRoutes']> {
  return {};
}
